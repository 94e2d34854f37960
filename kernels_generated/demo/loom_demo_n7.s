	.text
	.syntax unified
	.eabi_attribute	67, "2.09"
	.cpu	cortex-m7
	.eabi_attribute	6, 13
	.eabi_attribute	7, 77
	.eabi_attribute	8, 0
	.eabi_attribute	9, 2
	.fpu	fpv5-d16
	.eabi_attribute	36, 1
	.eabi_attribute	34, 1
	.eabi_attribute	17, 1
	.eabi_attribute	20, 1
	.eabi_attribute	21, 0
	.eabi_attribute	23, 3
	.eabi_attribute	24, 1
	.eabi_attribute	25, 1
	.eabi_attribute	28, 1
	.eabi_attribute	38, 1
	.eabi_attribute	18, 4
	.eabi_attribute	26, 1
	.eabi_attribute	14, 0
	.file	"loom_demo_n7"
	.section	.text.loom_demo_n7,"ax",%progbits
	.globl	loom_demo_n7
	.p2align	1
	.type	loom_demo_n7,%function
	.code	16
	.thumb_func
loom_demo_n7:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #60
	str	r1, [sp, #28]
	adds	r1, #1
	movw	r7, :lower16:.Lloom_demo_n7.bias
	movw	r3, :lower16:.Lloom_demo_n7.weights
	str	r1, [sp, #56]
	mov.w	r11, #0
	movt	r7, :upper16:.Lloom_demo_n7.bias
	movt	r3, :upper16:.Lloom_demo_n7.weights
	movs	r1, #0
	str	r0, [sp, #36]
.LBB0_1:
	add.w	r5, r7, r11
	ldr.w	r8, [r7, r11]
	adds	r7, r3, r1
	ldr.w	r12, [r0, r1]
	mov	lr, r1
	ldr	r0, [sp, #36]
	mov.w	r1, #8388736
	ldr.w	r4, [r7, #576]
	add.w	r6, r0, lr
	ldrd	r9, r10, [r5, #4]
	sxtab16	r2, r1, r12
	ldr	r5, [r5, #12]
	sxtb16	r3, r4
	smlabb	r8, r2, r3, r8
	smlatt	r10, r2, r3, r10
	ldr	r3, [r6, #48]
	sxtab16	r0, r1, r12, ror #8
	ldr.w	r2, [r7, #624]
	sxtb16	r4, r4, ror #8
	smlabb	r9, r0, r4, r9
	smlatt	r0, r0, r4, r5
	sxtab16	r4, r1, r3
	sxtb16	r5, r2
	smlabb	r8, r4, r5, r8
	smlatt	r10, r4, r5, r10
	ldr	r5, [r6, #96]
	sxtab16	r3, r1, r3, ror #8
	ldr.w	r4, [r7, #672]
	sxtb16	r2, r2, ror #8
	smlabb	r9, r3, r2, r9
	smlatt	r0, r3, r2, r0
	sxtab16	r2, r1, r5
	sxtb16	r3, r4
	smlabb	r8, r2, r3, r8
	smlatt	r10, r2, r3, r10
	ldr.w	r3, [r6, #1152]
	sxtab16	r5, r1, r5, ror #8
	ldr.w	r2, [r7, #816]
	sxtb16	r4, r4, ror #8
	smlabb	r9, r5, r4, r9
	smlatt	r0, r5, r4, r0
	sxtab16	r4, r1, r3
	sxtb16	r5, r2
	smlabb	r8, r4, r5, r8
	sxtab16	r3, r1, r3, ror #8
	smlatt	r4, r4, r5, r10
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r6, #1200]
	smlabb	r9, r3, r2, r9
	smlatt	r10, r3, r2, r0
	ldr.w	r2, [r7, #864]
	sxtab16	r3, r1, r5
	sxtb16	r0, r2
	smlabb	r8, r3, r0, r8
	smlatt	r0, r3, r0, r4
	ldr.w	r3, [r6, #1248]
	sxtab16	r5, r1, r5, ror #8
	ldr.w	r4, [r7, #912]
	sxtb16	r2, r2, ror #8
	smlabb	r9, r5, r2, r9
	smlatt	r10, r5, r2, r10
	sxtab16	r5, r1, r3
	sxtb16	r2, r4
	smlabb	r8, r5, r2, r8
	sxtab16	r3, r1, r3, ror #8
	smlatt	r0, r5, r2, r0
	sxtb16	r4, r4, ror #8
	ldr.w	r2, [r6, #2304]
	smlabb	r9, r3, r4, r9
	smlatt	r10, r3, r4, r10
	ldr.w	r4, [r7, #1056]
	sxtab16	r5, r1, r2
	sxtb16	r3, r4
	smlabb	r8, r5, r3, r8
	sxtab16	r2, r1, r2, ror #8
	smlatt	r0, r5, r3, r0
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r6, #2352]
	smlabb	r9, r2, r4, r9
	smlatt	r10, r2, r4, r10
	ldr.w	r4, [r7, #1104]
	sxtab16	r5, r1, r3
	sxtb16	r2, r4
	smlabb	r8, r5, r2, r8
	smlatt	r0, r5, r2, r0
	ldr.w	r5, [r6, #2400]
	sxtab16	r2, r1, r3, ror #8
	sxtb16	r3, r4, ror #8
	smlabb	r4, r2, r3, r9
	smlatt	r9, r2, r3, r10
	ldr.w	r3, [r7, #1152]
	sxtab16	r6, r1, r5
	sxtb16	r7, r3
	sxtab16	r5, r1, r5, ror #8
	smlabb	r2, r6, r7, r8
	sxtb16	r3, r3, ror #8
	smlatt	r10, r6, r7, r0
	smlabb	r12, r5, r3, r4
	movw	r4, :lower16:.Lloom_demo_n7.requant_offset
	movw	r1, :lower16:.Lloom_demo_n7.multiplier
	movt	r4, :upper16:.Lloom_demo_n7.requant_offset
	movw	r0, :lower16:.Lloom_demo_n7.right_shift
	lsls	r2, r2, #1
	movt	r1, :upper16:.Lloom_demo_n7.multiplier
	movt	r0, :upper16:.Lloom_demo_n7.right_shift
	ldr.w	r6, [r4, r11]
	smlatt	r8, r5, r3, r9
	ldr.w	r7, [r1, r11]
	@APP
	smmlar	r5, r2, r7, r6
	@NO_APP
	ldr.w	r6, [r0, r11]
	add.w	r2, r5, r2, asr #31
	asrs	r2, r6
	add.w	r6, r1, r11
	mov	r1, lr
	add.w	r3, r4, r11
	ldr.w	lr, [sp, #56]
	add.w	r5, r0, r11
	add.w	r9, lr, r1
	lsl.w	r4, r12, #1
	ldr	r0, [r6, #4]
	ldr	r7, [r3, #4]
	ssat	r2, #8, r2
	@APP
	smmlar	r0, r4, r0, r7
	@NO_APP
	strb	r2, [r9, #-1]
	add.w	r0, r0, r4, asr #31
	ldr	r2, [r5, #4]
	lsl.w	r7, r10, #1
	asr.w	r12, r0, r2
	ldr	r2, [r3, #8]
	ldr	r4, [r6, #8]
	@APP
	smmlar	r2, r7, r4, r2
	@NO_APP
	ldr	r3, [r3, #12]
	add.w	r2, r2, r7, asr #31
	lsl.w	r7, r8, #1
	ldr	r4, [r6, #12]
	ldr	r6, [r5, #8]
	@APP
	smmlar	r3, r7, r4, r3
	@NO_APP
	asrs	r2, r6
	ldr	r4, [r5, #12]
	add.w	r3, r3, r7, asr #31
	movw	r7, :lower16:.Lloom_demo_n7.bias
	ssat	r6, #8, r12
	ldr	r0, [sp, #36]
	strb.w	r6, [lr, r1]
	asr.w	r6, r3, r4
	movw	r3, :lower16:.Lloom_demo_n7.weights
	adds	r1, #4
	ssat	r2, #8, r2
	movt	r7, :upper16:.Lloom_demo_n7.bias
	movt	r3, :upper16:.Lloom_demo_n7.weights
	strb.w	r2, [r9, #1]
	ssat	r2, #8, r6
	cmp	r1, #48
	add.w	r11, r11, #16
	strb.w	r2, [r9, #2]
	bne.w	.LBB0_1
	movs	r1, #1
	mov.w	r4, #8388736
	mov	r10, r0
	ldr.w	r9, [sp, #28]
.LBB0_3:
	str	r1, [sp, #32]
	movs	r1, #0
	movs	r2, #0
	strd	r9, r10, [sp, #40]
.LBB0_4:
	strd	r2, r1, [sp, #52]
	adds	r5, r3, r2
	adds	r0, r7, r1
	ldr.w	r3, [r10, r2]
	ldr	r6, [sp, #52]
	ldr.w	r2, [r5, #480]
	add.w	r11, r10, r6
	ldr.w	r12, [r7, r1]
	ldrd	r8, lr, [r0, #4]
	sxtab16	r7, r4, r3
	ldr	r0, [r0, #12]
	sxtb16	r1, r2
	smlabb	r12, r7, r1, r12
	smlatt	lr, r7, r1, lr
	ldr.w	r7, [r11, #48]
	sxtab16	r3, r4, r3, ror #8
	ldr.w	r1, [r5, #528]
	sxtb16	r2, r2, ror #8
	smlabb	r8, r3, r2, r8
	smlatt	r0, r3, r2, r0
	sxtab16	r2, r4, r7
	sxtb16	r3, r1
	sxtab16	r7, r4, r7, ror #8
	smlabb	r6, r2, r3, r12
	sxtb16	r1, r1, ror #8
	smlatt	r2, r2, r3, lr
	smlabb	r12, r7, r1, r8
	ldr.w	r8, [r11, #96]
	ldr.w	r3, [r5, #576]
	smlatt	lr, r7, r1, r0
	sxtab16	r1, r4, r8
	sxtb16	r7, r3
	sxtab16	r0, r4, r8, ror #8
	ldr.w	r8, [r11, #144]
	smlabb	r6, r1, r7, r6
	sxtb16	r3, r3, ror #8
	smlatt	r1, r1, r7, r2
	ldr.w	r2, [r5, #624]
	smlabb	r12, r0, r3, r12
	smlatt	r0, r0, r3, lr
	sxtab16	r3, r4, r8
	sxtb16	r7, r2
	smlabb	lr, r3, r7, r6
	sxtab16	r6, r4, r8, ror #8
	ldr.w	r8, [r11, #192]
	sxtb16	r2, r2, ror #8
	smlatt	r1, r3, r7, r1
	smlabb	r12, r6, r2, r12
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r5, #672]
	sxtab16	r3, r4, r8
	sxtb16	r6, r2
	smlabb	lr, r3, r6, lr
	sxtab16	r7, r4, r8, ror #8
	smlatt	r1, r3, r6, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r3, [r11, #1152]
	smlabb	r12, r7, r2, r12
	smlatt	r0, r7, r2, r0
	ldr.w	r2, [r5, #720]
	sxtab16	r6, r4, r3
	sxtb16	r7, r2
	smlabb	lr, r6, r7, lr
	sxtab16	r3, r4, r3, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r11, #1200]
	smlabb	r12, r3, r2, r12
	smlatt	r0, r3, r2, r0
	ldr.w	r2, [r5, #768]
	sxtab16	r3, r4, r6
	sxtb16	r7, r2
	smlabb	lr, r3, r7, lr
	sxtab16	r6, r4, r6, ror #8
	smlatt	r1, r3, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r3, [r11, #1248]
	smlabb	r12, r6, r2, r12
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r5, #816]
	sxtab16	r6, r4, r3
	sxtb16	r7, r2
	smlabb	lr, r6, r7, lr
	sxtab16	r3, r4, r3, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r11, #1296]
	smlabb	r12, r3, r2, r12
	smlatt	r0, r3, r2, r0
	ldr.w	r2, [r5, #864]
	sxtab16	r3, r4, r6
	sxtb16	r7, r2
	smlabb	lr, r3, r7, lr
	smlatt	r1, r3, r7, r1
	ldr.w	r3, [r11, #1344]
	sxtab16	r6, r4, r6, ror #8
	sxtb16	r2, r2, ror #8
	smlabb	r12, r6, r2, r12
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r5, #912]
	sxtab16	r7, r4, r3
	mov.w	r4, #8388736
	sxtb16	r9, r2
	sxtab16	r3, r4, r3, ror #8
	smlabb	r6, r7, r9, lr
	sxtb16	r2, r2, ror #8
	ldr.w	lr, [r5, #960]
	smlabb	r10, r3, r2, r12
	str	r6, [sp, #48]
	smlatt	r12, r3, r2, r0
	ldr.w	r2, [r11, #2304]
	smlatt	r6, r7, r9, r1
	ldr.w	r3, [r11, #2352]
	sxtab16	r1, r4, r2, ror #8
	ldr.w	r9, [r11, #2400]
	sxtb16	r7, lr, ror #8
	smlatt	r8, r1, r7, r12
	ldr.w	r12, [r5, #1008]
	sxtab16	r0, r4, r3, ror #8
	smlabb	r1, r1, r7, r10
	sxtb16	r7, r12, ror #8
	smlatt	r8, r0, r7, r8
	smlabb	r0, r0, r7, r1
	ldr.w	r1, [r5, #1056]
	sxtab16	r10, r4, r9, ror #8
	sxtb16	r7, r1, ror #8
	smlatt	r8, r10, r7, r8
	smlabb	r10, r10, r7, r0
	sxtab16	r0, r4, r2
	sxtb16	r2, lr
	ldr.w	lr, [sp, #40]
	smlatt	r7, r0, r2, r6
	ldr	r6, [sp, #48]
	smlabb	r0, r0, r2, r6
	sxtab16	r2, r4, r3
	sxtb16	r3, r12
	sxtab16	r6, r4, r9
	smlatt	r7, r2, r3, r7
	sxtb16	r1, r1
	smlabb	r0, r2, r3, r0
	ldr.w	r3, [r11, #2448]
	smlatt	r12, r6, r1, r7
	ldr.w	r7, [r5, #1104]
	ldr.w	r2, [r11, #2496]
	smlabb	r0, r6, r1, r0
	ldr.w	r5, [r5, #1152]
	sxtab16	r1, r4, r3
	movw	r11, :lower16:.Lloom_demo_n7.requant_offset
	sxtb16	r6, r7
	movt	r11, :upper16:.Lloom_demo_n7.requant_offset
	smlatt	r12, r1, r6, r12
	smlabb	r0, r1, r6, r0
	sxtab16	r1, r4, r2
	sxtb16	r6, r5
	sxtab16	r3, r4, r3, ror #8
	smlatt	r12, r1, r6, r12
	sxtb16	r7, r7, ror #8
	smlabb	r1, r1, r6, r0
	sxtab16	r6, r4, r2, ror #8
	smlatt	r0, r3, r7, r8
	sxtb16	r5, r5, ror #8
	smlabb	r3, r3, r7, r10
	smlatt	r0, r6, r5, r0
	movw	r10, :lower16:.Lloom_demo_n7.multiplier
	str	r0, [sp, #48]
	ldr	r0, [sp, #56]
	movt	r10, :upper16:.Lloom_demo_n7.multiplier
	movw	r2, :lower16:.Lloom_demo_n7.right_shift
	lsls	r1, r1, #1
	smlabb	r6, r6, r5, r3
	ldr.w	r7, [r10, r0]
	ldr	r0, [sp, #56]
	movt	r2, :upper16:.Lloom_demo_n7.right_shift
	lsls	r6, r6, #1
	ldr.w	r0, [r11, r0]
	@APP
	smmlar	r3, r1, r7, r0
	@NO_APP
	ldr	r0, [sp, #56]
	add.w	r1, r3, r1, asr #31
	ldr	r7, [r2, r0]
	ldr	r0, [sp, #56]
	add.w	r8, r2, r0
	ldr	r0, [sp, #56]
	asrs	r1, r7
	add.w	r7, r10, r0
	ldr	r0, [sp, #56]
	ldr.w	r10, [sp, #44]
	add.w	r5, r11, r0
	ldr	r0, [sp, #52]
	add.w	r3, lr, r0
	ldr	r0, [r7, #4]
	ssat	r1, #8, r1
	ldr	r2, [r5, #4]
	@APP
	smmlar	r0, r6, r0, r2
	@NO_APP
	strb.w	r1, [r3, #48]
	add.w	r0, r0, r6, asr #31
	ldr.w	r1, [r8, #4]
	ldr	r2, [r7, #8]
	asrs	r0, r1
	ldr	r1, [r5, #8]
	lsl.w	r6, r12, #1
	@APP
	smmlar	r1, r6, r2, r1
	@NO_APP
	ldr	r2, [r7, #12]
	ldr	r7, [r5, #12]
	ldr	r5, [sp, #48]
	lsls	r5, r5, #1
	@APP
	smmlar	r2, r5, r2, r7
	@NO_APP
	add.w	r1, r1, r6, asr #31
	ldr.w	r6, [r8, #8]
	add.w	r2, r2, r5, asr #31
	ldr.w	r7, [r8, #12]
	ssat	r0, #8, r0
	asrs	r1, r6
	strb.w	r0, [r3, #49]
	asr.w	r0, r2, r7
	ldr	r2, [sp, #52]
	ssat	r1, #8, r1
	movw	r7, :lower16:.Lloom_demo_n7.bias
	ssat	r0, #8, r0
	strb.w	r1, [r3, #50]
	ldr	r1, [sp, #56]
	adds	r2, #4
	strb.w	r0, [r3, #51]
	movw	r3, :lower16:.Lloom_demo_n7.weights
	movt	r7, :upper16:.Lloom_demo_n7.bias
	cmp	r2, #48
	movt	r3, :upper16:.Lloom_demo_n7.weights
	add.w	r1, r1, #16
	bne.w	.LBB0_4
	ldr	r1, [sp, #32]
	add.w	r9, lr, #48
	adds	r1, #1
	add.w	r10, r10, #96
	cmp	r1, #11
	bne.w	.LBB0_3
	movw	r12, :lower16:.Lloom_demo_n7.requant_offset
	mov.w	r11, #0
	mov.w	r8, #8388736
	movs	r1, #0
	movt	r12, :upper16:.Lloom_demo_n7.requant_offset
.LBB0_7:
	ldr	r0, [sp, #36]
	add.w	r6, r7, r11
	adds	r3, r0, r1
	movw	r0, :lower16:.Lloom_demo_n7.weights
	movt	r0, :upper16:.Lloom_demo_n7.weights
	ldr.w	r10, [r7, r11]
	adds	r7, r0, r1
	ldr.w	r4, [r3, #960]
	str	r1, [sp, #56]
	ldr.w	r2, [r7, #480]
	ldr.w	r0, [r7, #528]
	sxtab16	r1, r8, r4
	sxtb16	r5, r2
	ldrd	lr, r9, [r6, #4]
	smlabb	r10, r1, r5, r10
	ldr	r6, [r6, #12]
	smlatt	r1, r1, r5, r9
	ldr.w	r5, [r3, #1008]
	sxtab16	r4, r8, r4, ror #8
	sxtb16	r2, r2, ror #8
	smlabb	lr, r4, r2, lr
	smlatt	r2, r4, r2, r6
	sxtab16	r4, r8, r5
	sxtb16	r6, r0
	smlabb	r9, r4, r6, r10
	smlatt	r10, r4, r6, r1
	ldr.w	r4, [r3, #1056]
	sxtab16	r5, r8, r5, ror #8
	ldr.w	r1, [r7, #576]
	sxtb16	r0, r0, ror #8
	smlabb	r6, r5, r0, lr
	smlatt	r0, r5, r0, r2
	sxtab16	r2, r8, r4
	sxtb16	r5, r1
	smlabb	lr, r2, r5, r9
	smlatt	r9, r2, r5, r10
	ldr.w	r5, [r3, #1104]
	sxtab16	r4, r8, r4, ror #8
	ldr.w	r2, [r7, #624]
	sxtb16	r1, r1, ror #8
	smlabb	r6, r4, r1, r6
	smlatt	r0, r4, r1, r0
	sxtab16	r1, r8, r5
	sxtb16	r4, r2
	smlabb	lr, r1, r4, lr
	sxtab16	r5, r8, r5, ror #8
	smlatt	r1, r1, r4, r9
	sxtb16	r2, r2, ror #8
	ldr.w	r4, [r3, #2112]
	smlabb	r6, r5, r2, r6
	smlatt	r9, r5, r2, r0
	ldr.w	r2, [r7, #720]
	sxtab16	r5, r8, r4
	sxtb16	r0, r2
	sxtab16	r4, r8, r4, ror #8
	smlatt	r10, r5, r0, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r1, [r3, #2160]
	smlabb	r6, r4, r2, r6
	smlatt	r2, r4, r2, r9
	ldr.w	r4, [r7, #768]
	smlabb	lr, r5, r0, lr
	sxtab16	r5, r8, r1
	sxtb16	r0, r4
	smlabb	lr, r5, r0, lr
	sxtab16	r1, r8, r1, ror #8
	smlatt	r9, r5, r0, r10
	sxtb16	r4, r4, ror #8
	ldr.w	r5, [r3, #2208]
	smlabb	r6, r1, r4, r6
	smlatt	r1, r1, r4, r2
	ldr.w	r2, [r7, #816]
	sxtab16	r4, r8, r5
	sxtb16	r0, r2
	smlabb	lr, r4, r0, lr
	sxtab16	r5, r8, r5, ror #8
	smlatt	r9, r4, r0, r9
	sxtb16	r2, r2, ror #8
	ldr.w	r4, [r3, #2256]
	smlabb	r6, r5, r2, r6
	smlatt	r1, r5, r2, r1
	ldr.w	r2, [r7, #864]
	sxtab16	r5, r8, r4
	sxtb16	r0, r2
	smlabb	lr, r5, r0, lr
	sxtab16	r4, r8, r4, ror #8
	smlatt	r9, r5, r0, r9
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r3, #3264]
	smlabb	r6, r4, r2, r6
	smlatt	r1, r4, r2, r1
	ldr.w	r2, [r7, #960]
	sxtab16	r4, r8, r5
	sxtb16	r0, r2
	smlabb	lr, r4, r0, lr
	sxtab16	r5, r8, r5, ror #8
	smlatt	r9, r4, r0, r9
	sxtb16	r2, r2, ror #8
	ldr.w	r4, [r3, #3312]
	smlabb	r6, r5, r2, r6
	smlatt	r1, r5, r2, r1
	ldr.w	r2, [r7, #1008]
	sxtab16	r5, r8, r4
	sxtb16	r0, r2
	smlabb	lr, r5, r0, lr
	sxtab16	r4, r8, r4, ror #8
	smlatt	r0, r5, r0, r9
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r3, #3360]
	smlabb	r10, r4, r2, r6
	ldr.w	r3, [r3, #3408]
	smlatt	r1, r4, r2, r1
	ldr.w	r2, [r7, #1056]
	sxtab16	r4, r8, r5
	sxtb16	r6, r2
	smlabb	lr, r4, r6, lr
	smlatt	r0, r4, r6, r0
	sxtab16	r4, r8, r5, ror #8
	sxtb16	r2, r2, ror #8
	smlabb	r5, r4, r2, r10
	smlatt	r1, r4, r2, r1
	ldr.w	r2, [r7, #1104]
	sxtab16	r4, r8, r3
	sxtb16	r6, r2
	sxtab16	r3, r8, r3, ror #8
	smlabb	r7, r4, r6, lr
	sxtb16	r2, r2, ror #8
	smlatt	r9, r4, r6, r0
	smlabb	r10, r3, r2, r5
	movw	r5, :lower16:.Lloom_demo_n7.multiplier
	movt	r5, :upper16:.Lloom_demo_n7.multiplier
	movw	r0, :lower16:.Lloom_demo_n7.right_shift
	lsls	r6, r7, #1
	movt	r0, :upper16:.Lloom_demo_n7.right_shift
	ldr.w	r4, [r5, r11]
	ldr.w	r7, [r12, r11]
	smlatt	lr, r3, r2, r1
	@APP
	smmlar	r2, r6, r4, r7
	@NO_APP
	add.w	r4, r12, r11
	ldr.w	r3, [r0, r11]
	add.w	r2, r2, r6, asr #31
	add.w	r6, r0, r11
	add.w	r7, r5, r11
	ldr	r0, [sp, #28]
	ldr	r1, [sp, #56]
	asrs	r2, r3
	adds	r3, r0, r1
	lsl.w	r5, r10, #1
	ldr	r0, [r4, #4]
	ldr	r1, [r7, #4]
	@APP
	smmlar	r0, r5, r1, r0
	@NO_APP
	ldr	r1, [r6, #4]
	add.w	r0, r0, r5, asr #31
	add.w	r11, r11, #16
	ssat	r2, #8, r2
	asrs	r0, r1
	ldr	r1, [r4, #8]
	lsl.w	r5, r9, #1
	strb.w	r2, [r3, #528]
	ldr	r2, [r7, #8]
	@APP
	smmlar	r1, r5, r2, r1
	@NO_APP
	add.w	r1, r1, r5, asr #31
	ldr	r5, [r6, #8]
	ldr	r2, [r7, #12]
	lsl.w	r7, lr, #1
	asrs	r1, r5
	ldr	r4, [r4, #12]
	@APP
	smmlar	r2, r7, r2, r4
	@NO_APP
	add.w	r2, r2, r7, asr #31
	ldr	r7, [r6, #12]
	ssat	r0, #8, r0
	ssat	r1, #8, r1
	strb.w	r0, [r3, #529]
	asr.w	r0, r2, r7
	strb.w	r1, [r3, #530]
	ldr	r1, [sp, #56]
	movw	r7, :lower16:.Lloom_demo_n7.bias
	adds	r1, #4
	movt	r7, :upper16:.Lloom_demo_n7.bias
	ssat	r0, #8, r0
	cmp	r1, #48
	strb.w	r0, [r3, #531]
	bne.w	.LBB0_7
	ldr	r3, [sp, #28]
	movs	r1, #1
	add.w	r0, r3, #624
	str	r0, [sp, #32]
	ldr	r2, [sp, #36]
	mov	r0, r3
.LBB0_9:
	str	r1, [sp, #24]
	mov.w	lr, #0
	movs	r1, #0
	mov.w	r8, #8388736
	str	r0, [sp, #44]
	str	r2, [sp, #48]
.LBB0_10:
	movw	r0, :lower16:.Lloom_demo_n7.weights
	str	r1, [sp, #56]
	movt	r0, :upper16:.Lloom_demo_n7.weights
	ldr.w	r12, [r2, r1]
	adds	r2, r0, r1
	add.w	r3, r7, lr
	ldr	r4, [sp, #48]
	ldr.w	r9, [r7, lr]
	ldr	r5, [sp, #56]
	ldr	r0, [r2, #96]
	add	r4, r5
	ldrd	r11, r10, [r3, #4]
	sxtab16	r6, r8, r12
	ldr	r3, [r3, #12]
	sxtb16	r1, r0
	smlabb	r9, r6, r1, r9
	smlatt	r10, r6, r1, r10
	ldr	r6, [r4, #48]
	sxtab16	r5, r8, r12, ror #8
	ldr.w	r1, [r2, #144]
	sxtb16	r0, r0, ror #8
	movw	r12, :lower16:.Lloom_demo_n7.requant_offset
	smlabb	r11, r5, r0, r11
	movt	r12, :upper16:.Lloom_demo_n7.requant_offset
	smlatt	r0, r5, r0, r3
	sxtab16	r3, r8, r6
	sxtb16	r5, r1
	smlabb	r9, r3, r5, r9
	smlatt	r10, r3, r5, r10
	ldr	r5, [r4, #96]
	sxtab16	r6, r8, r6, ror #8
	ldr.w	r3, [r2, #192]
	sxtb16	r1, r1, ror #8
	smlabb	r11, r6, r1, r11
	smlatt	r0, r6, r1, r0
	sxtab16	r1, r8, r5
	sxtb16	r6, r3
	smlabb	r9, r1, r6, r9
	smlatt	r10, r1, r6, r10
	ldr.w	r6, [r4, #1152]
	sxtab16	r5, r8, r5, ror #8
	ldr.w	r1, [r2, #336]
	sxtb16	r3, r3, ror #8
	smlabb	r11, r5, r3, r11
	smlatt	r0, r5, r3, r0
	sxtab16	r3, r8, r6
	sxtb16	r5, r1
	smlabb	r9, r3, r5, r9
	sxtab16	r6, r8, r6, ror #8
	smlatt	r3, r3, r5, r10
	sxtb16	r1, r1, ror #8
	ldr.w	r5, [r4, #1200]
	smlabb	r11, r6, r1, r11
	smlatt	r10, r6, r1, r0
	ldr.w	r1, [r2, #384]
	sxtab16	r6, r8, r5
	sxtb16	r0, r1
	smlabb	r9, r6, r0, r9
	sxtab16	r5, r8, r5, ror #8
	smlatt	r0, r6, r0, r3
	sxtb16	r1, r1, ror #8
	ldr.w	r3, [r4, #1248]
	smlabb	r11, r5, r1, r11
	smlatt	r10, r5, r1, r10
	ldr.w	r5, [r2, #432]
	sxtab16	r6, r8, r3
	sxtb16	r1, r5
	smlabb	r9, r6, r1, r9
	sxtab16	r3, r8, r3, ror #8
	smlatt	r0, r6, r1, r0
	sxtb16	r5, r5, ror #8
	ldr.w	r1, [r4, #2304]
	smlabb	r11, r3, r5, r11
	smlatt	r10, r3, r5, r10
	ldr.w	r5, [r2, #576]
	sxtab16	r6, r8, r1
	sxtb16	r3, r5
	smlabb	r9, r6, r3, r9
	sxtab16	r1, r8, r1, ror #8
	smlatt	r0, r6, r3, r0
	sxtb16	r5, r5, ror #8
	ldr.w	r3, [r4, #2352]
	smlabb	r11, r1, r5, r11
	smlatt	r10, r1, r5, r10
	ldr.w	r5, [r2, #624]
	sxtab16	r6, r8, r3
	sxtb16	r1, r5
	smlabb	r9, r6, r1, r9
	sxtab16	r3, r8, r3, ror #8
	smlatt	r0, r6, r1, r0
	sxtb16	r5, r5, ror #8
	ldr.w	r1, [r4, #2400]
	smlabb	r11, r3, r5, r11
	smlatt	r10, r3, r5, r10
	ldr.w	r5, [r2, #672]
	sxtab16	r6, r8, r1
	sxtb16	r3, r5
	smlabb	r9, r6, r3, r9
	sxtab16	r1, r8, r1, ror #8
	smlatt	r0, r6, r3, r0
	sxtb16	r5, r5, ror #8
	ldr.w	r3, [r4, #3456]
	smlabb	r11, r1, r5, r11
	smlatt	r10, r1, r5, r10
	ldr.w	r5, [r2, #816]
	sxtab16	r6, r8, r3
	sxtb16	r1, r5
	smlabb	r9, r6, r1, r9
	sxtab16	r3, r8, r3, ror #8
	smlatt	r0, r6, r1, r0
	sxtb16	r5, r5, ror #8
	ldr.w	r1, [r4, #3504]
	smlabb	r11, r3, r5, r11
	smlatt	r10, r3, r5, r10
	ldr.w	r5, [r2, #864]
	sxtab16	r6, r8, r1
	sxtb16	r3, r5
	smlabb	r9, r6, r3, r9
	sxtab16	r1, r8, r1, ror #8
	smlatt	r0, r6, r3, r0
	sxtb16	r5, r5, ror #8
	ldr.w	r3, [r4, #3552]
	smlabb	r11, r1, r5, r11
	smlatt	r10, r1, r5, r10
	ldr.w	r5, [r2, #912]
	sxtab16	r6, r8, r3
	sxtb16	r1, r5
	smlabb	r9, r6, r1, r9
	smlatt	r0, r6, r1, r0
	mov.w	r1, #4608
	sxtab16	r3, r8, r3, ror #8
	sxtb16	r5, r5, ror #8
	ldr	r1, [r4, r1]
	smlabb	r11, r3, r5, r11
	smlatt	r10, r3, r5, r10
	ldr.w	r5, [r2, #1056]
	sxtab16	r6, r8, r1
	sxtb16	r3, r5
	smlabb	r9, r6, r3, r9
	smlatt	r0, r6, r3, r0
	movw	r3, #4656
	sxtab16	r1, r8, r1, ror #8
	sxtb16	r5, r5, ror #8
	ldr	r3, [r4, r3]
	smlabb	r11, r1, r5, r11
	smlatt	r10, r1, r5, r10
	ldr.w	r5, [r2, #1104]
	sxtab16	r6, r8, r3
	ldr.w	r2, [r2, #1152]
	sxtb16	r1, r5
	smlabb	r9, r6, r1, r9
	smlatt	r0, r6, r1, r0
	mov.w	r6, #4704
	sxtab16	r1, r8, r3, ror #8
	ldr	r4, [r4, r6]
	sxtb16	r3, r5, ror #8
	smlabb	r11, r1, r3, r11
	smlatt	r1, r1, r3, r10
	sxtab16	r3, r8, r4, ror #8
	sxtab16	r4, r8, r4
	sxtb16	r5, r2
	sxtb16	r2, r2, ror #8
	smlabb	r6, r4, r5, r9
	smlatt	r10, r4, r5, r0
	movw	r5, :lower16:.Lloom_demo_n7.multiplier
	smlatt	r9, r3, r2, r1
	movt	r5, :upper16:.Lloom_demo_n7.multiplier
	movw	r1, :lower16:.Lloom_demo_n7.right_shift
	lsls	r0, r6, #1
	movt	r1, :upper16:.Lloom_demo_n7.right_shift
	ldr.w	r4, [r5, lr]
	ldr.w	r6, [r12, lr]
	smlabb	r2, r3, r2, r11
	@APP
	smmlar	r3, r0, r4, r6
	@NO_APP
	ldr.w	r4, [r1, lr]
	add.w	r0, r3, r0, asr #31
	add.w	r6, r1, lr
	asrs	r0, r4
	add.w	r1, r12, lr
	add.w	r3, r5, lr
	ldr	r5, [sp, #44]
	ssat	r11, #8, r0
	ldr	r0, [sp, #56]
	adds	r4, r5, r0
	lsls	r2, r2, #1
	ldr	r0, [r1, #4]
	ldr	r5, [r3, #4]
	@APP
	smmlar	r0, r2, r5, r0
	@NO_APP
	strb.w	r11, [r4, #576]
	add.w	r0, r0, r2, asr #31
	ldr	r2, [r6, #4]
	asr.w	r11, r0, r2
	ldr	r2, [r1, #8]
	lsl.w	r0, r10, #1
	ldr	r5, [r3, #8]
	@APP
	smmlar	r2, r0, r5, r2
	@NO_APP
	ldr	r1, [r1, #12]
	add.w	r0, r2, r0, asr #31
	ldr	r2, [r6, #8]
	lsl.w	r5, r9, #1
	ldr	r3, [r3, #12]
	asrs	r0, r2
	@APP
	smmlar	r1, r5, r3, r1
	@NO_APP
	add.w	r1, r1, r5, asr #31
	ldr	r2, [r6, #12]
	ssat	r0, #8, r0
	add.w	lr, lr, #16
	asrs	r1, r2
	strb.w	r0, [r4, #578]
	ldr	r0, [sp, #56]
	adds	r0, #4
	str	r0, [sp, #56]
	ssat	r0, #8, r1
	ldr	r1, [sp, #56]
	ssat	r3, #8, r11
	cmp	r1, #48
	ldr	r2, [sp, #48]
	strb.w	r3, [r4, #577]
	strb.w	r0, [r4, #579]
	bne.w	.LBB0_10
	movs	r0, #1
	ldr	r5, [sp, #32]
	mov	r9, r2
	mov.w	r11, #8388736
.LBB0_12:
	mov.w	r12, #0
	mov.w	lr, #0
	str	r0, [sp, #40]
	strd	r9, r5, [sp, #52]
.LBB0_13:
	add.w	r2, r7, r12
	ldr.w	r3, [r7, r12]
	movw	r7, :lower16:.Lloom_demo_n7.weights
	ldr.w	r5, [r9, lr]
	movt	r7, :upper16:.Lloom_demo_n7.weights
	add.w	r10, r9, lr
	ldr	r6, [r2, #8]
	ldr	r4, [r2, #4]
	ldr.w	r0, [r7, lr]
	mov.w	r9, #8388736
	sxtab16	r8, r11, r5
	ldr	r2, [r2, #12]
	sxtb16	r1, r0
	sxtab16	r5, r11, r5, ror #8
	add.w	r11, r7, lr
	smlabb	r3, r8, r1, r3
	sxtb16	r0, r0, ror #8
	smlatt	r1, r8, r1, r6
	ldr.w	r6, [r10, #48]
	smlabb	r4, r5, r0, r4
	smlatt	r0, r5, r0, r2
	ldr.w	r5, [r11, #48]
	sxtab16	r2, r9, r6
	sxtb16	r7, r5
	smlabb	r3, r2, r7, r3
	smlatt	r1, r2, r7, r1
	ldr.w	r2, [r10, #96]
	sxtab16	r6, r9, r6, ror #8
	ldr.w	r7, [r11, #96]
	sxtb16	r5, r5, ror #8
	smlabb	r4, r6, r5, r4
	smlatt	r0, r6, r5, r0
	sxtab16	r5, r9, r2
	sxtb16	r6, r7
	smlabb	r3, r5, r6, r3
	smlatt	r1, r5, r6, r1
	ldr.w	r5, [r10, #144]
	sxtab16	r2, r9, r2, ror #8
	ldr.w	r6, [r11, #144]
	sxtb16	r7, r7, ror #8
	smlabb	r4, r2, r7, r4
	smlatt	r0, r2, r7, r0
	sxtab16	r2, r9, r5
	sxtb16	r7, r6
	smlabb	r3, r2, r7, r3
	smlatt	r1, r2, r7, r1
	ldr.w	r2, [r10, #192]
	sxtab16	r5, r9, r5, ror #8
	ldr.w	r7, [r11, #192]
	sxtb16	r6, r6, ror #8
	smlabb	r4, r5, r6, r4
	smlatt	r0, r5, r6, r0
	sxtab16	r5, r9, r2
	sxtb16	r6, r7
	smlabb	r3, r5, r6, r3
	sxtab16	r2, r9, r2, ror #8
	smlatt	r1, r5, r6, r1
	sxtb16	r7, r7, ror #8
	ldr.w	r5, [r10, #1152]
	smlabb	r4, r2, r7, r4
	smlatt	r0, r2, r7, r0
	ldr.w	r2, [r11, #240]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, #1200]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #288]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	sxtab16	r6, r9, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, #1248]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #336]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, #1296]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #384]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	sxtab16	r6, r9, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, #1344]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #432]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, #2304]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #480]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	sxtab16	r6, r9, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, #2352]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #528]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, #2400]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #576]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	sxtab16	r6, r9, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, #2448]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #624]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, #2496]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #672]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	sxtab16	r6, r9, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, #3456]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #720]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, #3504]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #768]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	sxtab16	r6, r9, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, #3552]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #816]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, #3600]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #864]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	sxtab16	r6, r9, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, #3648]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #912]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	smlatt	r1, r6, r7, r1
	mov.w	r6, #4608
	sxtab16	r5, r9, r5, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, r6]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #960]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	smlatt	r1, r5, r7, r1
	movw	r5, #4656
	sxtab16	r6, r9, r6, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, r5]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #1008]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlabb	r3, r6, r7, r3
	smlatt	r1, r6, r7, r1
	mov.w	r6, #4704
	sxtab16	r5, r9, r5, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r6, [r10, r6]
	smlabb	r4, r5, r2, r4
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #1056]
	sxtab16	r5, r9, r6
	sxtb16	r7, r2
	smlabb	r3, r5, r7, r3
	smlatt	r1, r5, r7, r1
	movw	r5, #4752
	sxtab16	r6, r9, r6, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r10, r5]
	smlabb	r4, r6, r2, r4
	smlatt	r0, r6, r2, r0
	ldr.w	r2, [r11, #1104]
	sxtab16	r6, r9, r5
	sxtb16	r7, r2
	smlatt	r8, r6, r7, r1
	mov.w	r1, #4800
	smlabb	r3, r6, r7, r3
	sxtab16	r5, r9, r5, ror #8
	ldr.w	r6, [r10, r1]
	sxtb16	r2, r2, ror #8
	mov.w	r1, #8388736
	smlabb	r4, r5, r2, r4
	ldr.w	r9, [sp, #52]
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r11, #1152]
	sxtab16	r5, r1, r6
	movw	r11, :lower16:.Lloom_demo_n7.requant_offset
	sxtb16	r7, r2
	movt	r11, :upper16:.Lloom_demo_n7.requant_offset
	smlabb	r3, r5, r7, r3
	smlatt	r10, r5, r7, r8
	movw	r5, :lower16:.Lloom_demo_n7.multiplier
	sxtab16	r6, r1, r6, ror #8
	movt	r5, :upper16:.Lloom_demo_n7.multiplier
	sxtb16	r2, r2, ror #8
	lsls	r1, r3, #1
	smlatt	r8, r6, r2, r0
	movw	r0, :lower16:.Lloom_demo_n7.right_shift
	smlabb	r4, r6, r2, r4
	movt	r0, :upper16:.Lloom_demo_n7.right_shift
	ldr.w	r3, [r5, r12]
	ldr.w	r7, [r11, r12]
	add.w	r6, r5, r12
	@APP
	smmlar	r7, r1, r3, r7
	@NO_APP
	add.w	r3, r11, r12
	add.w	r2, r0, r12
	add.w	r1, r7, r1, asr #31
	ldr.w	r7, [r0, r12]
	lsls	r4, r4, #1
	ldr	r0, [r6, #4]
	ldr	r5, [r3, #4]
	@APP
	smmlar	r0, r4, r0, r5
	@NO_APP
	add.w	r0, r0, r4, asr #31
	ldr	r4, [r2, #4]
	asrs	r1, r7
	ldr	r5, [r6, #8]
	asrs	r0, r4
	ldr	r4, [r3, #8]
	lsl.w	r7, r10, #1
	@APP
	smmlar	r4, r7, r5, r4
	@NO_APP
	ldr	r5, [r6, #12]
	ldr	r3, [r3, #12]
	add.w	r4, r4, r7, asr #31
	ldr	r6, [r2, #8]
	lsl.w	r7, r8, #1
	@APP
	smmlar	r3, r7, r5, r3
	@NO_APP
	ldr	r5, [sp, #56]
	ldr	r2, [r2, #12]
	ssat	r1, #8, r1
	mov.w	r11, #8388736
	strb.w	r1, [r5, lr]
	add.w	r1, r3, r7, asr #31
	add.w	r3, r5, lr
	asrs	r4, r6
	ssat	r0, #8, r0
	movw	r7, :lower16:.Lloom_demo_n7.bias
	strb	r0, [r3, #1]
	asr.w	r0, r1, r2
	add.w	lr, lr, #4
	movt	r7, :upper16:.Lloom_demo_n7.bias
	ssat	r1, #8, r4
	cmp.w	lr, #48
	ssat	r0, #8, r0
	add.w	r12, r12, #16
	strb	r1, [r3, #2]
	strb	r0, [r3, #3]
	bne.w	.LBB0_13
	ldr	r0, [sp, #40]
	add.w	r9, r9, #96
	adds	r0, #1
	adds	r5, #48
	cmp	r0, #11
	bne.w	.LBB0_12
	mov.w	lr, #0
	movs	r1, #0
.LBB0_16:
	ldr	r0, [sp, #48]
	str	r1, [sp, #56]
	add.w	r3, r7, lr
	adds	r2, r0, r1
	movw	r7, :lower16:.Lloom_demo_n7.weights
	ldr	r0, [sp, #56]
	movt	r7, :upper16:.Lloom_demo_n7.weights
	movw	r5, :lower16:.Lloom_demo_n7.bias
	ldr.w	r6, [r2, #960]
	movt	r5, :upper16:.Lloom_demo_n7.bias
	adds	r4, r7, r1
	ldr	r1, [r7, r0]
	ldr.w	r9, [r3, #8]
	ldr.w	r5, [r5, lr]
	sxtab16	r0, r11, r6
	ldr.w	r8, [r3, #4]
	sxtb16	r7, r1
	ldr	r3, [r3, #12]
	smlabb	r5, r0, r7, r5
	mov.w	r12, #8388736
	sxtab16	r6, r11, r6, ror #8
	smlatt	r9, r0, r7, r9
	sxtb16	r1, r1, ror #8
	ldr.w	r7, [r2, #1008]
	smlabb	r8, r6, r1, r8
	smlatt	r10, r6, r1, r3
	ldr	r6, [r4, #48]
	sxtab16	r3, r11, r7
	sxtb16	r0, r6
	smlabb	r5, r3, r0, r5
	smlatt	r9, r3, r0, r9
	ldr.w	r3, [r2, #1056]
	sxtab16	r7, r11, r7, ror #8
	ldr	r0, [r4, #96]
	sxtb16	r6, r6, ror #8
	smlabb	r8, r7, r6, r8
	smlatt	r6, r7, r6, r10
	sxtab16	r7, r11, r3
	sxtb16	r1, r0
	smlabb	r10, r7, r1, r5
	ldr.w	r5, [r4, #144]
	smlatt	r9, r7, r1, r9
	ldr.w	r7, [r2, #1104]
	sxtab16	r3, r11, r3, ror #8
	sxtb16	r0, r0, ror #8
	smlabb	r1, r3, r0, r8
	smlatt	r11, r3, r0, r6
	ldr.w	r0, [r4, #240]
	sxtab16	r3, r12, r7
	sxtb16	r6, r5
	smlabb	r8, r3, r6, r10
	sxtab16	r7, r12, r7, ror #8
	smlatt	r3, r3, r6, r9
	sxtb16	r5, r5, ror #8
	ldr.w	r6, [r2, #2112]
	smlabb	r10, r7, r5, r1
	mov.w	r12, #4416
	smlatt	r5, r7, r5, r11
	mov.w	r11, #8388736
	sxtab16	r7, r11, r6
	sxtb16	r1, r0
	smlabb	r8, r7, r1, r8
	sxtab16	r6, r11, r6, ror #8
	smlatt	r1, r7, r1, r3
	sxtb16	r0, r0, ror #8
	ldr.w	r3, [r2, #2160]
	smlabb	r9, r6, r0, r10
	movw	r10, #4464
	smlatt	r0, r6, r0, r5
	ldr.w	r5, [r4, #288]
	sxtab16	r6, r11, r3
	sxtb16	r7, r5
	smlabb	r8, r6, r7, r8
	sxtab16	r3, r11, r3, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r5, r5, ror #8
	ldr.w	r6, [r2, #2208]
	smlabb	r9, r3, r5, r9
	smlatt	r0, r3, r5, r0
	ldr.w	r3, [r4, #336]
	sxtab16	r5, r11, r6
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	sxtab16	r6, r11, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r5, [r2, #2256]
	smlabb	r9, r6, r3, r9
	smlatt	r0, r6, r3, r0
	ldr.w	r3, [r4, #384]
	sxtab16	r6, r11, r5
	sxtb16	r7, r3
	smlabb	r8, r6, r7, r8
	sxtab16	r5, r11, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r2, #3264]
	smlabb	r9, r5, r3, r9
	smlatt	r0, r5, r3, r0
	ldr.w	r3, [r4, #480]
	sxtab16	r5, r11, r6
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	sxtab16	r6, r11, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r5, [r2, #3312]
	smlabb	r9, r6, r3, r9
	smlatt	r0, r6, r3, r0
	ldr.w	r3, [r4, #528]
	sxtab16	r6, r11, r5
	sxtb16	r7, r3
	smlabb	r8, r6, r7, r8
	sxtab16	r5, r11, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r2, #3360]
	smlabb	r9, r5, r3, r9
	smlatt	r0, r5, r3, r0
	ldr.w	r3, [r4, #576]
	sxtab16	r5, r11, r6
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	sxtab16	r6, r11, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r5, [r2, #3408]
	smlabb	r9, r6, r3, r9
	smlatt	r0, r6, r3, r0
	ldr.w	r3, [r4, #624]
	sxtab16	r6, r11, r5
	sxtb16	r7, r3
	smlabb	r8, r6, r7, r8
	sxtab16	r5, r11, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r2, r12]
	smlabb	r9, r5, r3, r9
	mov.w	r12, #4512
	smlatt	r0, r5, r3, r0
	ldr.w	r3, [r4, #720]
	sxtab16	r5, r11, r6
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	sxtab16	r6, r11, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r5, [r2, r10]
	smlabb	r9, r6, r3, r9
	movw	r10, #4560
	smlatt	r0, r6, r3, r0
	ldr.w	r3, [r4, #768]
	sxtab16	r6, r11, r5
	sxtb16	r7, r3
	smlabb	r8, r6, r7, r8
	sxtab16	r5, r11, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r2, r12]
	smlabb	r9, r5, r3, r9
	mov.w	r12, #5568
	smlatt	r0, r5, r3, r0
	ldr.w	r3, [r4, #816]
	sxtab16	r5, r11, r6
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	sxtab16	r6, r11, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r5, [r2, r10]
	smlabb	r9, r6, r3, r9
	movw	r10, #5616
	smlatt	r0, r6, r3, r0
	ldr.w	r3, [r4, #864]
	sxtab16	r6, r11, r5
	sxtb16	r7, r3
	smlabb	r8, r6, r7, r8
	sxtab16	r5, r11, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r2, r12]
	smlabb	r9, r5, r3, r9
	mov.w	r12, #5664
	smlatt	r0, r5, r3, r0
	ldr.w	r3, [r4, #960]
	sxtab16	r5, r11, r6
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	sxtab16	r6, r11, r6, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r5, [r2, r10]
	smlabb	r9, r6, r3, r9
	movw	r10, #5712
	smlatt	r0, r6, r3, r0
	ldr.w	r3, [r4, #1008]
	sxtab16	r6, r11, r5
	sxtb16	r7, r3
	smlabb	r8, r6, r7, r8
	sxtab16	r5, r11, r5, ror #8
	smlatt	r1, r6, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r2, r12]
	smlabb	r9, r5, r3, r9
	ldr.w	r2, [r2, r10]
	smlatt	r0, r5, r3, r0
	ldr.w	r3, [r4, #1056]
	sxtab16	r5, r11, r6
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	smlatt	r1, r5, r7, r1
	sxtab16	r5, r11, r6, ror #8
	sxtb16	r3, r3, ror #8
	smlabb	r6, r5, r3, r9
	smlatt	r0, r5, r3, r0
	ldr.w	r3, [r4, #1104]
	sxtab16	r4, r11, r2
	sxtb16	r5, r3
	smlabb	r7, r4, r5, r8
	sxtab16	r2, r11, r2, ror #8
	smlatt	r9, r4, r5, r1
	sxtb16	r3, r3, ror #8
	movw	r5, :lower16:.Lloom_demo_n7.multiplier
	smlabb	r12, r2, r3, r6
	movw	r6, :lower16:.Lloom_demo_n7.requant_offset
	smlatt	r8, r2, r3, r0
	movw	r0, :lower16:.Lloom_demo_n7.right_shift
	lsls	r1, r7, #1
	movt	r5, :upper16:.Lloom_demo_n7.multiplier
	movt	r6, :upper16:.Lloom_demo_n7.requant_offset
	movt	r0, :upper16:.Lloom_demo_n7.right_shift
	ldr.w	r4, [r5, lr]
	ldr.w	r7, [r6, lr]
	@APP
	smmlar	r2, r1, r4, r7
	@NO_APP
	ldr.w	r3, [r0, lr]
	add.w	r1, r2, r1, asr #31
	asrs	r1, r3
	add.w	r3, r5, lr
	add.w	r4, r0, lr
	add.w	r7, r6, lr
	ldr	r0, [sp, #44]
	ldr	r2, [sp, #56]
	add	r2, r0
	lsl.w	r6, r12, #1
	ldr	r0, [r3, #4]
	ldr	r5, [r7, #4]
	ssat	r1, #8, r1
	@APP
	smmlar	r0, r6, r0, r5
	@NO_APP
	strb.w	r1, [r2, #1104]
	add.w	r0, r0, r6, asr #31
	ldr	r1, [r4, #4]
	lsl.w	r6, r9, #1
	asrs	r0, r1
	ldr	r1, [r7, #8]
	ldr	r5, [r3, #8]
	@APP
	smmlar	r1, r6, r5, r1
	@NO_APP
	add.w	r1, r1, r6, asr #31
	ldr	r6, [r4, #8]
	ldr	r3, [r3, #12]
	ldr	r5, [r7, #12]
	lsl.w	r7, r8, #1
	@APP
	smmlar	r3, r7, r3, r5
	@NO_APP
	asrs	r1, r6
	ldr	r4, [r4, #12]
	add.w	r3, r3, r7, asr #31
	movw	r7, :lower16:.Lloom_demo_n7.bias
	ssat	r0, #8, r0
	movt	r7, :upper16:.Lloom_demo_n7.bias
	ssat	r1, #8, r1
	strb.w	r0, [r2, #1105]
	asr.w	r0, r3, r4
	strb.w	r1, [r2, #1106]
	ldr	r1, [sp, #56]
	add.w	lr, lr, #16
	adds	r1, #4
	ssat	r0, #8, r0
	cmp	r1, #48
	strb.w	r0, [r2, #1107]
	bne.w	.LBB0_16
	ldr	r1, [sp, #24]
	ldr	r3, [sp, #44]
	ldr	r0, [sp, #32]
	adds	r1, #1
	add.w	r3, r3, #576
	ldr	r2, [sp, #48]
	add.w	r0, r0, #576
	cmp	r1, #11
	add.w	r2, r2, #2304
	str	r0, [sp, #32]
	mov	r0, r3
	bne.w	.LBB0_9
	movw	r0, #6337
	ldr	r2, [sp, #28]
	movw	r1, #23088
	add	r0, r2
	ldr	r6, [sp, #36]
	str	r0, [sp, #48]
	adds	r0, r6, r1
	movs	r1, #0
	mov.w	r9, #0
	str	r0, [sp, #44]
.LBB0_19:
	str	r1, [sp, #56]
	add.w	r12, r6, r9
	adds	r0, r7, r1
	mov.w	r1, #23040
	mov.w	r11, #8388736
	ldr.w	r6, [r12, r1]
	movw	r1, :lower16:.Lloom_demo_n7.weights
	movt	r1, :upper16:.Lloom_demo_n7.weights
	ldr	r5, [r0, #8]
	add.w	r4, r1, r9
	ldr	r1, [sp, #56]
	ldr.w	lr, [r0, #4]
	ldr	r0, [r0, #12]
	ldr	r2, [r4, #96]
	ldr	r1, [r7, r1]
	sxtab16	r7, r11, r6
	sxtb16	r3, r2
	smlabb	r8, r7, r3, r1
	smlatt	r10, r7, r3, r5
	ldr	r3, [sp, #44]
	sxtab16	r6, r11, r6, ror #8
	ldr.w	r5, [r4, #144]
	sxtb16	r2, r2, ror #8
	ldr.w	r7, [r3, r9]
	smlabb	lr, r6, r2, lr
	smlatt	r0, r6, r2, r0
	add.w	r6, r3, r9
	sxtab16	r2, r11, r7
	ldr.w	r3, [r4, #192]
	sxtb16	r1, r5
	smlabb	r8, r2, r1, r8
	smlatt	r1, r2, r1, r10
	ldr	r2, [r6, #48]
	sxtab16	r7, r11, r7, ror #8
	movw	r10, :lower16:.Lloom_demo_n7.right_shift
	sxtb16	r5, r5, ror #8
	movt	r10, :upper16:.Lloom_demo_n7.right_shift
	smlabb	lr, r7, r5, lr
	smlatt	r0, r7, r5, r0
	sxtab16	r5, r11, r2
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	smlatt	r1, r5, r7, r1
	mov.w	r5, #24192
	sxtab16	r2, r11, r2, ror #8
	ldr.w	r7, [r4, #336]
	ldr.w	r5, [r12, r5]
	sxtb16	r3, r3, ror #8
	smlabb	lr, r2, r3, lr
	smlatt	r0, r2, r3, r0
	sxtab16	r2, r11, r5
	sxtb16	r3, r7
	smlabb	r8, r2, r3, r8
	smlatt	r1, r2, r3, r1
	ldr.w	r2, [r6, #1152]
	sxtab16	r5, r11, r5, ror #8
	ldr.w	r3, [r4, #384]
	sxtb16	r7, r7, ror #8
	smlabb	lr, r5, r7, lr
	smlatt	r0, r5, r7, r0
	sxtab16	r5, r11, r2
	sxtb16	r7, r3
	smlabb	r8, r5, r7, r8
	sxtab16	r2, r11, r2, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r3, r3, ror #8
	ldr.w	r5, [r6, #1200]
	smlabb	lr, r2, r3, lr
	smlatt	r0, r2, r3, r0
	ldr.w	r2, [r4, #432]
	sxtab16	r3, r11, r5
	sxtb16	r7, r2
	smlabb	r8, r3, r7, r8
	smlatt	r1, r3, r7, r1
	mov.w	r3, #25344
	sxtab16	r5, r11, r5, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r3, [r12, r3]
	smlabb	lr, r5, r2, lr
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r4, #576]
	sxtab16	r5, r11, r3
	sxtb16	r7, r2
	smlabb	r8, r5, r7, r8
	sxtab16	r3, r11, r3, ror #8
	smlatt	r1, r5, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r6, #2304]
	smlabb	lr, r3, r2, lr
	smlatt	r0, r3, r2, r0
	ldr.w	r2, [r4, #624]
	sxtab16	r3, r11, r5
	sxtb16	r7, r2
	smlabb	r8, r3, r7, r8
	sxtab16	r5, r11, r5, ror #8
	smlatt	r1, r3, r7, r1
	sxtb16	r2, r2, ror #8
	ldr.w	r3, [r6, #2352]
	smlabb	lr, r5, r2, lr
	smlatt	r0, r5, r2, r0
	ldr.w	r2, [r4, #672]
	sxtab16	r5, r11, r3
	sxtb16	r7, r2
	smlabb	r8, r5, r7, r8
	smlatt	r1, r5, r7, r1
	mov.w	r5, #26496
	sxtab16	r3, r11, r3, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r5, [r12, r5]
	smlabb	r7, r3, r2, lr
	smlatt	r12, r3, r2, r0
	ldr.w	r2, [r4, #816]
	sxtab16	r3, r11, r5
	sxtb16	r0, r2
	smlabb	lr, r3, r0, r8
	smlatt	r8, r3, r0, r1
	ldr.w	r1, [r6, #3456]
	sxtab16	r5, r11, r5, ror #8
	ldr.w	r3, [r4, #864]
	sxtb16	r2, r2, ror #8
	smlabb	r7, r5, r2, r7
	smlatt	r2, r5, r2, r12
	sxtab16	r5, r11, r1
	sxtb16	r0, r3
	sxtab16	r1, r11, r1, ror #8
	smlabb	r12, r5, r0, lr
	sxtb16	r3, r3, ror #8
	smlatt	r5, r5, r0, r8
	smlabb	r7, r1, r3, r7
	ldr.w	r0, [r6, #3504]
	smlatt	r1, r1, r3, r2
	movw	r8, :lower16:.Lloom_demo_n7.requant_offset
	str	r1, [sp, #52]
	ldr.w	r1, [r4, #912]
	sxtab16	r2, r11, r0
	movt	r8, :upper16:.Lloom_demo_n7.requant_offset
	sxtb16	r3, r1
	sxtab16	r6, r11, r0, ror #8
	smlabb	r4, r2, r3, r12
	sxtb16	r0, r1, ror #8
	movw	r1, :lower16:.Lloom_demo_n7.multiplier
	smlatt	r11, r2, r3, r5
	ldr	r3, [sp, #56]
	movt	r1, :upper16:.Lloom_demo_n7.multiplier
	ldr	r2, [sp, #56]
	add.w	r12, r10, r2
	lsls	r2, r4, #1
	ldr	r4, [r1, r3]
	ldr	r3, [sp, #56]
	smlabb	r7, r6, r0, r7
	ldr.w	r5, [r8, r3]
	ldr	r3, [sp, #56]
	add.w	lr, r1, r3
	ldr	r3, [sp, #56]
	add	r8, r3
	ldr	r3, [sp, #56]
	@APP
	smmlar	r4, r2, r4, r5
	@NO_APP
	add.w	r2, r4, r2, asr #31
	ldr.w	r4, [r10, r3]
	lsls	r5, r7, #1
	ldr.w	r7, [lr, #4]
	ldr.w	r10, [r8, #4]
	asrs	r2, r4
	@APP
	smmlar	r4, r5, r7, r10
	@NO_APP
	ldr	r3, [sp, #28]
	add.w	r4, r4, r5, asr #31
	ldr.w	r5, [r12, #4]
	ldr	r1, [sp, #52]
	asrs	r4, r5
	add.w	r5, r3, r9
	smlatt	r0, r6, r0, r1
	mov.w	r6, #6336
	ssat	r2, #8, r2
	ldr.w	r7, [lr, #8]
	strb	r2, [r5, r6]
	lsl.w	r1, r11, #1
	ssat	r2, #8, r4
	ldr	r4, [sp, #48]
	lsls	r0, r0, #1
	ldr.w	r6, [r8, #12]
	strb.w	r2, [r4, r9]
	ldr.w	r2, [r8, #8]
	@APP
	smmlar	r2, r1, r7, r2
	@NO_APP
	add.w	r1, r2, r1, asr #31
	ldr.w	r2, [r12, #8]
	ldr.w	r7, [lr, #12]
	asrs	r1, r2
	@APP
	smmlar	r2, r0, r7, r6
	@NO_APP
	add.w	r0, r2, r0, asr #31
	ldr.w	r2, [r12, #12]
	asrs	r0, r2
	add.w	r2, r4, r9
	ssat	r1, #8, r1
	movw	r7, :lower16:.Lloom_demo_n7.bias
	strb	r1, [r2, #1]
	ldr	r1, [sp, #56]
	add.w	r9, r9, #4
	ldr	r6, [sp, #36]
	movt	r7, :upper16:.Lloom_demo_n7.bias
	cmp.w	r9, #48
	ssat	r0, #8, r0
	add.w	r1, r1, #16
	strb	r0, [r2, #2]
	bne.w	.LBB0_19
	movw	r0, #23088
	movw	r1, #6387
	add	r0, r6
	add.w	r11, r3, r1
	movs	r1, #1
	mov.w	lr, #23040
	mov.w	r12, #8388736
.LBB0_21:
	str	r1, [sp, #32]
	movs	r1, #0
	mov.w	r9, #0
	str	r0, [sp, #48]
	strd	r6, r11, [sp, #40]
.LBB0_22:
	add.w	r10, r6, r9
	movw	r0, :lower16:.Lloom_demo_n7.weights
	movt	r0, :upper16:.Lloom_demo_n7.weights
	str	r1, [sp, #56]
	adds	r3, r7, r1
	ldr.w	r6, [r10, lr]
	add.w	r2, r0, r9
	ldr.w	r0, [r0, r9]
	ldr	r5, [sp, #56]
	ldr.w	r8, [r3, #4]
	sxtab16	r1, r12, r6
	ldr.w	r11, [r3, #8]
	sxtb16	r4, r0
	ldr.w	lr, [r7, r5]
	sxtab16	r6, r12, r6, ror #8
	smlabb	lr, r1, r4, lr
	sxtb16	r0, r0, ror #8
	smlatt	r11, r1, r4, r11
	smlabb	r5, r6, r0, r8
	ldr.w	r8, [sp, #48]
	ldr	r3, [r3, #12]
	smlatt	r0, r6, r0, r3
	ldr.w	r4, [r8, r9]
	ldr	r6, [r2, #48]
	sxtb16	r1, r6
	sxtab16	r3, r12, r4
	smlabb	r7, r3, r1, lr
	smlatt	lr, r3, r1, r11
	movw	r1, #23136
	sxtab16	r4, r12, r4, ror #8
	ldr	r3, [r2, #96]
	sxtb16	r6, r6, ror #8
	ldr.w	r1, [r10, r1]
	smlatt	r11, r4, r6, r0
	add.w	r0, r8, r9
	smlabb	r5, r4, r6, r5
	movw	r8, :lower16:.Lloom_demo_n7.multiplier
	sxtab16	r6, r12, r1
	movt	r8, :upper16:.Lloom_demo_n7.multiplier
	sxtb16	r4, r3
	smlabb	r7, r6, r4, r7
	smlatt	lr, r6, r4, lr
	ldr	r4, [r0, #96]
	sxtab16	r1, r12, r1, ror #8
	ldr.w	r6, [r2, #144]
	sxtb16	r3, r3, ror #8
	smlabb	r5, r1, r3, r5
	smlatt	r11, r1, r3, r11
	sxtab16	r3, r12, r4
	sxtb16	r1, r6
	smlabb	r7, r3, r1, r7
	smlatt	lr, r3, r1, lr
	ldr.w	r3, [r0, #144]
	sxtab16	r4, r12, r4, ror #8
	ldr.w	r1, [r2, #192]
	sxtb16	r6, r6, ror #8
	smlabb	r5, r4, r6, r5
	smlatt	r11, r4, r6, r11
	sxtab16	r6, r12, r3
	sxtb16	r4, r1
	smlabb	r7, r6, r4, r7
	smlatt	r6, r6, r4, lr
	mov.w	r4, #24192
	sxtab16	r3, r12, r3, ror #8
	sxtb16	r1, r1, ror #8
	ldr.w	r4, [r10, r4]
	smlabb	r5, r3, r1, r5
	smlatt	lr, r3, r1, r11
	ldr.w	r3, [r2, #240]
	sxtab16	r11, r12, r4
	sxtb16	r1, r3
	smlabb	r7, r11, r1, r7
	sxtab16	r4, r12, r4, ror #8
	smlatt	r11, r11, r1, r6
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r0, #1152]
	smlabb	r5, r4, r3, r5
	smlatt	lr, r4, r3, lr
	ldr.w	r4, [r2, #288]
	sxtab16	r1, r12, r6
	sxtb16	r3, r4
	smlabb	r7, r1, r3, r7
	smlatt	r11, r1, r3, r11
	movw	r1, #24288
	sxtab16	r6, r12, r6, ror #8
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r10, r1]
	smlabb	r5, r6, r4, r5
	smlatt	lr, r6, r4, lr
	ldr.w	r4, [r2, #336]
	sxtab16	r1, r12, r3
	sxtb16	r6, r4
	smlabb	r7, r1, r6, r7
	sxtab16	r3, r12, r3, ror #8
	smlatt	r11, r1, r6, r11
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r0, #1248]
	smlabb	r5, r3, r4, r5
	smlatt	lr, r3, r4, lr
	ldr.w	r4, [r2, #384]
	sxtab16	r1, r12, r6
	sxtb16	r3, r4
	smlabb	r7, r1, r3, r7
	sxtab16	r6, r12, r6, ror #8
	smlatt	r11, r1, r3, r11
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r0, #1296]
	smlabb	r5, r6, r4, r5
	smlatt	lr, r6, r4, lr
	ldr.w	r4, [r2, #432]
	sxtab16	r1, r12, r3
	sxtb16	r6, r4
	smlabb	r7, r1, r6, r7
	smlatt	r11, r1, r6, r11
	mov.w	r1, #25344
	sxtab16	r3, r12, r3, ror #8
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r10, r1]
	smlabb	r5, r3, r4, r5
	smlatt	lr, r3, r4, lr
	ldr.w	r4, [r2, #480]
	sxtab16	r1, r12, r6
	sxtb16	r3, r4
	smlabb	r7, r1, r3, r7
	sxtab16	r6, r12, r6, ror #8
	smlatt	r11, r1, r3, r11
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r0, #2304]
	smlabb	r5, r6, r4, r5
	smlatt	lr, r6, r4, lr
	ldr.w	r4, [r2, #528]
	sxtab16	r1, r12, r3
	sxtb16	r6, r4
	smlabb	r7, r1, r6, r7
	smlatt	r11, r1, r6, r11
	movw	r1, #25440
	sxtab16	r3, r12, r3, ror #8
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r10, r1]
	smlabb	r5, r3, r4, r5
	smlatt	lr, r3, r4, lr
	ldr.w	r4, [r2, #576]
	sxtab16	r1, r12, r6
	sxtb16	r3, r4
	smlabb	r7, r1, r3, r7
	sxtab16	r6, r12, r6, ror #8
	smlatt	r11, r1, r3, r11
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r0, #2400]
	smlabb	r5, r6, r4, r5
	smlatt	lr, r6, r4, lr
	ldr.w	r4, [r2, #624]
	sxtab16	r1, r12, r3
	sxtb16	r6, r4
	smlabb	r7, r1, r6, r7
	sxtab16	r3, r12, r3, ror #8
	smlatt	r11, r1, r6, r11
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r0, #2448]
	smlabb	r5, r3, r4, r5
	smlatt	lr, r3, r4, lr
	ldr.w	r4, [r2, #672]
	sxtab16	r1, r12, r6
	sxtb16	r3, r4
	smlabb	r7, r1, r3, r7
	smlatt	r11, r1, r3, r11
	mov.w	r1, #26496
	sxtab16	r6, r12, r6, ror #8
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r10, r1]
	smlabb	r5, r6, r4, r5
	smlatt	lr, r6, r4, lr
	ldr.w	r4, [r2, #720]
	sxtab16	r1, r12, r3
	sxtb16	r6, r4
	smlabb	r7, r1, r6, r7
	sxtab16	r3, r12, r3, ror #8
	smlatt	r11, r1, r6, r11
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r0, #3456]
	smlabb	r5, r3, r4, r5
	smlatt	lr, r3, r4, lr
	ldr.w	r4, [r2, #768]
	sxtab16	r3, r12, r6
	sxtb16	r1, r4
	smlabb	r7, r3, r1, r7
	smlatt	r11, r3, r1, r11
	movw	r1, #26592
	sxtab16	r3, r12, r6, ror #8
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r10, r1]
	smlabb	r5, r3, r4, r5
	smlatt	lr, r3, r4, lr
	ldr.w	r4, [r2, #816]
	sxtab16	r1, r12, r6
	sxtb16	r3, r4
	smlabb	r7, r1, r3, r7
	sxtab16	r6, r12, r6, ror #8
	smlatt	r1, r1, r3, r11
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r0, #3552]
	smlabb	r10, r6, r4, r5
	ldr.w	r0, [r0, #3600]
	smlatt	lr, r6, r4, lr
	ldr.w	r4, [r2, #864]
	sxtab16	r5, r12, r3
	ldr.w	r2, [r2, #912]
	sxtb16	r6, r4
	ldr.w	r11, [sp, #44]
	sxtab16	r3, r12, r3, ror #8
	smlabb	r7, r5, r6, r7
	sxtb16	r4, r4, ror #8
	smlatt	r1, r5, r6, r1
	smlabb	r5, r3, r4, r10
	smlatt	r3, r3, r4, lr
	movw	lr, :lower16:.Lloom_demo_n7.requant_offset
	sxtab16	r6, r12, r0
	movt	lr, :upper16:.Lloom_demo_n7.requant_offset
	sxtb16	r4, r2
	smlabb	r7, r6, r4, r7
	smlatt	r1, r6, r4, r1
	ldr	r4, [sp, #56]
	sxtab16	r0, r12, r0, ror #8
	str	r1, [sp, #52]
	sxtb16	r2, r2, ror #8
	lsls	r1, r7, #1
	ldr.w	r7, [r8, r4]
	ldr	r4, [sp, #56]
	smlatt	r10, r0, r2, r3
	movw	r3, :lower16:.Lloom_demo_n7.right_shift
	smlabb	r5, r0, r2, r5
	ldr	r2, [sp, #56]
	movt	r3, :upper16:.Lloom_demo_n7.right_shift
	ldr.w	r6, [lr, r4]
	@APP
	smmlar	r0, r1, r7, r6
	@NO_APP
	lsls	r6, r5, #1
	ldr	r2, [r3, r2]
	add.w	r0, r0, r1, asr #31
	ldr	r1, [sp, #56]
	asrs	r0, r2
	add	r3, r1
	ldr	r1, [sp, #56]
	ldr	r2, [sp, #56]
	add	r1, r8
	add.w	r7, lr, r2
	add.w	r2, r11, r9
	ssat	r0, #8, r0
	ldr	r5, [r1, #4]
	ldr	r4, [r7, #4]
	strb	r0, [r2, #-3]
	@APP
	smmlar	r0, r6, r5, r4
	@NO_APP
	ldr	r4, [r3, #4]
	add.w	r0, r0, r6, asr #31
	ldr	r5, [r1, #8]
	asrs	r0, r4
	ldr	r4, [r7, #8]
	ldr	r6, [sp, #52]
	ldr	r1, [r1, #12]
	lsls	r6, r6, #1
	@APP
	smmlar	r5, r6, r5, r4
	@NO_APP
	lsl.w	r4, r10, #1
	ldr	r7, [r7, #12]
	@APP
	smmlar	r1, r4, r1, r7
	@NO_APP
	ldr	r7, [r3, #12]
	add.w	r1, r1, r4, asr #31
	ldr	r3, [r3, #8]
	asrs	r1, r7
	movw	r7, :lower16:.Lloom_demo_n7.bias
	add.w	r6, r5, r6, asr #31
	mov.w	lr, #23040
	ssat	r0, #8, r0
	movt	r7, :upper16:.Lloom_demo_n7.bias
	strb	r0, [r2, #-2]
	asr.w	r0, r6, r3
	ssat	r1, #8, r1
	ldr	r6, [sp, #40]
	strb.w	r1, [r11, r9]
	ldr	r1, [sp, #56]
	add.w	r9, r9, #4
	adds	r1, #16
	ssat	r0, #8, r0
	cmp.w	r9, #48
	strb	r0, [r2, #-1]
	bne.w	.LBB0_22
	ldr	r1, [sp, #32]
	adds	r6, #96
	adds	r1, #1
	ldr	r0, [sp, #48]
	cmp	r1, #11
	add.w	r0, r0, #96
	add.w	r11, r11, #48
	bne.w	.LBB0_21
	movw	r0, #6867
	ldr	r1, [sp, #28]
	add	r0, r1
	str	r0, [sp, #48]
	movw	r1, #24000
	ldr	r0, [sp, #36]
	add	r1, r0
	str	r1, [sp, #44]
	movw	r1, #24048
	mov.w	r9, #0
	add	r1, r0
	str	r1, [sp, #40]
	movw	r1, #24096
	mov.w	lr, #8388736
	add	r1, r0
	str	r1, [sp, #32]
	movw	r1, #24144
	mov.w	r12, #0
	add	r1, r0
	str	r1, [sp, #28]
	movw	r1, #25152
	add	r1, r0
	str	r1, [sp, #24]
	movw	r1, #25200
	add	r1, r0
	str	r1, [sp, #20]
	movw	r1, #25248
	add	r1, r0
	str	r1, [sp, #16]
	movw	r1, #27600
	add	r1, r0
	str	r1, [sp, #56]
	movw	r1, #25296
	add	r1, r0
	str	r1, [sp, #12]
	movw	r1, #26304
	add	r1, r0
	str	r1, [sp, #8]
	movw	r1, #26352
	add	r1, r0
	str	r1, [sp, #4]
	movw	r1, #26448
	add	r1, r0
	str	r1, [sp]
	movw	r1, #26400
	add	r0, r1
	str	r0, [sp, #36]
.LBB0_25:
	ldr	r0, [sp, #44]
	movw	r5, :lower16:.Lloom_demo_n7.weights
	movt	r5, :upper16:.Lloom_demo_n7.weights
	add.w	r1, r7, r9
	ldr.w	r4, [r0, r12]
	ldr.w	r10, [r7, r9]
	ldr.w	r0, [r5, r12]
	ldr	r3, [r1, #8]
	sxtab16	r2, lr, r4
	ldr	r7, [r1, #4]
	sxtb16	r6, r0
	ldr	r1, [r1, #12]
	smlabb	r10, r2, r6, r10
	smlatt	r2, r2, r6, r3
	ldr	r3, [sp, #40]
	sxtab16	r8, lr, r4, ror #8
	add.w	r4, r5, r12
	ldr.w	r3, [r3, r12]
	sxtb16	r0, r0, ror #8
	ldr	r6, [r4, #48]
	smlabb	r7, r8, r0, r7
	smlatt	r8, r8, r0, r1
	sxtab16	r1, lr, r3
	sxtb16	r0, r6
	smlabb	r10, r1, r0, r10
	smlatt	r0, r1, r0, r2
	ldr	r1, [sp, #32]
	sxtab16	r3, lr, r3, ror #8
	ldr	r2, [r4, #96]
	ldr.w	r1, [r1, r12]
	sxtb16	r6, r6, ror #8
	smlabb	r7, r3, r6, r7
	smlatt	r8, r3, r6, r8
	sxtab16	r6, lr, r1
	sxtb16	r3, r2
	smlabb	r10, r6, r3, r10
	smlatt	r0, r6, r3, r0
	ldr	r3, [sp, #28]
	sxtab16	r1, lr, r1, ror #8
	ldr.w	r6, [r4, #144]
	ldr.w	r3, [r3, r12]
	sxtb16	r2, r2, ror #8
	smlabb	r7, r1, r2, r7
	smlatt	r8, r1, r2, r8
	sxtab16	r2, lr, r3
	sxtb16	r1, r6
	smlabb	r10, r2, r1, r10
	smlatt	r0, r2, r1, r0
	ldr	r1, [sp, #24]
	sxtab16	r3, lr, r3, ror #8
	ldr.w	r2, [r4, #240]
	ldr.w	r1, [r1, r12]
	sxtb16	r6, r6, ror #8
	smlabb	r7, r3, r6, r7
	smlatt	r8, r3, r6, r8
	sxtab16	r6, lr, r1
	sxtb16	r3, r2
	smlabb	r10, r6, r3, r10
	smlatt	r0, r6, r3, r0
	ldr	r3, [sp, #20]
	sxtab16	r1, lr, r1, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r3, [r3, r12]
	smlabb	r7, r1, r2, r7
	smlatt	r8, r1, r2, r8
	ldr.w	r2, [r4, #288]
	sxtab16	r6, lr, r3
	sxtb16	r1, r2
	smlabb	r10, r6, r1, r10
	smlatt	r0, r6, r1, r0
	ldr	r1, [sp, #16]
	sxtab16	r3, lr, r3, ror #8
	sxtb16	r2, r2, ror #8
	ldr.w	r1, [r1, r12]
	smlabb	r7, r3, r2, r7
	smlatt	r8, r3, r2, r8
	ldr.w	r3, [r4, #336]
	sxtab16	r6, lr, r1
	sxtb16	r2, r3
	smlabb	r10, r6, r2, r10
	smlatt	r0, r6, r2, r0
	ldr	r2, [sp, #12]
	sxtab16	r1, lr, r1, ror #8
	sxtb16	r3, r3, ror #8
	ldr.w	r2, [r2, r12]
	smlabb	r7, r1, r3, r7
	smlatt	r8, r1, r3, r8
	ldr.w	r3, [r4, #384]
	sxtab16	r6, lr, r2
	sxtb16	r1, r3
	smlabb	r10, r6, r1, r10
	smlatt	r0, r6, r1, r0
	ldr	r1, [sp, #8]
	sxtab16	r2, lr, r2, ror #8
	sxtb16	r3, r3, ror #8
	ldr.w	r1, [r1, r12]
	smlabb	r7, r2, r3, r7
	smlatt	r8, r2, r3, r8
	ldr.w	r3, [r4, #480]
	sxtab16	r6, lr, r1
	sxtb16	r2, r3
	smlabb	r10, r6, r2, r10
	smlatt	r0, r6, r2, r0
	ldr	r2, [sp, #4]
	sxtab16	r1, lr, r1, ror #8
	sxtb16	r3, r3, ror #8
	ldr.w	r2, [r2, r12]
	smlabb	r7, r1, r3, r7
	smlatt	r8, r1, r3, r8
	ldr.w	r3, [r4, #528]
	sxtab16	r6, lr, r2
	sxtb16	r1, r3
	smlabb	r10, r6, r1, r10
	smlatt	r0, r6, r1, r0
	ldr	r1, [sp, #36]
	sxtab16	r2, lr, r2, ror #8
	sxtb16	r3, r3, ror #8
	ldr.w	r1, [r1, r12]
	smlabb	r7, r2, r3, r7
	smlatt	r8, r2, r3, r8
	ldr.w	r3, [r4, #576]
	sxtab16	r6, lr, r1
	sxtb16	r2, r3
	smlabb	r10, r6, r2, r10
	sxtab16	r1, lr, r1, ror #8
	smlatt	r0, r6, r2, r0
	sxtb16	r3, r3, ror #8
	ldr	r2, [sp]
	smlabb	r7, r1, r3, r7
	smlatt	r8, r1, r3, r8
	ldr.w	r1, [r4, #624]
	ldr.w	r2, [r2, r12]
	sxtb16	r3, r1
	sxtb16	r11, r1, ror #8
	ldr	r1, [sp, #56]
	add	r1, r12
	sxtab16	r6, lr, r2
	smlabb	r10, r6, r3, r10
	smlatt	r0, r6, r3, r0
	ldr	r3, [r1, #-144]
	sxtab16	r2, lr, r2, ror #8
	ldr.w	r6, [r4, #720]
	smlabb	r7, r2, r11, r7
	smlatt	r8, r2, r11, r8
	movw	r11, :lower16:.Lloom_demo_n7.multiplier
	sxtab16	r2, lr, r3
	movt	r11, :upper16:.Lloom_demo_n7.multiplier
	sxtb16	r5, r6
	smlabb	r10, r2, r5, r10
	sxtab16	r3, lr, r3, ror #8
	smlatt	r0, r2, r5, r0
	sxtb16	r6, r6, ror #8
	ldr	r2, [r1, #-96]
	smlabb	r5, r3, r6, r7
	ldr	r1, [r1, #-48]
	smlatt	r8, r3, r6, r8
	ldr.w	r6, [r4, #768]
	sxtab16	r7, lr, r2
	sxtb16	r3, r6
	smlabb	r10, r7, r3, r10
	smlatt	r0, r7, r3, r0
	sxtab16	r2, lr, r2, ror #8
	sxtb16	r3, r6, ror #8
	smlabb	r5, r2, r3, r5
	smlatt	r2, r2, r3, r8
	ldr.w	r3, [r4, #816]
	sxtab16	r6, lr, r1
	sxtb16	r7, r3
	smlabb	r8, r6, r7, r10
	smlatt	r0, r6, r7, r0
	ldr	r6, [sp, #56]
	sxtab16	r1, lr, r1, ror #8
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r6, r12]
	smlabb	r5, r1, r3, r5
	smlatt	r1, r1, r3, r2
	ldr.w	r2, [r4, #864]
	sxtab16	r3, lr, r6
	sxtb16	r4, r2
	smlabb	r7, r3, r4, r8
	sxtab16	r6, lr, r6, ror #8
	smlatt	r0, r3, r4, r0
	sxtb16	r2, r2, ror #8
	movw	r3, :lower16:.Lloom_demo_n7.right_shift
	smlabb	r8, r6, r2, r5
	movw	r5, :lower16:.Lloom_demo_n7.requant_offset
	str	r0, [sp, #52]
	lsls	r0, r7, #1
	movt	r5, :upper16:.Lloom_demo_n7.requant_offset
	movt	r3, :upper16:.Lloom_demo_n7.right_shift
	ldr.w	r4, [r11, r9]
	smlatt	r10, r6, r2, r1
	ldr.w	r7, [r5, r9]
	@APP
	smmlar	r1, r0, r4, r7
	@NO_APP
	ldr.w	r2, [r3, r9]
	add.w	r0, r1, r0, asr #31
	asrs	r0, r2
	add.w	r2, r11, r9
	ldr.w	r11, [sp, #48]
	add.w	r6, r5, r9
	add.w	r4, r11, r12
	add.w	r1, r3, r9
	ssat	r0, #8, r0
	ldr	r7, [r2, #4]
	lsl.w	r5, r8, #1
	ldr	r3, [r6, #4]
	strb	r0, [r4, #-3]
	@APP
	smmlar	r0, r5, r7, r3
	@NO_APP
	add.w	r0, r0, r5, asr #31
	ldr	r3, [r1, #4]
	ldr	r5, [r2, #8]
	asrs	r0, r3
	ldr	r3, [r6, #8]
	ldr	r7, [sp, #52]
	lsls	r7, r7, #1
	@APP
	smmlar	r3, r7, r5, r3
	@NO_APP
	ldr	r2, [r2, #12]
	ldr	r5, [r6, #12]
	lsl.w	r6, r10, #1
	@APP
	smmlar	r2, r6, r2, r5
	@NO_APP
	ldr	r5, [r1, #12]
	add.w	r3, r3, r7, asr #31
	add.w	r2, r2, r6, asr #31
	ldr	r1, [r1, #8]
	asrs	r2, r5
	movw	r7, :lower16:.Lloom_demo_n7.bias
	ssat	r0, #8, r0
	movt	r7, :upper16:.Lloom_demo_n7.bias
	strb	r0, [r4, #-2]
	asr.w	r0, r3, r1
	ssat	r1, #8, r2
	add.w	r9, r9, #16
	strb.w	r1, [r11, r12]
	add.w	r12, r12, #4
	ssat	r0, #8, r0
	cmp.w	r12, #48
	strb	r0, [r4, #-1]
	bne.w	.LBB0_25
	add	sp, #60
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n7, .Lfunc_end0-loom_demo_n7
	.cantunwind
	.fnend

	.type	.Lloom_demo_n7.bias,%object
	.section	.rodata..Lloom_demo_n7.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.bias:
	.long	494
	.long	4294967099
	.long	241
	.long	1284
	.long	391
	.long	1929
	.long	4294966463
	.long	4294967153
	.long	4294965522
	.long	920
	.long	1616
	.long	4294965313
	.long	4294967263
	.long	4294966767
	.long	4294966792
	.long	4294966262
	.long	1379
	.long	1639
	.long	4294966478
	.long	4294966251
	.long	4294965673
	.long	4294965533
	.long	1346
	.long	4294967061
	.long	130
	.long	4294967280
	.long	1051
	.long	4294965360
	.long	4294967034
	.long	4294965422
	.long	4294965651
	.long	779
	.long	1886
	.long	1596
	.long	121
	.long	800
	.long	4294965433
	.long	4294967064
	.long	1748
	.long	1245
	.long	4294965941
	.long	4294966450
	.long	4294965949
	.long	4294965740
	.long	4294966085
	.long	878
	.long	4294967000
	.long	1429
	.size	.Lloom_demo_n7.bias, 192

	.type	.Lloom_demo_n7.weights,%object
	.section	.rodata..Lloom_demo_n7.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.weights:
	.ascii	"\375\210\242\217\005\361sah\023.\251q0\024\025\201Eh\n\266\022\204&\353\252\\\203\327$\322\306\323\357\363\266@\036\036\335\267\211\330~\376\035:-j\353\032\221\334pzq\251\322`\f\341\257r\215\254\225\3424\221Yf\364\242?\025\004\271Ise+\264\365\235\210_\235\353#\312\366\360=y\"|\214\277\211\356\307\347\021)\260_\371\265;f\352n\233\r\367\323*lx\026liH\374E\301&\207\320\351\301\352\0354\337\263\373:\036\354\225\300\300\237\237\005\266&j\2111v\345\374`\201\265Y-VG\372\337\236\3268\333\310\346\341\242\236\366/o\030\036\2023\331\336Q\177\032H\341\016\206\346\006\374m\374iu\177x\331P\002d\215ovdm\210\001\022]\027\223\227\232'q\007\0363\377\374}&3@{\323\2317\r\216\347\001\314:\3348C\216\b\325\366\223\001l\342>J;\341{+j\333V\366\332n\376W\215\304B\"\005e\000\002\177\245\007Bx\224\233\273Y\324\230/^\246\025o\230{\252U\376\002@\311\360\236]\005D\225\321\332z=\017\304\bc(\261\033\333\330\035\331\266\276\227\3233M\233\211>\031\366\363\022Di\274\2465\220Y\212yU!\2251\331\203\304\256\227\003\202o\366K\220\n\300\241\374\022\371\2327\013\"\260\361o\310\272\376\016\372_f#\2402iA{`\325\reR\3171\272\311V\260\030fcr6\231\221\241G\214\3565\342\034Z\274\226*l\035W\223\205]Q\034i\3555lZ]\345\314\021\353c\033hcc\351\274\346\234\307U\347<\310\021\201A\036\373\377\276\365,\022R\334Fx\037|\371z\216\355\330\344\351\315\016\334 \307F)~EZ\342[\021T\214\t\201\b\000\025\253\246\033\215\356\364\026\345\313]u[\234\252A\257\220\340\222\025A|V\266\220\013>W\300\205\3528\312@:\343\344'\322\330\242`)e\377bFM,'\232\271m\2718\352\204\216\241\247\354(2.~[5\231z\373F\336\206\250\300\313 \341{|\265l1\205\365\301\372U\344\354\022\377l-WH[\335P\272\217\317\f+\372\202:\372\202\315\177\335\377\213\313\310\270HZ\247)\352?\275xR0\245\305\374\017\232\222\304V\336$R:\257\031\330M\255xo\321\221j\217\350\201\036mbQ\232\206\t\",\370\306\316\253\006=\346\275\026\363F\222t\361\307'\271 \326T \363v\373\206\365\256\310\311\225\346\350\215;\313n\212\023\001\361\226\376W\205\267}H\346\354\005\240\0329\373\267~\253\275ym\355\212\2128\202\264\215\275\337\301\301N%\032\270\301\275\222\317\377(\372\235\025\b\316\037K'\367.X\n\223z\367\360\335F\006\260 \237\307\214\306\013t\214\244Q5N\n\335?I\266\317\226h\241\013\363\240x\215\316\251\032\371\237k\367\265\004\257\002\3229%\304\201\266n\352\245l\306\031z^\232\304\264'-\202\367s\310\352\030t\2324\304l-\001w;\023\201z\206\260\306\267\205;z\267\001S\0052\263\301:N\374\321\371K\311+\\\263\352\277\242\205\254\344\271i\235\212\305\254\352,\324\214\205\336;\001\233X\311/\377\017\b\241R\324\341B\202\302X\032\347\321\271[)\372!\320c\222\365u\r\035\254\317\206\002\034\314Pd}$O<\353V8\177\006\365\260\315\312\236;7\237)\032\376\001\001\250r\235\366\212\267\323dp\246\233\024\033R\221\265;\210D\0237\027\201\227\005I\360!\347\220V\265\230\273\250\316y\316g\235m\314yH\313\355\355\277\261\313\205\023\002i\2475\273\252\267\036\376\301\255w\177R\357\025I+{\003\241\377[MppW\320\213\f\020\033l\006a\260<ES\334\301\270\004\246\206\265\367\210\207\321#\367m\023\fQ(e\225JA/k\333\331\246\2667<\220-`\025\207\031\021\370\207w\222.z|p\244\007\220'\203v\244FW_\037\313\321\b\233\341w\347w\205T\247\307\354y\356\033\252Z\354yMp\000Xf\371\343\322\221\334O,\356Z\271\266O3\rD\321\343\346\365\033\372\377\330Fl\226\251\004G>l\264\210\257\230\214/\t\261f0\350+\241\237\371!\\\2032A\210s\236\377Q\\\327\351N>'y\306b\247\017\213\243\026\335\232\220\323\026L\214!\235G|\260U\243(\002\233T\360\025\215c\r\226\361rAd\202\265\346*uPt\375\f\356"
	.size	.Lloom_demo_n7.weights, 1200

	.type	.Lloom_demo_n7.multiplier,%object
	.section	.rodata..Lloom_demo_n7.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.multiplier:
	.long	1317613184
	.long	1674719872
	.long	1867768320
	.long	2067723776
	.long	1632048384
	.long	1226171392
	.long	2132606464
	.long	1770840576
	.long	1530546176
	.long	2139881216
	.long	2001633920
	.long	1733161088
	.long	1194671104
	.long	1101439744
	.long	1114553088
	.long	2067967488
	.long	1097300480
	.long	1114293760
	.long	1688047104
	.long	1793354880
	.long	1989380864
	.long	1798950016
	.long	1152980992
	.long	2121649408
	.long	1671127424
	.long	1318612096
	.long	1692270080
	.long	1333648512
	.long	1975066752
	.long	1077467904
	.long	1684901504
	.long	2064654336
	.long	1176384896
	.long	1088629504
	.long	1769780992
	.long	2026111104
	.long	1778106496
	.long	2011242752
	.long	2036833920
	.long	1811240576
	.long	2055469440
	.long	1649237632
	.long	1824197632
	.long	2002600960
	.long	2010001152
	.long	1715453440
	.long	1390415488
	.long	1142061440
	.size	.Lloom_demo_n7.multiplier, 192

	.type	.Lloom_demo_n7.requant_offset,%object
	.section	.rodata..Lloom_demo_n7.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.requant_offset:
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.size	.Lloom_demo_n7.requant_offset, 192

	.type	.Lloom_demo_n7.right_shift,%object
	.section	.rodata..Lloom_demo_n7.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.right_shift:
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	7
	.long	9
	.long	8
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	9
	.long	8
	.long	8
	.long	7
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	9
	.long	8
	.long	8
	.long	9
	.long	8
	.long	9
	.long	9
	.long	8
	.long	8
	.size	.Lloom_demo_n7.right_shift, 192

	.section	".note.GNU-stack","",%progbits

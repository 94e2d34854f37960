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
	.file	"loom_demo_n16"
	.section	.text.loom_demo_n16,"ax",%progbits
	.globl	loom_demo_n16
	.p2align	1
	.type	loom_demo_n16,%function
	.code	16
	.thumb_func
loom_demo_n16:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #28
	movw	lr, #65152
	movw	r12, :lower16:.Lloom_demo_n16.weights
	movt	lr, #65535
	mov.w	r10, #0
	movt	r12, :upper16:.Lloom_demo_n16.weights
	str	r1, [sp, #8]
	adds	r1, #1
	str	r1, [sp, #24]
	str	r0, [sp, #16]
.LBB0_1:
	movw	r2, :lower16:.Lloom_demo_n16.bias
	add.w	r11, r12, r10
	movt	r2, :upper16:.Lloom_demo_n16.bias
	ldr.w	r5, [r0, r10]
	add	r2, lr
	mov.w	r1, #8388736
	ldr.w	r6, [r11, #384]
	add.w	r7, r0, r10
	ldr.w	r8, [r2, #384]
	sxtab16	r3, r1, r5
	sxtb16	r12, r6
	ldrd	r4, r9, [r2, #388]
	smlabb	r8, r3, r12, r8
	ldr.w	r2, [r2, #396]
	sxtab16	r5, r1, r5, ror #8
	smlatt	r12, r3, r12, r9
	sxtb16	r6, r6, ror #8
	ldr	r3, [r7, #96]
	smlabb	r0, r5, r6, r4
	ldr.w	r4, [r11, #480]
	smlatt	r2, r5, r6, r2
	sxtab16	r5, r1, r3
	sxtb16	r6, r4
	smlabb	r8, r5, r6, r8
	smlatt	r12, r5, r6, r12
	ldr.w	r5, [r7, #1152]
	sxtab16	r3, r1, r3, ror #8
	ldr.w	r6, [r11, #672]
	sxtb16	r4, r4, ror #8
	ldr.w	r7, [r7, #1248]
	smlabb	r9, r3, r4, r0
	smlatt	r2, r3, r4, r2
	sxtab16	r3, r1, r5
	sxtb16	r4, r6
	sxtab16	r5, r1, r5, ror #8
	smlabb	r0, r3, r4, r8
	sxtb16	r6, r6, ror #8
	smlabb	r8, r5, r6, r9
	smlatt	r9, r3, r4, r12
	ldr.w	r4, [r11, #768]
	smlatt	r12, r5, r6, r2
	sxtab16	r6, r1, r7
	sxtb16	r5, r4
	smlabb	r3, r6, r5, r0
	movw	r0, :lower16:.Lloom_demo_n16.multiplier
	sxtab16	r2, r1, r7, ror #8
	movw	r1, :lower16:.Lloom_demo_n16.requant_offset
	movt	r0, :upper16:.Lloom_demo_n16.multiplier
	movt	r1, :upper16:.Lloom_demo_n16.requant_offset
	add	r0, lr
	add.w	r7, r1, lr
	movw	r1, :lower16:.Lloom_demo_n16.right_shift
	smlatt	r9, r6, r5, r9
	lsls	r5, r3, #1
	ldr.w	r3, [r0, #384]
	ldr.w	r6, [r7, #384]
	movt	r1, :upper16:.Lloom_demo_n16.right_shift
	@APP
	smmlar	r6, r5, r3, r6
	@NO_APP
	add.w	r3, r1, lr
	sxtb16	r4, r4, ror #8
	add.w	r5, r6, r5, asr #31
	ldr.w	r6, [r3, #384]
	ldr	r1, [sp, #24]
	asrs	r5, r6
	smlabb	r6, r2, r4, r8
	add.w	r8, r1, r10
	smlatt	r12, r2, r4, r12
	ssat	r2, #8, r5
	ldr.w	r4, [r0, #388]
	lsls	r6, r6, #1
	ldr.w	r5, [r7, #388]
	strb	r2, [r8, #-1]
	@APP
	smmlar	r2, r6, r4, r5
	@NO_APP
	add.w	r2, r2, r6, asr #31
	ldr.w	r4, [r3, #388]
	asr.w	r11, r2, r4
	ldr.w	r4, [r7, #392]
	lsl.w	r6, r9, #1
	ldr.w	r5, [r0, #392]
	@APP
	smmlar	r4, r6, r5, r4
	@NO_APP
	ldr.w	r2, [r0, #396]
	add.w	r4, r4, r6, asr #31
	ldr.w	r7, [r7, #396]
	lsl.w	r6, r12, #1
	ldr.w	r5, [r3, #392]
	asr.w	r5, r4, r5
	@APP
	smmlar	r2, r6, r2, r7
	@NO_APP
	add.w	r7, r2, r6, asr #31
	ldr.w	r3, [r3, #396]
	ssat	r2, #8, r11
	movw	r12, :lower16:.Lloom_demo_n16.weights
	asr.w	r3, r7, r3
	strb.w	r2, [r1, r10]
	ssat	r2, #8, r5
	add.w	r10, r10, #4
	strb.w	r2, [r8, #1]
	movt	r12, :upper16:.Lloom_demo_n16.weights
	ssat	r2, #8, r3
	ldr	r0, [sp, #16]
	strb.w	r2, [r8, #2]
	movw	r2, :lower16:.Lloom_demo_n16.bias
	cmp.w	r10, #96
	movt	r2, :upper16:.Lloom_demo_n16.bias
	add.w	lr, lr, #16
	bne.w	.LBB0_1
	movs	r1, #1
	mov.w	r8, #8388736
	mov	r3, r0
	ldr.w	r9, [sp, #8]
.LBB0_3:
	movw	r10, #65152
	str	r1, [sp, #4]
	movs	r1, #0
	movt	r10, #65535
	str	r3, [sp, #20]
	str.w	r9, [sp, #12]
.LBB0_4:
	str	r1, [sp, #24]
	add.w	r0, r2, r10
	ldr	r1, [sp, #24]
	mov.w	r9, #8388736
	add	r1, r3
	ldr	r3, [sp, #24]
	add.w	r7, r12, r3
	ldr.w	r2, [r0, #384]
	ldr	r4, [r1, #96]
	ldr.w	r6, [r1, #192]
	ldrd	r11, r5, [r0, #388]
	sxtab16	r12, r8, r4
	ldr.w	r8, [r7, #288]
	sxtb16	lr, r8
	ldr.w	r0, [r0, #396]
	smlabb	r2, r12, lr, r2
	sxtab16	r4, r9, r4, ror #8
	smlatt	lr, r12, lr, r5
	sxtb16	r3, r8, ror #8
	ldr.w	r5, [r7, #384]
	smlabb	r12, r4, r3, r11
	smlatt	r8, r4, r3, r0
	sxtab16	r3, r9, r6
	sxtb16	r4, r5
	smlabb	r11, r3, r4, r2
	ldr.w	r2, [r7, #480]
	smlatt	r3, r3, r4, lr
	ldr.w	r4, [r1, #288]
	sxtab16	r6, r9, r6, ror #8
	sxtb16	r5, r5, ror #8
	smlabb	r0, r6, r5, r12
	smlatt	lr, r6, r5, r8
	sxtab16	r6, r9, r4
	sxtb16	r5, r2
	smlabb	r12, r6, r5, r11
	smlatt	r8, r6, r5, r3
	ldr.w	r5, [r1, #1248]
	sxtab16	r4, r9, r4, ror #8
	ldr.w	r6, [r7, #576]
	sxtb16	r2, r2, ror #8
	smlabb	r0, r4, r2, r0
	smlatt	r2, r4, r2, lr
	sxtab16	r4, r9, r5, ror #8
	sxtb16	r3, r6, ror #8
	smlabb	lr, r4, r3, r0
	ldr.w	r0, [r1, #1344]
	sxtab16	r5, r9, r5
	smlatt	r11, r4, r3, r2
	sxtb16	r6, r6
	ldr.w	r1, [r1, #1440]
	smlatt	r3, r5, r6, r8
	mov.w	r8, #8388736
	smlabb	r6, r5, r6, r12
	ldr.w	r5, [r7, #672]
	sxtab16	r4, r9, r0, ror #8
	ldr.w	r7, [r7, #768]
	sxtb16	r2, r5, ror #8
	ldr.w	r9, [sp, #12]
	sxtab16	r0, r8, r0
	smlatt	r11, r4, r2, r11
	sxtb16	r5, r5
	smlabb	r2, r4, r2, lr
	smlatt	r3, r0, r5, r3
	smlabb	r0, r0, r5, r6
	sxtab16	r6, r8, r1
	sxtb16	r5, r7
	smlatt	r12, r6, r5, r3
	movw	r3, :lower16:.Lloom_demo_n16.requant_offset
	smlabb	r6, r6, r5, r0
	movw	r0, :lower16:.Lloom_demo_n16.multiplier
	movt	r0, :upper16:.Lloom_demo_n16.multiplier
	movt	r3, :upper16:.Lloom_demo_n16.requant_offset
	add	r0, r10
	add.w	r5, r3, r10
	lsls	r6, r6, #1
	ldr.w	r4, [r0, #384]
	ldr.w	r3, [r5, #384]
	@APP
	smmlar	r3, r6, r4, r3
	@NO_APP
	movw	r4, :lower16:.Lloom_demo_n16.right_shift
	movt	r4, :upper16:.Lloom_demo_n16.right_shift
	add.w	r3, r3, r6, asr #31
	sxtab16	r1, r8, r1, ror #8
	add	r4, r10
	sxtb16	r7, r7, ror #8
	add.w	r10, r10, #16
	smlatt	lr, r1, r7, r11
	ldr.w	r6, [r4, #384]
	smlabb	r1, r1, r7, r2
	asrs	r3, r6
	ldr.w	r2, [r0, #388]
	ldr	r6, [sp, #24]
	lsls	r1, r1, #1
	add.w	r7, r9, r6
	ldr.w	r6, [r5, #388]
	@APP
	smmlar	r2, r1, r2, r6
	@NO_APP
	add.w	r1, r2, r1, asr #31
	ldr.w	r2, [r4, #388]
	ssat	r3, #8, r3
	asrs	r1, r2
	ldr.w	r2, [r5, #392]
	lsl.w	r6, r12, #1
	strb.w	r3, [r7, #96]
	ldr.w	r3, [r0, #392]
	@APP
	smmlar	r2, r6, r3, r2
	@NO_APP
	add.w	r2, r2, r6, asr #31
	ldr.w	r6, [r4, #392]
	ldr.w	r0, [r0, #396]
	ldr.w	r3, [r5, #396]
	lsl.w	r5, lr, #1
	@APP
	smmlar	r0, r5, r0, r3
	@NO_APP
	asrs	r2, r6
	ldr.w	r3, [r4, #396]
	ssat	r1, #8, r1
	movw	r12, :lower16:.Lloom_demo_n16.weights
	add.w	r0, r0, r5, asr #31
	strb.w	r1, [r7, #97]
	ssat	r1, #8, r2
	movw	r2, :lower16:.Lloom_demo_n16.bias
	asrs	r0, r3
	strb.w	r1, [r7, #98]
	ldr	r1, [sp, #24]
	movt	r12, :upper16:.Lloom_demo_n16.weights
	adds	r1, #4
	ldr	r3, [sp, #20]
	movt	r2, :upper16:.Lloom_demo_n16.bias
	cmp	r1, #96
	ssat	r0, #8, r0
	strb.w	r0, [r7, #99]
	bne.w	.LBB0_4
	ldr	r1, [sp, #4]
	add.w	r9, r9, #96
	adds	r1, #1
	adds	r3, #192
	cmp	r1, #6
	bne.w	.LBB0_3
	ldr	r0, [sp, #8]
	movs	r1, #1
	mov.w	r10, #8388736
	ldr	r6, [sp, #16]
	add.w	r0, r0, #672
	str	r0, [sp, #4]
.LBB0_7:
	movw	r7, #65152
	mov.w	r8, #0
	movt	r7, #65535
	str	r1, [sp]
	str	r6, [sp, #16]
.LBB0_8:
	ldr	r1, [sp, #16]
	adds	r0, r2, r7
	add.w	r4, r1, r8
	movw	r1, :lower16:.Lloom_demo_n16.weights
	movt	r1, :upper16:.Lloom_demo_n16.weights
	ldr.w	lr, [r0, #384]
	add	r1, r8
	ldr.w	r5, [r4, #1152]
	ldrd	r12, r9, [r0, #388]
	ldr	r3, [r1, #96]
	ldr.w	r11, [r0, #396]
	sxtab16	r2, r10, r5
	ldr.w	r0, [r1, #192]
	sxtb16	r6, r3
	smlabb	lr, r2, r6, lr
	smlatt	r9, r2, r6, r9
	ldr.w	r6, [r4, #1248]
	sxtab16	r5, r10, r5, ror #8
	sxtb16	r3, r3, ror #8
	smlabb	r2, r5, r3, r12
	smlatt	r12, r5, r3, r11
	sxtab16	r5, r10, r6
	sxtb16	r3, r0
	smlabb	lr, r5, r3, lr
	sxtab16	r6, r10, r6, ror #8
	smlatt	r3, r5, r3, r9
	sxtb16	r0, r0, ror #8
	ldr.w	r5, [r4, #2304]
	smlabb	r11, r6, r0, r2
	ldr.w	r2, [r1, #384]
	smlatt	r12, r6, r0, r12
	sxtab16	r6, r10, r5
	sxtb16	r0, r2
	sxtab16	r5, r10, r5, ror #8
	smlabb	lr, r6, r0, lr
	sxtb16	r2, r2, ror #8
	smlabb	r9, r5, r2, r11
	smlatt	r11, r6, r0, r3
	ldr.w	r3, [r4, #2400]
	ldr.w	r6, [r1, #480]
	smlatt	r2, r5, r2, r12
	sxtab16	r5, r10, r3
	sxtb16	r0, r6
	sxtab16	r3, r10, r3, ror #8
	smlabb	r12, r5, r0, lr
	sxtb16	r6, r6, ror #8
	smlabb	lr, r3, r6, r9
	smlatt	r9, r5, r0, r11
	ldr.w	r5, [r4, #3456]
	smlatt	r2, r3, r6, r2
	ldr.w	r3, [r1, #672]
	sxtab16	r6, r10, r5
	sxtb16	r0, r3
	smlabb	r12, r6, r0, r12
	smlatt	r11, r6, r0, r9
	ldr.w	r0, [r4, #3552]
	sxtab16	r5, r10, r5, ror #8
	sxtb16	r3, r3, ror #8
	smlabb	lr, r5, r3, lr
	smlatt	r9, r5, r3, r2
	ldr.w	r3, [r1, #768]
	sxtab16	r4, r10, r0
	movw	r1, :lower16:.Lloom_demo_n16.requant_offset
	sxtab16	r2, r10, r0, ror #8
	movw	r0, :lower16:.Lloom_demo_n16.multiplier
	sxtb16	r5, r3
	movt	r0, :upper16:.Lloom_demo_n16.multiplier
	movt	r1, :upper16:.Lloom_demo_n16.requant_offset
	smlabb	r6, r4, r5, r12
	add	r0, r7
	add	r1, r7
	smlatt	r12, r4, r5, r11
	lsls	r5, r6, #1
	ldr.w	r4, [r0, #384]
	ldr.w	r6, [r1, #384]
	@APP
	smmlar	r6, r5, r4, r6
	@NO_APP
	movw	r4, :lower16:.Lloom_demo_n16.right_shift
	movt	r4, :upper16:.Lloom_demo_n16.right_shift
	add.w	r5, r6, r5, asr #31
	add	r4, r7
	adds	r7, #16
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r4, #384]
	smlatt	r9, r2, r3, r9
	asrs	r5, r6
	smlabb	r2, r2, r3, lr
	ldr	r3, [sp, #8]
	ldr.w	lr, [r0, #388]
	ssat	r6, #8, r5
	add.w	r5, r3, r8
	ldr.w	r3, [r1, #388]
	lsls	r2, r2, #1
	@APP
	smmlar	r3, r2, lr, r3
	@NO_APP
	strb.w	r6, [r5, #576]
	add.w	r2, r3, r2, asr #31
	ldr.w	r3, [r4, #388]
	ldr.w	r6, [r0, #392]
	asr.w	lr, r2, r3
	ldr.w	r3, [r1, #392]
	lsl.w	r2, r12, #1
	@APP
	smmlar	r3, r2, r6, r3
	@NO_APP
	ldr.w	r0, [r0, #396]
	lsl.w	r6, r9, #1
	ldr.w	r1, [r1, #396]
	add.w	r2, r3, r2, asr #31
	ldr.w	r3, [r4, #392]
	@APP
	smmlar	r0, r6, r0, r1
	@NO_APP
	asrs	r2, r3
	add.w	r0, r0, r6, asr #31
	ldr.w	r1, [r4, #396]
	asrs	r0, r1
	add.w	r8, r8, #4
	ssat	r1, #8, r2
	movw	r2, :lower16:.Lloom_demo_n16.bias
	ldr	r6, [sp, #16]
	movt	r2, :upper16:.Lloom_demo_n16.bias
	ssat	r3, #8, lr
	cmp.w	r8, #96
	ssat	r0, #8, r0
	strb.w	r3, [r5, #577]
	strb.w	r1, [r5, #578]
	strb.w	r0, [r5, #579]
	bne.w	.LBB0_8
	movs	r0, #1
	ldr.w	r11, [sp, #4]
.LBB0_10:
	movw	r12, #65152
	mov.w	r8, #0
	movt	r12, #65535
	str	r0, [sp, #12]
	strd	r6, r11, [sp, #20]
.LBB0_11:
	add.w	r9, r6, r8
	movw	r7, :lower16:.Lloom_demo_n16.weights
	movt	r7, :upper16:.Lloom_demo_n16.weights
	add.w	r0, r2, r12
	ldr.w	r4, [r9, #1248]
	add.w	lr, r7, r8
	ldr.w	r6, [r7, r8]
	ldr.w	r5, [r0, #392]
	ldrd	r1, r2, [r0, #384]
	sxtab16	r3, r10, r4
	ldr.w	r0, [r0, #396]
	sxtb16	r11, r6
	smlabb	r1, r3, r11, r1
	sxtab16	r4, r10, r4, ror #8
	smlatt	r3, r3, r11, r5
	sxtb16	r6, r6, ror #8
	ldr.w	r5, [r9, #1344]
	smlabb	r2, r4, r6, r2
	smlatt	r0, r4, r6, r0
	ldr.w	r6, [lr, #96]
	sxtab16	r4, r10, r5
	sxtb16	r7, r6
	smlabb	r1, r4, r7, r1
	smlatt	r3, r4, r7, r3
	ldr.w	r4, [r9, #1440]
	sxtab16	r5, r10, r5, ror #8
	ldr.w	r7, [lr, #192]
	sxtb16	r6, r6, ror #8
	smlabb	r2, r5, r6, r2
	smlatt	r0, r5, r6, r0
	sxtab16	r5, r10, r4
	sxtb16	r6, r7
	smlabb	r1, r5, r6, r1
	smlatt	r3, r5, r6, r3
	ldr.w	r5, [r9, #2400]
	sxtab16	r4, r10, r4, ror #8
	ldr.w	r6, [lr, #288]
	sxtb16	r7, r7, ror #8
	smlabb	r2, r4, r7, r2
	smlatt	r0, r4, r7, r0
	sxtab16	r4, r10, r5
	sxtb16	r7, r6
	smlabb	r1, r4, r7, r1
	smlatt	r3, r4, r7, r3
	ldr.w	r4, [r9, #2496]
	sxtab16	r5, r10, r5, ror #8
	ldr.w	r7, [lr, #384]
	sxtb16	r6, r6, ror #8
	smlabb	r2, r5, r6, r2
	smlatt	r0, r5, r6, r0
	sxtab16	r5, r10, r4
	sxtb16	r6, r7
	smlabb	r1, r5, r6, r1
	sxtab16	r4, r10, r4, ror #8
	smlatt	r3, r5, r6, r3
	sxtb16	r7, r7, ror #8
	ldr.w	r5, [r9, #2592]
	smlabb	r2, r4, r7, r2
	smlatt	r0, r4, r7, r0
	ldr.w	r4, [lr, #480]
	sxtab16	r6, r10, r5
	sxtb16	r7, r4
	smlabb	r1, r6, r7, r1
	sxtab16	r5, r10, r5, ror #8
	smlatt	r3, r6, r7, r3
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r9, #3552]
	smlabb	r2, r5, r4, r2
	smlatt	r0, r5, r4, r0
	ldr.w	r4, [lr, #576]
	sxtab16	r5, r10, r6
	sxtb16	r7, r4
	smlabb	r1, r5, r7, r1
	sxtab16	r6, r10, r6, ror #8
	smlatt	r3, r5, r7, r3
	sxtb16	r4, r4, ror #8
	ldr.w	r5, [r9, #3648]
	smlabb	r2, r6, r4, r2
	smlatt	r0, r6, r4, r0
	ldr.w	r4, [lr, #672]
	sxtab16	r6, r10, r5
	sxtb16	r7, r4
	smlabb	r1, r6, r7, r1
	sxtab16	r5, r10, r5, ror #8
	smlatt	r3, r6, r7, r3
	sxtb16	r4, r4, ror #8
	ldr.w	r6, [r9, #3744]
	smlatt	r9, r5, r4, r0
	ldr.w	r0, [lr, #768]
	smlabb	r11, r5, r4, r2
	sxtab16	r7, r10, r6
	sxtb16	r5, r0
	smlabb	r2, r7, r5, r1
	movw	r1, :lower16:.Lloom_demo_n16.requant_offset
	sxtb16	r4, r0, ror #8
	movw	r0, :lower16:.Lloom_demo_n16.multiplier
	movt	r1, :upper16:.Lloom_demo_n16.requant_offset
	smlatt	lr, r7, r5, r3
	movt	r0, :upper16:.Lloom_demo_n16.multiplier
	add.w	r5, r1, r12
	movw	r1, :lower16:.Lloom_demo_n16.right_shift
	add	r0, r12
	movt	r1, :upper16:.Lloom_demo_n16.right_shift
	lsls	r2, r2, #1
	add	r1, r12
	ldr.w	r3, [r5, #384]
	ldr.w	r7, [r0, #384]
	@APP
	smmlar	r3, r2, r7, r3
	@NO_APP
	add.w	r3, r3, r2, asr #31
	ldr.w	r2, [r1, #384]
	sxtab16	r6, r10, r6, ror #8
	add.w	r12, r12, #16
	asr.w	r2, r3, r2
	smlabb	r7, r6, r4, r11
	ldr.w	r11, [sp, #24]
	ldr.w	r3, [r0, #388]
	ssat	r2, #8, r2
	smlatt	r9, r6, r4, r9
	strb.w	r2, [r11, r8]
	lsls	r2, r7, #1
	ldr.w	r6, [r5, #388]
	@APP
	smmlar	r3, r2, r3, r6
	@NO_APP
	add.w	r2, r3, r2, asr #31
	ldr.w	r3, [r1, #388]
	lsl.w	r4, lr, #1
	ldr.w	r7, [r0, #392]
	ldr.w	r6, [r5, #392]
	asrs	r2, r3
	@APP
	smmlar	r3, r4, r7, r6
	@NO_APP
	ldr.w	r7, [r1, #392]
	add.w	r3, r3, r4, asr #31
	ldr.w	r0, [r0, #396]
	lsl.w	r6, r9, #1
	ldr.w	r1, [r1, #396]
	asrs	r3, r7
	ldr.w	r7, [r5, #396]
	@APP
	smmlar	r0, r6, r0, r7
	@NO_APP
	add.w	r7, r11, r8
	add.w	r0, r0, r6, asr #31
	add.w	r8, r8, #4
	ssat	r2, #8, r2
	ldr	r6, [sp, #20]
	asrs	r0, r1
	strb	r2, [r7, #1]
	movw	r2, :lower16:.Lloom_demo_n16.bias
	cmp.w	r8, #96
	movt	r2, :upper16:.Lloom_demo_n16.bias
	ssat	r1, #8, r3
	ssat	r0, #8, r0
	strb	r1, [r7, #2]
	strb	r0, [r7, #3]
	bne.w	.LBB0_11
	ldr	r0, [sp, #12]
	adds	r6, #192
	adds	r0, #1
	add.w	r11, r11, #96
	cmp	r0, #6
	bne.w	.LBB0_10
	ldr	r1, [sp]
	ldr	r0, [sp, #8]
	adds	r1, #1
	add.w	r0, r0, #576
	ldr	r6, [sp, #16]
	str	r0, [sp, #8]
	cmp	r1, #6
	add.w	r6, r6, #2304
	ldr	r0, [sp, #4]
	add.w	r0, r0, #576
	str	r0, [sp, #4]
	bne.w	.LBB0_7
	add	sp, #28
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n16, .Lfunc_end0-loom_demo_n16
	.cantunwind
	.fnend

	.type	.Lloom_demo_n16.bias,%object
	.section	.rodata..Lloom_demo_n16.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.bias:
	.long	4294967211
	.long	1409
	.long	603
	.long	4294965769
	.long	1029
	.long	4294966268
	.long	4294966439
	.long	824
	.long	4294965459
	.long	761
	.long	631
	.long	4294967007
	.long	900
	.long	1310
	.long	317
	.long	58
	.long	4294966113
	.long	4294967137
	.long	4294966300
	.long	1492
	.long	4294967216
	.long	520
	.long	146
	.long	703
	.long	1990
	.long	1057
	.long	4294967220
	.long	467
	.long	4294966092
	.long	4294966728
	.long	4294965675
	.long	4294966029
	.long	4294966839
	.long	1833
	.long	4294966447
	.long	1416
	.long	511
	.long	4294965954
	.long	4294966859
	.long	4294966093
	.long	4294966151
	.long	1204
	.long	4294965881
	.long	1908
	.long	4294966364
	.long	4294965348
	.long	4294967093
	.long	346
	.long	643
	.long	4294966286
	.long	1603
	.long	44
	.long	281
	.long	1820
	.long	1973
	.long	1313
	.long	991
	.long	1984
	.long	1007
	.long	523
	.long	1157
	.long	4294966820
	.long	4294966325
	.long	1696
	.long	4294965949
	.long	4294965712
	.long	1839
	.long	4294965706
	.long	1051
	.long	989
	.long	4294965875
	.long	4294967173
	.long	1611
	.long	478
	.long	4294966904
	.long	4294966829
	.long	4294965432
	.long	4294965517
	.long	906
	.long	818
	.long	4294966639
	.long	4294965531
	.long	4294966326
	.long	325
	.long	1318
	.long	4294966899
	.long	4294966210
	.long	4294965330
	.long	777
	.long	4294965604
	.long	4294966501
	.long	4294965300
	.long	611
	.long	4294965356
	.long	1618
	.long	4294965495
	.size	.Lloom_demo_n16.bias, 384

	.type	.Lloom_demo_n16.weights,%object
	.section	.rodata..Lloom_demo_n16.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.weights:
	.ascii	"\204\0323\327yv\334\3676 E\312(5\312K]\312\244)_b\001\225\252\030\336B\rz\002+\364;th4\302\314\255\240\027\320\2703\222~9\016X\374~\236\342\277\303\305\340=\203Uh\020U\bY1G\303\373)\324e\306-a\317Z\244\244\257M$\326\3355r\332<\371[\023\211FK\246\312E\026W7,\027`\232\344\016\324\342.7\214\206c\005\177\374*\266\350\207\275\221\227I3\320\363\r\f[\246\205o\026\272\244ALT\004\336\373\177\030\277F\227\017\330;]\372P\030\351\220\265tub,\306\351(\202\217X^\002\300\256eM\312\233\315\034\231\306\035jIi\206Nxv\344\266\207yQ\207\304\315Us4o\023\353*A\224\312p]F\344\213\224i\255\350G]\317!\313\034\\\231\327r\234\0308\t\300\232R\352\0266\377\264#\006^\301\225p\355\225\315K*\022\177\3472\310\262\324\357\355^\017\356Le%[\231\235+\n\215\245\350\223\325\3447&g\365\333\271`\034\243'\370I\3676\027\225\351\204\035I \002\\\"\255spx\315\276\340\377\253j[\312\347\307V\263\351l\007\274\362\367\243\006\tw\313\266\206\263\320\030\206;\002\272\f\264\2515\363k\213\260\377\332[\307\241\034^\246\217\260\002[h\224\245\351c5c\207\274}\301\207\312\262\007]\0067\357P\235\257\375\372;j\231\003\363\363\220+\251\363\221\345v\342\251\202\\\317\263\332p-\326J\322\235s3\344\000P\275\303\253N\005z\036\333\364q?ZP\3463\177\320j\026\t|lo\351CV\2574\321\342#\230B\351\342)6\253XG[a\362,\023\304\027\332[\240\345\025Q\333\261\216\300k\317%\363{W\346\215P\255\237#N\003\223\n\027\003\356d pc\3172\352\300\210]\226\037\326\032\321qi<\234\016\266\214\364 \007*\261\210p\325\264\030QL\035\224\007XA\251\352\221\316\273\216~\3442P\017\332\007\344S\354\256N\361\264\241U\025C\017\021x\313\351/\223\017\360\f\022m\372\310\376\300.MP\031~\006\236Os\377~KD\221\360\201\224J\3743Z\207\204\246\243\367\212\260\235\361\2423\027\227\242\022\213\330+\032\357o4\207aK{X\016\276\022:\275\300*\245\305\222\265s7\271\247w\0220\330^\263M\313\373\213'\276\025\257/=\266\204\375)qXsO\\sk\035\321J\301\362\\\324\342\210\311I\340\366\274d\271\252V\177\330\355ho\307-\363T\036W\226r\252:\232\206\331v\311\253#UuZp\343\212o}\243?W\331\377\020\202c\213I\235\2037\316\374S)\353>\033\346[\177\337\262'\327\377\241R-\373\221!\376`3k\016\035\220\216D\252CWBa\376\211&\303;\004\205\024\255\335J\004>\343F)\220\035\356\337\253[\236\307\367c\346\311\024\027[\252N\n\231mq\3210-u\364\370\020\260Xd\212\201\260oK\236f;R\214\234\343P\225p\3753\241\b\334\250)\337{?\305|\234\362\263\212\343\234\243%\260\027\304\215\356\034\232x\257\356\212es\376S\252fv\r\346\351\254\356e\330\253\257\302\262vPI"
	.size	.Lloom_demo_n16.weights, 864

	.type	.Lloom_demo_n16.multiplier,%object
	.section	.rodata..Lloom_demo_n16.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.multiplier:
	.long	1544401408
	.long	1171241472
	.long	1477608704
	.long	1672001664
	.long	1778240512
	.long	1420044928
	.long	1094874240
	.long	1449659264
	.long	1359527936
	.long	1546280576
	.long	1366726016
	.long	1556386816
	.long	1596435072
	.long	1514400384
	.long	1332121728
	.long	1616332928
	.long	1693010176
	.long	1271458048
	.long	1158675456
	.long	1870367360
	.long	1438823424
	.long	1292536704
	.long	1560162560
	.long	1976981120
	.long	1608288768
	.long	1326563584
	.long	2108306688
	.long	1793879680
	.long	1361188096
	.long	1846508160
	.long	2037655040
	.long	1320121728
	.long	1421838336
	.long	1758637952
	.long	1228180736
	.long	2016750976
	.long	1912297344
	.long	1616899968
	.long	2141140608
	.long	1597603840
	.long	1417821184
	.long	1631205376
	.long	1999822208
	.long	1519430400
	.long	1545890944
	.long	1598376192
	.long	2040625152
	.long	1831934592
	.long	2141291392
	.long	1635883136
	.long	1659857920
	.long	1536921984
	.long	1679820160
	.long	1135012736
	.long	1810298496
	.long	1627931648
	.long	1741859968
	.long	1678030976
	.long	2000606208
	.long	1502426368
	.long	1465163776
	.long	1279917312
	.long	1757581696
	.long	1590904320
	.long	1629672192
	.long	1649485056
	.long	1580593664
	.long	1722362240
	.long	1456843520
	.long	1815896704
	.long	1921995776
	.long	1382091392
	.long	1846399232
	.long	1298433408
	.long	1322226944
	.long	1214471040
	.long	1880450816
	.long	1945498624
	.long	1184282496
	.long	1608306816
	.long	1408913408
	.long	1267041664
	.long	1748564480
	.long	1425257728
	.long	1804540160
	.long	1835560064
	.long	1549532672
	.long	2102644864
	.long	1628892928
	.long	1622128768
	.long	1119510528
	.long	1360696064
	.long	1512189824
	.long	1746342656
	.long	1163933696
	.long	1570649600
	.size	.Lloom_demo_n16.multiplier, 384

	.type	.Lloom_demo_n16.requant_offset,%object
	.section	.rodata..Lloom_demo_n16.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.requant_offset:
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.size	.Lloom_demo_n16.requant_offset, 384

	.type	.Lloom_demo_n16.right_shift,%object
	.section	.rodata..Lloom_demo_n16.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.right_shift:
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	7
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.size	.Lloom_demo_n16.right_shift, 384

	.section	".note.GNU-stack","",%progbits

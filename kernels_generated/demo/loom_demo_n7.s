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
	sub	sp, #68
	movw	r6, :lower16:.Lloom_demo_n7.weights
	sub.w	r12, r0, #2400
	movs	r3, #0
	movt	r6, :upper16:.Lloom_demo_n7.weights
	b	.LBB0_2
.LBB0_1:
	ldr	r3, [sp]
	ldr.w	r12, [sp, #4]
	adds	r3, #1
	ldr	r0, [sp, #8]
	ldr	r1, [sp, #12]
	add.w	r12, r12, #2304
	cmp	r3, #12
	add.w	r0, r0, #2304
	add.w	r1, r1, #576
	beq.w	.LBB0_47
.LBB0_2:
	lsls	r7, r3, #1
	str	r7, [sp, #36]
	mvn	r7, #1
	str	r3, [sp]
	add.w	r7, r7, r3, lsl #1
	str	r7, [sp, #32]
	mov.w	r7, #-1
	str	r1, [sp, #40]
	add.w	r7, r7, r3, lsl #1
	str	r7, [sp, #28]
	movs	r7, #2
	add.w	r3, r7, r3, lsl #1
	movs	r7, #0
	str	r3, [sp, #24]
	strd	r1, r0, [sp, #12]
	strd	r12, r0, [sp, #4]
	b	.LBB0_4
.LBB0_3:
	ldr	r0, [sp, #16]
	adds	r7, #1
	adds	r0, #96
	add.w	r12, r12, #96
	cmp	r7, #12
	str	r0, [sp, #16]
	ldr	r0, [sp, #40]
	add.w	r0, r0, #48
	str	r0, [sp, #40]
	beq	.LBB0_1
.LBB0_4:
	mvn	r0, #1
	movs	r5, #12
	add.w	r0, r0, r7, lsl #1
	str	r0, [sp, #56]
	mov.w	r0, #-1
	movs	r4, #0
	add.w	r0, r0, r7, lsl #1
	str	r0, [sp, #52]
	str	r7, [sp, #64]
	str.w	r12, [sp, #48]
	b	.LBB0_7
.LBB0_5:
	mov	r1, r9
	mov	r8, r5
.LBB0_6:
	movw	r11, :lower16:.Lloom_demo_n7.multiplier
	ldr	r5, [sp, #44]
	movt	r11, :upper16:.Lloom_demo_n7.multiplier
	movw	r12, :lower16:.Lloom_demo_n7.requant_offset
	add.w	r0, r11, r5
	movt	r12, :upper16:.Lloom_demo_n7.requant_offset
	movw	r9, :lower16:.Lloom_demo_n7.right_shift
	add.w	r2, r12, r5
	movt	r9, :upper16:.Lloom_demo_n7.right_shift
	lsl.w	r7, lr, #1
	add.w	r3, r9, r5
	ldr	r0, [r0, #-12]
	ldr	r4, [sp, #60]
	ldr	r2, [r2, #-12]
	@APP
	smmlar	r0, r7, r0, r2
	@NO_APP
	ldr	r2, [r3, #-12]
	add.w	r0, r0, r7, asr #31
	add.w	r3, r11, r4, lsl #2
	asrs	r0, r2
	add.w	r7, r12, r4, lsl #2
	lsls	r2, r1, #1
	ldrd	r3, r6, [r3, #4]
	add.w	r1, r9, r4, lsl #2
	ssat	lr, #8, r0
	ldrd	r7, r0, [r7, #4]
	@APP
	smmlar	r3, r2, r3, r7
	@NO_APP
	add.w	r2, r3, r2, asr #31
	ldrd	r3, r7, [r1, #4]
	lsl.w	r1, r8, #1
	add.w	r8, r4, #4
	asrs	r2, r3
	@APP
	smmlar	r3, r1, r6, r0
	@NO_APP
	ldr	r6, [sp, #40]
	add.w	r1, r3, r1, asr #31
	lsl.w	r0, r10, #1
	adds	r3, r6, r4
	asrs	r1, r7
	strb.w	lr, [r6, r4]
	ldr.w	r7, [r11, r5]
	ldr.w	r6, [r12, r5]
	@APP
	smmlar	r7, r0, r7, r6
	@NO_APP
	ldr.w	r6, [r9, r5]
	add.w	r0, r7, r0, asr #31
	cmp.w	r8, #48
	asr.w	r0, r0, r6
	movw	r6, :lower16:.Lloom_demo_n7.weights
	ssat	r2, #8, r2
	add.w	r5, r5, #16
	ssat	r1, #8, r1
	mov	r4, r8
	ssat	r0, #8, r0
	ldr	r7, [sp, #64]
	ldr.w	r12, [sp, #48]
	movt	r6, :upper16:.Lloom_demo_n7.weights
	strb	r2, [r3, #1]
	strb	r1, [r3, #2]
	strb	r0, [r3, #3]
	beq.w	.LBB0_3
.LBB0_7:
	movw	r1, :lower16:.Lloom_demo_n7.bias
	str	r5, [sp, #44]
	movt	r1, :upper16:.Lloom_demo_n7.bias
	str	r4, [sp, #60]
	add.w	r0, r1, r4, lsl #2
	adds	r2, r1, r5
	ldr.w	r10, [r1, r5]
	ldrd	r9, r3, [r0, #4]
	ldr	r0, [sp, #32]
	ldr	lr, [r2, #-12]
	cmp	r0, #24
	bhs	.LBB0_12
	ldr	r0, [sp, #56]
	mov	r8, r3
	cmp	r0, #24
	mov.w	r11, #8388736
	bhs	.LBB0_10
	ldr.w	r0, [r12, r4]
	ldr	r2, [r6, r4]
	sxtb16	r5, r2
	sxtab16	r3, r11, r0
	sxtab16	r0, r11, r0, ror #8
	smlabb	lr, r3, r5, lr
	sxtb16	r2, r2, ror #8
	smlatt	r8, r3, r5, r8
	smlabb	r9, r0, r2, r9
	smlatt	r10, r0, r2, r10
.LBB0_10:
	ldr	r0, [sp, #52]
	cmp	r0, #23
	bhi	.LBB0_13
	add.w	r0, r12, r4
	adds	r2, r6, r4
	ldr	r0, [r0, #48]
	ldr	r2, [r2, #48]
	sxtb16	r7, r2
	sxtab16	r3, r11, r0
	sxtab16	r0, r11, r0, ror #8
	smlabb	lr, r3, r7, lr
	sxtb16	r2, r2, ror #8
	smlatt	r5, r3, r7, r8
	smlabb	r9, r0, r2, r9
	smlatt	r10, r0, r2, r10
	b	.LBB0_14
.LBB0_12:
	mov.w	r8, #8388736
	mov	r5, r3
	ldr	r0, [sp, #28]
	add.w	r11, r6, r4
	cmp	r0, #23
	bls	.LBB0_17
	b	.LBB0_24
.LBB0_13:
	mov	r5, r8
.LBB0_14:
	add.w	r0, r12, r4
	adds	r2, r6, r4
	mov.w	r12, #8388736
	ldr	r3, [r0, #96]
	ldr	r6, [r2, #96]
	sxtb16	r7, r6
	sxtab16	r4, r11, r3
	smlabb	lr, r4, r7, lr
	smlatt	r4, r4, r7, r5
	ldr.w	r7, [r0, #144]
	sxtab16	r3, r11, r3, ror #8
	ldr.w	r5, [r2, #144]
	sxtb16	r6, r6, ror #8
	smlabb	r9, r3, r6, r9
	smlatt	r3, r3, r6, r10
	sxtab16	r6, r11, r7
	sxtb16	r1, r5
	smlabb	lr, r6, r1, lr
	smlatt	r11, r6, r1, r4
	sxtab16	r1, r12, r7, ror #8
	sxtb16	r7, r5, ror #8
	smlabb	r9, r1, r7, r9
	smlatt	r10, r1, r7, r3
	ldr	r7, [sp, #64]
	cmp	r7, #10
	bhi	.LBB0_16
	ldr.w	r0, [r0, #192]
	ldr.w	r1, [r2, #192]
	sxtb16	r3, r1
	movw	r6, :lower16:.Lloom_demo_n7.weights
	sxtab16	r2, r12, r0
	mov.w	r8, #8388736
	sxtab16	r0, r12, r0, ror #8
	smlabb	lr, r2, r3, lr
	sxtb16	r1, r1, ror #8
	smlatt	r5, r2, r3, r11
	smlabb	r9, r0, r1, r9
	ldr.w	r12, [sp, #48]
	smlatt	r10, r0, r1, r10
	ldr	r4, [sp, #60]
	movt	r6, :upper16:.Lloom_demo_n7.weights
	ldr	r0, [sp, #28]
	add.w	r11, r6, r4
	cmp	r0, #23
	bls	.LBB0_17
	b	.LBB0_24
.LBB0_16:
	movw	r6, :lower16:.Lloom_demo_n7.weights
	mov.w	r8, #8388736
	ldr.w	r12, [sp, #48]
	ldr	r4, [sp, #60]
	movt	r6, :upper16:.Lloom_demo_n7.weights
	mov	r5, r11
	ldr	r0, [sp, #28]
	add.w	r11, r6, r4
	cmp	r0, #23
	bhi.w	.LBB0_24
.LBB0_17:
	ldr	r0, [sp, #56]
	cmp	r0, #23
	bhi	.LBB0_20
	add.w	r0, r12, r4
	ldr.w	r3, [r11, #240]
	mov	r2, r11
	ldr.w	r0, [r0, #1152]
	sxtb16	r11, r3
	sxtab16	r1, r8, r0
	sxtab16	r0, r8, r0, ror #8
	smlabb	lr, r1, r11, lr
	sxtb16	r3, r3, ror #8
	smlatt	r6, r1, r11, r5
	smlabb	r9, r0, r3, r9
	smlatt	r10, r0, r3, r10
	ldr	r0, [sp, #52]
	mov	r5, lr
	cmp	r0, #23
	bls	.LBB0_21
.LBB0_19:
	ldr	r4, [sp, #60]
	mov	lr, r2
	mov	r1, r6
	b	.LBB0_22
.LBB0_20:
	mov	r6, r5
	mov	r2, r11
	ldr	r0, [sp, #52]
	mov	r5, lr
	cmp	r0, #23
	bhi	.LBB0_19
.LBB0_21:
	ldr	r4, [sp, #60]
	ldr.w	r3, [r2, #288]
	add.w	r0, r12, r4
	mov	lr, r2
	sxtb16	r2, r3
	ldr.w	r0, [r0, #1200]
	sxtb16	r3, r3, ror #8
	sxtab16	r7, r8, r0
	sxtab16	r0, r8, r0, ror #8
	smlabb	r5, r7, r2, r5
	smlabb	r9, r0, r3, r9
	smlatt	r1, r7, r2, r6
	smlatt	r10, r0, r3, r10
.LBB0_22:
	add.w	r0, r12, r4
	ldr.w	r7, [lr, #336]
	sxtb16	r6, r7
	mov.w	r12, #8388736
	ldr.w	r2, [r0, #1248]
	str.w	lr, [sp, #20]
	sxtb16	r7, r7, ror #8
	sxtab16	r3, r8, r2
	smlabb	r11, r3, r6, r5
	smlatt	r1, r3, r6, r1
	ldr.w	r3, [r0, #1296]
	sxtab16	r2, r8, r2, ror #8
	ldr.w	r6, [lr, #384]
	smlabb	r9, r2, r7, r9
	smlatt	r2, r2, r7, r10
	sxtab16	r7, r12, r3
	sxtb16	r5, r6
	smlabb	lr, r7, r5, r11
	smlatt	r5, r7, r5, r1
	sxtab16	r3, r8, r3, ror #8
	sxtb16	r7, r6, ror #8
	smlabb	r9, r3, r7, r9
	smlatt	r10, r3, r7, r2
	ldr	r7, [sp, #64]
	cmp	r7, #10
	bhi.w	.LBB0_32
	ldr.w	r11, [sp, #20]
	ldr.w	r0, [r0, #1344]
	ldr.w	r12, [sp, #48]
	ldr.w	r2, [r11, #432]
	sxtab16	r3, r8, r0
	sxtb16	r6, r2
	sxtab16	r0, r8, r0, ror #8
	smlabb	lr, r3, r6, lr
	sxtb16	r2, r2, ror #8
	smlatt	r5, r3, r6, r5
	smlabb	r9, r0, r2, r9
	smlatt	r10, r0, r2, r10
.LBB0_24:
	ldr	r0, [sp, #36]
	cmp	r0, #23
	bls.w	.LBB0_33
.LBB0_25:
	ldr	r0, [sp, #24]
	cmp	r0, #23
	bhi.w	.LBB0_5
.LBB0_26:
	ldr	r0, [sp, #56]
	cmp	r0, #23
	ldr	r0, [sp, #16]
	add.w	r12, r0, r4
	bhi	.LBB0_28
	ldr.w	r2, [r12, #2208]
	ldr.w	r3, [r11, #960]
	sxtb16	r6, r3
	sxtab16	r4, r8, r2
	sxtab16	r2, r8, r2, ror #8
	smlabb	lr, r4, r6, lr
	sxtb16	r3, r3, ror #8
	smlatt	r5, r4, r6, r5
	smlabb	r9, r2, r3, r9
	smlatt	r10, r2, r3, r10
.LBB0_28:
	ldr	r0, [sp, #52]
	cmp	r0, #23
	bhi	.LBB0_30
	ldr.w	r2, [r12, #2256]
	ldr.w	r3, [r11, #1008]
	sxtb16	r6, r3
	sxtab16	r4, r8, r2
	sxtab16	r2, r8, r2, ror #8
	smlabb	lr, r4, r6, lr
	sxtb16	r3, r3, ror #8
	smlatt	r5, r4, r6, r5
	smlabb	r9, r2, r3, r9
	smlatt	r10, r2, r3, r10
.LBB0_30:
	ldr.w	r2, [r12, #2304]
	ldr.w	r4, [r11, #1056]
	mov	r7, r11
	ldr.w	r0, [r12, #2352]
	sxtab16	r3, r8, r2
	mov.w	r11, #8388736
	sxtb16	r6, r4
	smlabb	lr, r3, r6, lr
	sxtab16	r2, r8, r2, ror #8
	smlatt	r5, r3, r6, r5
	sxtb16	r4, r4, ror #8
	ldr.w	r3, [r7, #1104]
	smlabb	r1, r2, r4, r9
	smlatt	r2, r2, r4, r10
	sxtab16	r6, r11, r0
	sxtb16	r4, r3
	sxtab16	r0, r11, r0, ror #8
	smlabb	lr, r6, r4, lr
	sxtb16	r3, r3, ror #8
	smlatt	r8, r6, r4, r5
	smlabb	r1, r0, r3, r1
	smlatt	r10, r0, r3, r2
	ldr	r0, [sp, #64]
	cmp	r0, #10
	bhi.w	.LBB0_6
	ldr.w	r0, [r12, #2400]
	ldr.w	r2, [r7, #1152]
	sxtb16	r4, r2
	sxtab16	r3, r11, r0
	sxtab16	r0, r11, r0, ror #8
	smlabb	lr, r3, r4, lr
	sxtb16	r2, r2, ror #8
	smlatt	r8, r3, r4, r8
	smlabb	r1, r0, r2, r1
	smlatt	r10, r0, r2, r10
	b	.LBB0_6
.LBB0_32:
	ldr.w	r12, [sp, #48]
	ldr.w	r11, [sp, #20]
	ldr	r0, [sp, #36]
	cmp	r0, #23
	bhi.w	.LBB0_25
.LBB0_33:
	ldr	r0, [sp, #56]
	mov	r1, r10
	cmp	r0, #23
	add.w	r0, r12, r4
	bhi	.LBB0_36
	mov	r10, r0
	ldr.w	r0, [r0, #2304]
	ldr.w	r2, [r11, #480]
	sxtab16	r6, r8, r0
	sxtb16	r7, r2
	sxtab16	r0, r8, r0, ror #8
	smlabb	lr, r6, r7, lr
	sxtb16	r2, r2, ror #8
	smlatt	r5, r6, r7, r5
	smlabb	r9, r0, r2, r9
	smlatt	r1, r0, r2, r1
	ldr	r0, [sp, #52]
	cmp	r0, #23
	bls	.LBB0_37
.LBB0_35:
	mov	r12, r1
	b	.LBB0_38
.LBB0_36:
	mov	r10, r0
	ldr	r0, [sp, #52]
	cmp	r0, #23
	bhi	.LBB0_35
.LBB0_37:
	ldr.w	r0, [r10, #2352]
	ldr.w	r2, [r11, #528]
	sxtb16	r7, r2
	sxtab16	r6, r8, r0
	sxtab16	r0, r8, r0, ror #8
	smlabb	lr, r6, r7, lr
	sxtb16	r2, r2, ror #8
	smlatt	r5, r6, r7, r5
	smlabb	r9, r0, r2, r9
	smlatt	r12, r0, r2, r1
.LBB0_38:
	ldr.w	r0, [r10, #2400]
	ldr.w	r6, [r11, #576]
	mov	r1, r5
	ldr.w	r3, [r10, #2448]
	sxtab16	r2, r8, r0
	sxtb16	r7, r6
	sxtab16	r0, r8, r0, ror #8
	smlabb	r4, r2, r7, lr
	sxtb16	r6, r6, ror #8
	smlatt	r1, r2, r7, r1
	smlabb	r5, r0, r6, r9
	mov.w	r9, #8388736
	ldr.w	r2, [r11, #624]
	smlatt	r7, r0, r6, r12
	sxtab16	r6, r9, r3
	sxtb16	r0, r2
	sxtab16	r3, r9, r3, ror #8
	smlabb	r12, r6, r0, r4
	sxtb16	r2, r2, ror #8
	smlatt	lr, r6, r0, r1
	smlabb	r4, r3, r2, r5
	ldr	r0, [sp, #64]
	smlatt	r8, r3, r2, r7
	mov	r1, r11
	cmp	r0, #10
	bhi	.LBB0_40
	ldr.w	r0, [r10, #2496]
	ldr.w	r2, [r1, #672]
	sxtb16	r6, r2
	mov	r11, r1
	sxtab16	r3, r9, r0
	sxtab16	r0, r9, r0, ror #8
	smlabb	r12, r3, r6, r12
	sxtb16	r2, r2, ror #8
	smlatt	lr, r3, r6, lr
	smlabb	r4, r0, r2, r4
	smlatt	r8, r0, r2, r8
	ldr	r0, [sp, #56]
	mov.w	r1, #8388736
	cmp	r0, #23
	bls	.LBB0_41
	b	.LBB0_42
.LBB0_40:
	mov	r11, r1
	ldr	r0, [sp, #56]
	mov.w	r1, #8388736
	cmp	r0, #23
	bhi	.LBB0_42
.LBB0_41:
	ldr.w	r0, [r10, #3456]
	ldr.w	r2, [r11, #720]
	sxtb16	r6, r2
	sxtab16	r3, r1, r0
	sxtab16	r0, r1, r0, ror #8
	smlabb	r12, r3, r6, r12
	sxtb16	r2, r2, ror #8
	smlatt	lr, r3, r6, lr
	smlabb	r4, r0, r2, r4
	smlatt	r8, r0, r2, r8
.LBB0_42:
	ldr	r0, [sp, #52]
	cmp	r0, #23
	bhi	.LBB0_44
	ldr.w	r0, [r10, #3504]
	ldr.w	r2, [r11, #768]
	sxtb16	r6, r2
	sxtab16	r3, r1, r0
	sxtab16	r0, r1, r0, ror #8
	smlabb	r12, r3, r6, r12
	sxtb16	r2, r2, ror #8
	smlatt	lr, r3, r6, lr
	smlabb	r4, r0, r2, r4
	smlatt	r8, r0, r2, r8
.LBB0_44:
	ldr.w	r0, [r10, #3552]
	ldr.w	r3, [r11, #816]
	sxtb16	r6, r3
	ldr.w	r5, [r10, #3600]
	sxtab16	r2, r1, r0
	smlabb	r7, r2, r6, r12
	mov.w	r12, #8388736
	sxtab16	r0, r1, r0, ror #8
	smlatt	r2, r2, r6, lr
	sxtb16	r3, r3, ror #8
	ldr.w	r6, [r11, #864]
	smlabb	r1, r0, r3, r4
	smlatt	r0, r0, r3, r8
	sxtab16	r3, r12, r5
	sxtb16	r4, r6
	smlabb	lr, r3, r4, r7
	sxtab16	r7, r12, r5, ror #8
	smlatt	r5, r3, r4, r2
	sxtb16	r6, r6, ror #8
	smlabb	r9, r7, r6, r1
	smlatt	r1, r7, r6, r0
	ldr	r7, [sp, #64]
	cmp	r7, #10
	bhi	.LBB0_46
	ldr.w	r0, [r10, #3648]
	ldr.w	r2, [r11, #912]
	sxtb16	r4, r2
	mov.w	r8, #8388736
	sxtab16	r3, r12, r0
	sxtab16	r0, r12, r0, ror #8
	smlabb	lr, r3, r4, lr
	sxtb16	r2, r2, ror #8
	smlatt	r5, r3, r4, r5
	smlabb	r9, r0, r2, r9
	ldr	r4, [sp, #60]
	smlatt	r10, r0, r2, r1
	ldr	r0, [sp, #24]
	cmp	r0, #23
	bhi.w	.LBB0_5
	b	.LBB0_26
.LBB0_46:
	mov.w	r8, #8388736
	ldr	r4, [sp, #60]
	mov	r10, r1
	ldr	r0, [sp, #24]
	cmp	r0, #23
	bhi.w	.LBB0_5
	b	.LBB0_26
.LBB0_47:
	add	sp, #68
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

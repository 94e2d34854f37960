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
	.file	"loom_demo_n3"
	.section	.text.loom_demo_n3,"ax",%progbits
	.globl	loom_demo_n3
	.p2align	1
	.type	loom_demo_n3,%function
	.code	16
	.thumb_func
loom_demo_n3:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #144
	sub.w	r0, r0, #400
	adds	r1, #51
	movs	r2, #0
	b	.LBB0_2
.LBB0_1:
	ldr	r2, [sp, #32]
	ldr	r0, [sp, #4]
	ldr	r1, [sp]
	cmp	r2, #24
	add.w	r1, r1, #384
	add.w	r0, r0, #384
	beq.w	.LBB0_28
.LBB0_2:
	subs	r3, r2, #1
	mov	r5, r0
	strd	r3, r2, [sp, #24]
	adds	r2, #1
	str	r2, [sp, #32]
	movs	r2, #0
	str	r0, [sp, #4]
	str	r1, [sp]
	str	r1, [sp, #36]
	b	.LBB0_4
.LBB0_3:
	ldr	r2, [sp, #44]
	adds	r5, #64
	adds	r2, #1
	ldr	r0, [sp, #36]
	cmp	r2, #6
	add.w	r0, r0, #64
	str	r0, [sp, #36]
	beq	.LBB0_1
.LBB0_4:
	mov.w	r0, #-1
	movs	r6, #12
	movs	r4, #0
	str	r2, [sp, #44]
	add.w	r0, r0, r2, lsl #2
	str	r0, [sp, #40]
	str	r5, [sp, #68]
	b	.LBB0_7
.LBB0_5:
	strd	r9, r11, [sp, #112]
	ldr	r6, [sp, #136]
	str	r2, [sp, #140]
.LBB0_6:
	movw	r4, :lower16:.Lloom_demo_n3.multiplier
	movw	r5, :lower16:.Lloom_demo_n3.requant_offset
	movt	r4, :upper16:.Lloom_demo_n3.multiplier
	movt	r5, :upper16:.Lloom_demo_n3.requant_offset
	adds	r0, r4, r6
	ldr	r1, [sp, #124]
	adds	r2, r5, r6
	ldr.w	r10, [sp, #72]
	lsl.w	r12, r1, #1
	ldr	lr, [r0, #-12]
	ldr	r0, [sp, #120]
	add.w	r3, r5, r10, lsl #2
	lsls	r7, r0, #1
	ldr	r0, [r2, #-12]
	add.w	r2, r4, r10, lsl #2
	@APP
	smmlar	r1, r12, lr, r0
	@NO_APP
	add.w	r1, r1, r12, asr #31
	str	r1, [sp, #124]
	ldrd	r2, r8, [r2, #4]
	ldrd	r9, r11, [r3, #4]
	@APP
	smmlar	r1, r7, r2, r9
	@NO_APP
	mov	r12, r2
	add.w	r1, r1, r7, asr #31
	str	r1, [sp, #120]
	ldr	r1, [sp, #128]
	ldr	r2, [sp, #140]
	lsls	r1, r1, #1
	mov	r3, r8
	lsls	r2, r2, #1
	@APP
	smmlar	r8, r1, r8, r11
	@NO_APP
	add.w	r1, r8, r1, asr #31
	ldr	r4, [r4, r6]
	ldr	r6, [r5, r6]
	str	r1, [sp, #128]
	@APP
	smmlar	r1, r2, r4, r6
	@NO_APP
	mov	r5, r6
	add.w	r1, r1, r2, asr #31
	str	r1, [sp, #140]
	ldr	r1, [sp, #76]
	ldr	r2, [sp, #88]
	lsls	r1, r1, #1
	@APP
	smmlar	r6, r1, lr, r0
	@NO_APP
	lsls	r2, r2, #1
	mov	r7, r11
	add.w	r1, r6, r1, asr #31
	str	r1, [sp, #76]
	@APP
	smmlar	r1, r2, r12, r9
	@NO_APP
	str.w	r12, [sp, #48]
	add.w	r1, r1, r2, asr #31
	str	r1, [sp, #88]
	ldr	r1, [sp, #80]
	lsls	r1, r1, #1
	ldr	r2, [sp, #96]
	lsls	r2, r2, #1
	@APP
	smmlar	r6, r1, r3, r11
	@NO_APP
	add.w	r1, r6, r1, asr #31
	str	r1, [sp, #96]
	@APP
	smmlar	r1, r2, r4, r5
	@NO_APP
	add.w	r1, r1, r2, asr #31
	str	r1, [sp, #80]
	ldr	r1, [sp, #84]
	lsls	r1, r1, #1
	ldr	r2, [sp, #100]
	lsls	r6, r2, #1
	@APP
	smmlar	r2, r1, lr, r0
	@NO_APP
	strd	r11, r3, [sp, #52]
	add.w	r11, r2, r1, asr #31
	@APP
	smmlar	r1, r6, r12, r9
	@NO_APP
	add.w	r1, r1, r6, asr #31
	str	r1, [sp, #100]
	ldr	r1, [sp, #92]
	lsl.w	r8, r1, #1
	ldr	r1, [sp, #104]
	lsls	r1, r1, #1
	@APP
	smmlar	r6, r8, r3, r7
	@NO_APP
	add.w	r2, r6, r8, asr #31
	@APP
	smmlar	r6, r1, r4, r5
	@NO_APP
	add.w	r1, r6, r1, asr #31
	str	r1, [sp, #104]
	ldr	r1, [sp, #112]
	movw	r7, :lower16:.Lloom_demo_n3.right_shift
	str	r2, [sp, #92]
	lsls	r1, r1, #1
	movt	r7, :upper16:.Lloom_demo_n3.right_shift
	ldr	r2, [sp, #136]
	@APP
	smmlar	r0, r1, lr, r0
	@NO_APP
	adds	r6, r7, r2
	strd	r5, r4, [sp, #60]
	add.w	r4, r0, r1, asr #31
	ldr	r6, [r6, #-12]
	add.w	r0, r7, r10, lsl #2
	ldr	r1, [sp, #124]
	asr.w	r2, r1, r6
	ldr.w	r8, [sp, #36]
	ldrd	r1, lr, [r0, #4]
	ldr	r0, [sp, #120]
	ldr	r5, [sp, #76]
	asrs	r0, r1
	ssat	r2, #8, r2
	ssat	r3, #8, r0
	ldr	r0, [sp, #128]
	asr.w	r12, r0, lr
	add.w	r0, r8, r10
	asrs	r5, r6
	strb	r2, [r0, #-51]
	asr.w	r2, r4, r6
	str	r2, [sp, #128]
	ldr	r2, [sp, #132]
	lsls	r4, r2, #1
	ldr	r2, [sp, #136]
	strb	r3, [r0, #-50]
	ldr	r3, [sp, #48]
	ldr	r2, [r7, r2]
	ldr	r7, [sp, #140]
	@APP
	smmlar	r3, r4, r3, r9
	@NO_APP
	asr.w	r9, r7, r2
	add.w	r3, r3, r4, asr #31
	ldr	r7, [sp, #88]
	ssat	r4, #8, r9
	strb	r4, [r0, #-48]
	asr.w	r4, r7, r1
	ssat	r5, #8, r5
	ldr	r7, [sp, #96]
	strb	r5, [r0, #-35]
	asr.w	r5, r7, lr
	asr.w	r11, r11, r6
	ldr	r7, [sp, #80]
	ssat	r4, #8, r4
	strb	r4, [r0, #-34]
	asr.w	r4, r7, r2
	ssat	r5, #8, r5
	ldr	r7, [sp, #100]
	strb	r5, [r0, #-33]
	asr.w	r5, r7, r1
	asr.w	r1, r3, r1
	ssat	r3, #8, r11
	strb	r3, [r0, #-19]
	ldr	r3, [sp, #92]
	asr.w	r3, r3, lr
	ssat	r7, #8, r5
	ssat	r3, #8, r3
	strb	r7, [r0, #-18]
	ssat	r4, #8, r4
	ldr	r7, [sp, #104]
	strb	r3, [r0, #-17]
	ldr	r3, [sp, #116]
	strb	r4, [r0, #-32]
	asrs	r7, r2
	lsls	r3, r3, #1
	ldr	r4, [sp, #108]
	ldrd	r5, r6, [sp, #52]
	@APP
	smmlar	r5, r3, r6, r5
	@NO_APP
	lsls	r4, r4, #1
	add.w	r3, r5, r3, asr #31
	ldrd	r6, r5, [sp, #60]
	ssat	r7, #8, r7
	@APP
	smmlar	r5, r4, r5, r6
	@NO_APP
	strb	r7, [r0, #-16]
	add.w	r7, r5, r4, asr #31
	ldr	r6, [sp, #128]
	asr.w	r2, r7, r2
	ssat	r1, #8, r1
	ldr	r5, [sp, #68]
	ssat	r6, #8, r6
	strb	r1, [r0, #-2]
	asr.w	r1, r3, lr
	strb	r6, [r0, #-3]
	ssat	r2, #8, r2
	ldr	r6, [sp, #136]
	strb.w	r2, [r8, r10]
	add.w	r2, r10, #4
	ssat	r12, #8, r12
	cmp	r2, #16
	ssat	r1, #8, r1
	add.w	r6, r6, #16
	mov	r4, r2
	strb	r12, [r0, #-49]
	strb	r1, [r0, #-1]
	beq.w	.LBB0_3
.LBB0_7:
	movw	r2, :lower16:.Lloom_demo_n3.bias
	str	r6, [sp, #136]
	movt	r2, :upper16:.Lloom_demo_n3.bias
	str	r4, [sp, #72]
	add.w	r0, r2, r4, lsl #2
	adds	r1, r2, r6
	ldr.w	r10, [r2, r6]
	ldrd	lr, r11, [r0, #4]
	ldr	r0, [sp, #24]
	ldr	r9, [r1, #-12]
	cmp	r0, #24
	bhs.w	.LBB0_12
	ldr	r0, [sp, #40]
	mov	r1, r10
	cmp	r0, #23
	mov	r2, r11
	mov	r0, lr
	mov	r6, r9
	bhi	.LBB0_10
	movw	r1, :lower16:.Lloom_demo_n3.weights
	ldr	r0, [r5, r4]
	movt	r1, :upper16:.Lloom_demo_n3.weights
	mov.w	r7, #8388736
	sxtab16	r2, r7, r0
	ldr	r1, [r1, r4]
	sxtb16	r3, r1
	sxtab16	r7, r7, r0, ror #8
	smlabb	r6, r2, r3, r9
	sxtb16	r1, r1, ror #8
	smlatt	r2, r2, r3, r11
	smlabb	r0, r7, r1, lr
	smlatt	r1, r7, r1, r10
.LBB0_10:
	str	r1, [sp, #140]
	adds	r1, r5, r4
	movw	r12, :lower16:.Lloom_demo_n3.weights
	str	r0, [sp, #132]
	movt	r12, :upper16:.Lloom_demo_n3.weights
	ldr	r3, [r1, #32]
	strd	r6, r2, [sp, #124]
	ldr	r2, [r1, #16]
	ldr.w	r0, [r12, r4]
	mov.w	r6, #8388736
	str	r2, [sp, #108]
	sxtab16	r7, r6, r2
	str	r0, [sp, #120]
	sxtb16	r2, r0
	ldr	r0, [r1, #48]
	smlabb	r5, r7, r2, r9
	str	r3, [sp, #104]
	str	r5, [sp, #116]
	add	r12, r4
	sxtab16	r5, r6, r3
	str	r0, [sp, #100]
	smlabb	r3, r5, r2, r9
	str	r1, [sp, #64]
	str	r3, [sp, #112]
	sxtab16	r3, r6, r0
	smlatt	r0, r7, r2, r11
	smlabb	r6, r3, r2, r9
	str.w	r12, [sp, #60]
	smlatt	r9, r5, r2, r11
	smlatt	r11, r3, r2, r11
	ldr.w	r2, [r12, #16]
	sxtb16	r8, r2
	str	r2, [sp, #96]
	smlatt	r0, r5, r8, r0
	ldr	r2, [sp, #124]
	str	r0, [sp, #80]
	ldr	r0, [sp, #112]
	smlabb	r0, r3, r8, r0
	str	r0, [sp, #84]
	ldr	r0, [r1, #64]
	smlatt	r1, r3, r8, r9
	str	r0, [sp, #88]
	smlabb	r4, r7, r8, r2
	ldr	r2, [sp, #128]
	str	r1, [sp, #92]
	mov.w	r1, #8388736
	smlatt	r2, r7, r8, r2
	ldr	r7, [sp, #116]
	sxtab16	r9, r1, r0
	smlabb	r7, r5, r8, r7
	smlabb	r6, r9, r8, r6
	ldr	r0, [sp, #80]
	smlatt	r1, r9, r8, r11
	ldr.w	r8, [r12, #32]
	str	r6, [sp, #112]
	ldr.w	r12, [sp, #140]
	sxtb16	r6, r8
	str	r1, [sp, #116]
	smlatt	r1, r5, r6, r2
	str	r1, [sp, #128]
	smlabb	r1, r3, r6, r7
	str	r1, [sp, #76]
	smlatt	r1, r3, r6, r0
	ldr	r0, [sp, #84]
	str	r1, [sp, #80]
	smlabb	r1, r9, r6, r0
	ldr	r0, [sp, #92]
	str	r1, [sp, #84]
	smlatt	r1, r9, r6, r0
	ldr	r0, [sp, #108]
	mov.w	r7, #8388736
	str	r1, [sp, #92]
	smlabb	r4, r5, r6, r4
	sxtab16	r1, r7, r0, ror #8
	ldr	r0, [sp, #120]
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #104]
	str	r4, [sp, #124]
	smlabb	r6, r1, r2, lr
	sxtab16	r3, r7, r0, ror #8
	ldr	r0, [sp, #100]
	smlabb	r9, r3, r2, lr
	sxtab16	r5, r7, r0, ror #8
	ldr	r0, [sp, #96]
	smlabb	lr, r5, r2, lr
	smlatt	r7, r1, r2, r10
	smlatt	r4, r3, r2, r10
	smlatt	r10, r5, r2, r10
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #132]
	smlabb	r11, r1, r2, r0
	ldr	r0, [sp, #88]
	smlatt	r1, r1, r2, r12
	smlatt	r12, r5, r2, r4
	mov.w	r4, #8388736
	sxtab16	r0, r4, r0, ror #8
	smlabb	r6, r3, r2, r6
	smlatt	r7, r3, r2, r7
	smlabb	r9, r5, r2, r9
	smlabb	lr, r0, r2, lr
	smlatt	r10, r0, r2, r10
	sxtb16	r2, r8, ror #8
	smlatt	r1, r3, r2, r1
	str	r1, [sp, #140]
	smlabb	r1, r5, r2, r6
	str	r1, [sp, #88]
	smlatt	r1, r5, r2, r7
	str	r1, [sp, #96]
	smlabb	r1, r0, r2, r9
	smlatt	r0, r0, r2, r12
	str	r1, [sp, #100]
	str	r0, [sp, #104]
	ldr	r0, [sp, #44]
	smlabb	r4, r3, r2, r11
	cmp	r0, #4
	str	r4, [sp, #120]
	bhi	.LBB0_13
	ldr	r0, [sp, #64]
	ldr	r1, [sp, #60]
	mov.w	r4, #8388736
	ldr.w	r9, [sp, #112]
	ldr	r0, [r0, #80]
	ldr	r1, [r1, #32]
	sxtb16	r3, r1
	ldr.w	r11, [sp, #116]
	sxtab16	r2, r4, r0
	mov.w	r6, #8388736
	sxtab16	r0, r4, r0, ror #8
	smlabb	r9, r2, r3, r9
	sxtb16	r1, r1, ror #8
	smlatt	r11, r2, r3, r11
	smlabb	lr, r0, r1, lr
	smlatt	r10, r0, r1, r10
	ldr	r0, [sp, #28]
	ldrd	r5, r4, [sp, #68]
	b	.LBB0_14
.LBB0_12:
	strd	lr, r10, [sp, #100]
	strd	r11, r10, [sp, #92]
	strd	r9, lr, [sp, #84]
	strd	r9, r11, [sp, #76]
	mov	r2, r10
	str.w	r11, [sp, #128]
	strd	lr, r9, [sp, #120]
	mov.w	r6, #8388736
	ldr	r0, [sp, #28]
	b	.LBB0_15
.LBB0_13:
	mov.w	r6, #8388736
	ldr	r0, [sp, #28]
	ldrd	r5, r4, [sp, #68]
	ldrd	r9, r11, [sp, #112]
.LBB0_14:
	ldr	r2, [sp, #140]
.LBB0_15:
	cmp	r0, #23
	movw	r0, :lower16:.Lloom_demo_n3.weights
	movt	r0, :upper16:.Lloom_demo_n3.weights
	add.w	r8, r0, r4
	str.w	r8, [sp, #64]
	bhi.w	.LBB0_21
	ldr	r0, [sp, #40]
	str.w	r10, [sp, #108]
	cmp	r0, #23
	str.w	lr, [sp, #132]
	bhi	.LBB0_18
	adds	r0, r5, r4
	ldr.w	r1, [r8, #48]
	sxtb16	r3, r1
	ldr	r7, [sp, #124]
	ldr.w	r0, [r0, #384]
	sxtb16	r1, r1, ror #8
	sxtab16	lr, r6, r0
	smlabb	r7, lr, r3, r7
	str	r7, [sp, #124]
	ldr	r7, [sp, #120]
	sxtab16	r0, r6, r0, ror #8
	smlabb	r7, r0, r1, r7
	str	r7, [sp, #120]
	ldr	r7, [sp, #128]
	smlatt	r2, r0, r1, r2
	smlatt	r7, lr, r3, r7
	str	r7, [sp, #128]
.LBB0_18:
	add.w	r12, r5, r4
	ldr.w	r1, [r8, #48]
	str	r2, [sp, #140]
	mov	lr, r8
	ldr.w	r0, [r12, #400]
	str	r0, [sp, #56]
	str	r1, [sp, #60]
	ldr.w	r3, [r12, #416]
	sxtab16	r0, r6, r0
	str	r3, [sp, #52]
	sxtb16	r2, r1
	ldr	r1, [sp, #76]
	smlabb	r1, r0, r2, r1
	str.w	r12, [sp, #8]
	str	r1, [sp, #116]
	ldr	r1, [sp, #80]
	smlatt	r1, r0, r2, r1
	sxtab16	r7, r6, r3
	ldr.w	r3, [r12, #432]
	str	r1, [sp, #112]
	ldr	r1, [sp, #84]
	smlabb	r8, r7, r2, r1
	str	r3, [sp, #48]
	ldr	r1, [sp, #92]
	smlatt	r5, r7, r2, r1
	sxtab16	r3, r6, r3
	smlabb	r4, r3, r2, r9
	smlatt	r1, r3, r2, r11
	ldr.w	r2, [lr, #64]
	str	r2, [sp, #20]
	sxtb16	r10, r2
	ldr	r2, [sp, #124]
	smlabb	r11, r0, r10, r2
	ldr	r2, [sp, #128]
	smlatt	r0, r0, r10, r2
	ldr	r2, [sp, #116]
	smlabb	r6, r7, r10, r2
	ldr	r2, [sp, #112]
	smlatt	r2, r7, r10, r2
	str	r2, [sp, #92]
	ldr.w	r2, [r12, #448]
	smlatt	r5, r3, r10, r5
	ldr.w	r12, [lr, #80]
	str	r5, [sp, #12]
	mov.w	r5, #8388736
	sxtab16	r9, r5, r2
	smlabb	r8, r3, r10, r8
	smlatt	r1, r9, r10, r1
	str	r2, [sp, #16]
	str	r1, [sp, #116]
	smlabb	r2, r9, r10, r4
	sxtb16	r1, r12
	str	r2, [sp, #112]
	smlatt	r0, r7, r1, r0
	mov.w	lr, #8388736
	str	r0, [sp, #128]
	smlabb	r0, r3, r1, r6
	str	r0, [sp, #76]
	ldr	r0, [sp, #92]
	smlatt	r0, r3, r1, r0
	str	r0, [sp, #80]
	smlabb	r0, r9, r1, r8
	str	r0, [sp, #84]
	ldr	r0, [sp, #12]
	smlatt	r0, r9, r1, r0
	str	r0, [sp, #92]
	ldr	r0, [sp, #56]
	smlabb	r2, r7, r1, r11
	ldr	r1, [sp, #60]
	str	r2, [sp, #124]
	ldr	r2, [sp, #88]
	sxtab16	r0, lr, r0, ror #8
	sxtb16	r1, r1, ror #8
	smlabb	r8, r0, r1, r2
	ldr	r2, [sp, #96]
	smlatt	r9, r0, r1, r2
	ldr	r2, [sp, #52]
	sxtab16	r6, lr, r2, ror #8
	ldr	r2, [sp, #100]
	smlabb	r5, r6, r1, r2
	ldr	r2, [sp, #104]
	smlatt	r4, r6, r1, r2
	ldr	r2, [sp, #48]
	sxtab16	r3, lr, r2, ror #8
	ldr	r2, [sp, #132]
	smlabb	r7, r3, r1, r2
	ldr	r2, [sp, #108]
	smlatt	r10, r3, r1, r2
	ldr	r1, [sp, #20]
	sxtb16	r1, r1, ror #8
	ldr	r2, [sp, #120]
	smlabb	r11, r0, r1, r2
	ldr	r2, [sp, #140]
	smlatt	r0, r0, r1, r2
	ldr	r2, [sp, #16]
	smlabb	r8, r6, r1, r8
	sxtab16	r2, lr, r2, ror #8
	smlatt	r9, r6, r1, r9
	smlabb	r5, r3, r1, r5
	smlatt	r4, r3, r1, r4
	smlabb	r7, r2, r1, r7
	smlatt	r10, r2, r1, r10
	str	r7, [sp, #132]
	sxtb16	r1, r12, ror #8
	smlatt	r0, r6, r1, r0
	str	r0, [sp, #140]
	smlabb	r0, r3, r1, r8
	str	r0, [sp, #88]
	smlatt	r0, r3, r1, r9
	str	r0, [sp, #96]
	smlabb	r0, r2, r1, r5
	str	r0, [sp, #100]
	smlatt	r0, r2, r1, r4
	str	r0, [sp, #104]
	ldr	r0, [sp, #44]
	smlabb	r7, r6, r1, r11
	cmp	r0, #4
	str	r7, [sp, #120]
	bhi	.LBB0_20
	ldr	r0, [sp, #8]
	ldr.w	r11, [sp, #116]
	ldr.w	r8, [sp, #64]
	mov.w	r6, #8388736
	ldr.w	r0, [r0, #464]
	ldr.w	r9, [sp, #112]
	ldr.w	r1, [r8, #80]
	sxtab16	r2, lr, r0
	sxtb16	r3, r1
	sxtab16	r0, lr, r0, ror #8
	ldr.w	lr, [sp, #132]
	sxtb16	r1, r1, ror #8
	smlabb	r9, r2, r3, r9
	smlabb	lr, r0, r1, lr
	smlatt	r11, r2, r3, r11
	ldr	r2, [sp, #140]
	smlatt	r10, r0, r1, r10
	ldrd	r5, r4, [sp, #68]
	b	.LBB0_21
.LBB0_20:
	mov.w	r6, #8388736
	ldr	r4, [sp, #72]
	ldr.w	lr, [sp, #132]
	ldrd	r9, r11, [sp, #112]
	ldr	r2, [sp, #140]
	ldrd	r8, r5, [sp, #64]
.LBB0_21:
	ldr	r0, [sp, #32]
	str.w	r10, [sp, #108]
	cmp	r0, #23
	str.w	lr, [sp, #132]
	bhi.w	.LBB0_5
	ldr	r0, [sp, #40]
	add	r5, r4
	cmp	r0, #23
	bhi	.LBB0_24
	ldr.w	r0, [r5, #768]
	ldr.w	r1, [r8, #96]
	sxtb16	r3, r1
	ldr	r7, [sp, #124]
	sxtab16	r4, r6, r0
	smlabb	r7, r4, r3, r7
	str	r7, [sp, #124]
	ldr	r7, [sp, #120]
	sxtab16	r0, r6, r0, ror #8
	sxtb16	r1, r1, ror #8
	smlabb	r7, r0, r1, r7
	str	r7, [sp, #120]
	ldr	r7, [sp, #128]
	smlatt	r2, r0, r1, r2
	smlatt	r7, r4, r3, r7
	str	r7, [sp, #128]
.LBB0_24:
	ldr.w	r0, [r5, #784]
	ldr.w	r1, [r8, #96]
	str	r2, [sp, #140]
	ldr.w	r3, [r5, #800]
	str	r0, [sp, #56]
	ldr.w	r7, [r5, #816]
	str	r1, [sp, #60]
	sxtab16	r0, r6, r0
	str	r3, [sp, #52]
	sxtb16	r2, r1
	ldr	r1, [sp, #76]
	smlabb	r1, r0, r2, r1
	str	r7, [sp, #48]
	str	r1, [sp, #116]
	ldr	r1, [sp, #80]
	smlatt	r1, r0, r2, r1
	str	r5, [sp, #12]
	str	r1, [sp, #112]
	ldr	r1, [sp, #84]
	sxtab16	r3, r6, r3
	smlabb	r4, r3, r2, r1
	ldr	r1, [sp, #92]
	smlatt	lr, r3, r2, r1
	sxtab16	r1, r6, r7
	mov	r7, r8
	smlabb	r9, r1, r2, r9
	smlatt	r12, r1, r2, r11
	ldr.w	r2, [r8, #112]
	str	r2, [sp, #20]
	sxtb16	r10, r2
	ldr	r2, [sp, #124]
	smlabb	r11, r0, r10, r2
	ldr	r2, [sp, #128]
	smlatt	r2, r0, r10, r2
	ldr	r0, [sp, #116]
	smlabb	r8, r3, r10, r0
	ldr	r0, [sp, #112]
	smlatt	r0, r3, r10, r0
	str	r0, [sp, #84]
	smlabb	r0, r1, r10, r4
	str	r0, [sp, #92]
	ldr.w	r0, [r5, #832]
	str	r0, [sp, #16]
	smlatt	r5, r1, r10, lr
	sxtab16	r6, r6, r0
	smlabb	r0, r6, r10, r9
	str	r0, [sp, #112]
	smlatt	r0, r6, r10, r12
	ldr.w	r12, [r7, #128]
	str	r0, [sp, #116]
	sxtb16	r4, r12
	smlabb	r0, r3, r4, r11
	str	r0, [sp, #124]
	smlatt	r0, r3, r4, r2
	str	r0, [sp, #128]
	smlabb	r0, r1, r4, r8
	str	r0, [sp, #76]
	ldr	r0, [sp, #84]
	smlatt	r0, r1, r4, r0
	mov.w	r3, #8388736
	str	r0, [sp, #80]
	ldr	r0, [sp, #92]
	smlabb	r0, r6, r4, r0
	str	r0, [sp, #84]
	smlatt	r0, r6, r4, r5
	str	r0, [sp, #92]
	ldr	r0, [sp, #56]
	sxtab16	r1, r3, r0, ror #8
	ldr	r0, [sp, #60]
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #88]
	smlabb	lr, r1, r2, r0
	ldr	r0, [sp, #96]
	smlatt	r8, r1, r2, r0
	ldr	r0, [sp, #52]
	sxtab16	r6, r3, r0, ror #8
	ldr	r0, [sp, #100]
	smlabb	r5, r6, r2, r0
	ldr	r0, [sp, #104]
	smlatt	r4, r6, r2, r0
	ldr	r0, [sp, #48]
	sxtab16	r3, r3, r0, ror #8
	ldr	r0, [sp, #132]
	smlabb	r7, r3, r2, r0
	ldr	r0, [sp, #108]
	smlatt	r9, r3, r2, r0
	ldr	r0, [sp, #20]
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #120]
	smlabb	r10, r1, r2, r0
	ldr	r0, [sp, #140]
	smlatt	r1, r1, r2, r0
	ldr	r0, [sp, #16]
	smlatt	r11, r3, r2, r4
	mov.w	r4, #8388736
	sxtab16	r0, r4, r0, ror #8
	smlabb	lr, r6, r2, lr
	smlatt	r8, r6, r2, r8
	smlabb	r5, r3, r2, r5
	smlabb	r4, r0, r2, r7
	smlatt	r7, r0, r2, r9
	sxtb16	r2, r12, ror #8
	smlatt	r12, r6, r2, r1
	smlabb	r1, r3, r2, lr
	str.w	r12, [sp, #140]
	str	r1, [sp, #88]
	smlatt	r1, r3, r2, r8
	str	r1, [sp, #96]
	smlabb	r1, r0, r2, r5
	smlatt	r0, r0, r2, r11
	str	r1, [sp, #100]
	str	r0, [sp, #104]
	ldr	r0, [sp, #44]
	smlabb	r9, r6, r2, r10
	cmp	r0, #4
	str.w	r9, [sp, #120]
	bhi	.LBB0_26
	ldr	r0, [sp, #12]
	ldr	r1, [sp, #64]
	mov.w	r6, #8388736
	ldr	r5, [sp, #112]
	ldr.w	r0, [r0, #848]
	ldr.w	r1, [r1, #128]
	sxtb16	r3, r1
	sxtab16	r2, r6, r0
	sxtab16	r0, r6, r0, ror #8
	ldr	r6, [sp, #116]
	sxtb16	r1, r1, ror #8
	smlabb	r5, r2, r3, r5
	smlatt	r7, r0, r1, r7
	str	r5, [sp, #112]
	smlabb	r4, r0, r1, r4
	smlatt	r6, r2, r3, r6
	str	r4, [sp, #132]
	str	r6, [sp, #116]
	b	.LBB0_27
.LBB0_26:
	str	r4, [sp, #132]
.LBB0_27:
	ldr	r6, [sp, #136]
	str	r7, [sp, #108]
	b.w	.LBB0_6
.LBB0_28:
	add	sp, #144
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n3, .Lfunc_end0-loom_demo_n3
	.cantunwind
	.fnend

	.type	.Lloom_demo_n3.bias,%object
	.section	.rodata..Lloom_demo_n3.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.bias:
	.long	557
	.long	115
	.long	509
	.long	670
	.long	500
	.long	4294966948
	.long	4294965757
	.long	1079
	.long	4294967117
	.long	83
	.long	725
	.long	1060
	.long	1474
	.long	1053
	.long	4294967254
	.long	4294967239
	.size	.Lloom_demo_n3.bias, 64

	.type	.Lloom_demo_n3.weights,%object
	.section	.rodata..Lloom_demo_n3.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.weights:
	.ascii	"\033\001\275/Mb\024\212\030P\327/\326\020J1\223Fx$\312\373\262\3300\023?\005X\302\324\203\356\220Pa\346\013R\341\031\177\177\377\2521_\026\327\364\214\215\325\223\006\336\352J\366\240E\320#\374\351\245\021\350\246[\004\315\270\213l\255\206\235i\331\343E\274t\031\227\360\004u\314\231=\340!\320\224\037i\205\000\247\216\001\016]\220R2\343\265l\357\315\204!h>\017\201\363&\264;\205a\211CS\212\340]\2558\227@\2324O\317\276Y\242\020\317"
	.size	.Lloom_demo_n3.weights, 144

	.type	.Lloom_demo_n3.multiplier,%object
	.section	.rodata..Lloom_demo_n3.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.multiplier:
	.long	1458601984
	.long	1486325888
	.long	1477603584
	.long	1682703744
	.long	1749038848
	.long	1693199872
	.long	1507384960
	.long	1389959424
	.long	1655012352
	.long	1595907840
	.long	1942792448
	.long	1169558016
	.long	1722100736
	.long	1449630720
	.long	1287363072
	.long	1634014976
	.size	.Lloom_demo_n3.multiplier, 64

	.type	.Lloom_demo_n3.requant_offset,%object
	.section	.rodata..Lloom_demo_n3.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.requant_offset:
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.size	.Lloom_demo_n3.requant_offset, 64

	.type	.Lloom_demo_n3.right_shift,%object
	.section	.rodata..Lloom_demo_n3.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.right_shift:
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.size	.Lloom_demo_n3.right_shift, 64

	.section	".note.GNU-stack","",%progbits

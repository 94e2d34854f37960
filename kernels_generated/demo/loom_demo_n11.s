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
	.file	"loom_demo_n11"
	.section	.text.loom_demo_n11,"ax",%progbits
	.globl	loom_demo_n11
	.p2align	1
	.type	loom_demo_n11,%function
	.code	16
	.thumb_func
loom_demo_n11:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #156
	sub.w	r0, r0, #936
	movs	r2, #0
	b	.LBB0_2
.LBB0_1:
	ldr	r2, [sp, #36]
	ldr	r0, [sp]
	ldr	r1, [sp, #40]
	cmp	r2, #12
	add.w	r0, r0, #864
	add.w	r1, r1, #864
	beq.w	.LBB0_30
.LBB0_2:
	subs	r3, r2, #1
	mov	r6, r0
	strd	r3, r2, [sp, #28]
	adds	r2, #1
	str	r2, [sp, #36]
	movs	r2, #0
	str	r1, [sp, #40]
	str	r1, [sp, #56]
	str	r0, [sp]
	b	.LBB0_4
.LBB0_3:
	ldr	r2, [sp, #64]
	add.w	r6, r6, #288
	adds	r2, #1
	ldr	r0, [sp, #56]
	cmp	r2, #3
	add.w	r0, r0, #288
	str	r0, [sp, #56]
	beq	.LBB0_1
.LBB0_4:
	mov.w	r1, #-1
	lsls	r0, r2, #2
	add.w	r1, r1, r2, lsl #2
	str	r2, [sp, #64]
	str	r1, [sp, #60]
	adds	r1, r0, #1
	movs	r2, #12
	mov.w	r8, #0
	str	r1, [sp, #52]
	adds	r1, r0, #2
	str	r1, [sp, #48]
	adds	r0, #3
	str	r0, [sp, #44]
	str	r6, [sp, #80]
	b	.LBB0_7
.LBB0_5:
	str	r7, [sp, #88]
	ldr	r1, [sp, #148]
	str.w	r9, [sp, #136]
.LBB0_6:
	movw	lr, :lower16:.Lloom_demo_n11.multiplier
	movw	r4, :lower16:.Lloom_demo_n11.requant_offset
	movt	lr, :upper16:.Lloom_demo_n11.multiplier
	movt	r4, :upper16:.Lloom_demo_n11.requant_offset
	add.w	r0, lr, r1
	add	r1, r4
	ldr	r12, [r0, #-12]
	lsls	r0, r2, #1
	ldr	r5, [r1, #-12]
	@APP
	smmlar	r1, r0, r12, r5
	@NO_APP
	add.w	r0, r1, r0, asr #31
	str	r0, [sp, #100]
	ldr	r0, [sp, #140]
	add.w	r1, lr, r8, lsl #2
	lsls	r0, r0, #1
	add.w	r2, r4, r8, lsl #2
	ldrd	r10, r11, [r1, #4]
	ldr	r1, [sp, #132]
	ldrd	r2, r6, [r2, #4]
	lsls	r3, r1, #1
	@APP
	smmlar	r7, r0, r10, r2
	@NO_APP
	add.w	r0, r7, r0, asr #31
	str	r0, [sp, #132]
	@APP
	smmlar	r0, r3, r11, r6
	@NO_APP
	mov	r9, r6
	add.w	r0, r0, r3, asr #31
	str	r0, [sp, #140]
	ldr	r0, [sp, #88]
	lsls	r3, r0, #1
	ldr	r0, [sp, #148]
	ldr	r1, [sp, #96]
	ldr.w	r6, [lr, r0]
	ldr	r0, [sp, #148]
	strd	r9, r11, [sp, #68]
	ldr	r7, [r4, r0]
	ldr	r0, [sp, #92]
	lsls	r4, r0, #1
	@APP
	smmlar	r0, r3, r6, r7
	@NO_APP
	add.w	r0, r0, r3, asr #31
	str	r0, [sp, #92]
	@APP
	smmlar	r0, r4, r12, r5
	@NO_APP
	lsls	r3, r1, #1
	add.w	r0, r0, r4, asr #31
	str	r0, [sp, #76]
	ldr	r0, [sp, #108]
	ldr	r1, [sp, #112]
	lsls	r0, r0, #1
	@APP
	smmlar	r4, r0, r10, r2
	@NO_APP
	strd	r6, r7, [sp, #84]
	add.w	r0, r4, r0, asr #31
	str	r0, [sp, #96]
	@APP
	smmlar	r4, r3, r11, r9
	@NO_APP
	add.w	r0, r4, r3, asr #31
	str	r0, [sp, #108]
	ldr	r0, [sp, #116]
	lsls	r3, r0, #1
	ldr	r0, [sp, #104]
	lsls	r4, r0, #1
	@APP
	smmlar	r0, r3, r6, r7
	@NO_APP
	add.w	r0, r0, r3, asr #31
	str	r0, [sp, #116]
	@APP
	smmlar	r0, r4, r12, r5
	@NO_APP
	add.w	lr, r0, r4, asr #31
	ldr	r0, [sp, #120]
	lsls	r3, r1, #1
	lsls	r0, r0, #1
	@APP
	smmlar	r4, r0, r10, r2
	@NO_APP
	ldr	r1, [sp, #148]
	add.w	r0, r4, r0, asr #31
	str	r0, [sp, #104]
	@APP
	smmlar	r0, r3, r11, r9
	@NO_APP
	movw	r9, :lower16:.Lloom_demo_n11.right_shift
	add.w	r0, r0, r3, asr #31
	str	r0, [sp, #120]
	ldr	r0, [sp, #124]
	movt	r9, :upper16:.Lloom_demo_n11.right_shift
	lsls	r3, r0, #1
	ldr	r0, [sp, #152]
	lsls	r0, r0, #1
	add	r1, r9
	@APP
	smmlar	r11, r3, r6, r7
	@NO_APP
	add.w	r3, r11, r3, asr #31
	@APP
	smmlar	r5, r0, r12, r5
	@NO_APP
	add.w	r0, r5, r0, asr #31
	ldr	r1, [r1, #-12]
	str	r3, [sp, #152]
	ldr	r3, [sp, #100]
	asrs	r0, r1
	asr.w	r5, r3, r1
	ldr	r3, [sp, #76]
	str	r0, [sp, #124]
	ldr	r0, [sp, #128]
	asr.w	r4, r3, r1
	ldr	r7, [sp, #96]
	asr.w	r3, lr, r1
	str	r3, [sp, #112]
	lsls	r0, r0, #1
	@APP
	smmlar	r1, r0, r10, r2
	@NO_APP
	add.w	r2, r9, r8, lsl #2
	ldr	r3, [sp, #132]
	add.w	r0, r1, r0, asr #31
	ldr	r6, [sp, #52]
	ldrd	r2, r1, [r2, #4]
	asr.w	lr, r7, r2
	ldr	r7, [sp, #104]
	asr.w	r11, r7, r2
	ldr	r7, [sp, #136]
	asrs	r0, r2
	str	r0, [sp, #136]
	asrs	r3, r2
	lsls	r7, r7, #1
	ldrd	r2, r0, [sp, #68]
	@APP
	smmlar	r0, r7, r0, r2
	@NO_APP
	ldr	r2, [sp, #140]
	add.w	r10, r0, r7, asr #31
	ldr	r0, [sp, #56]
	asr.w	r7, r2, r1
	ldr	r2, [sp, #148]
	ssat	r12, #8, r5
	add.w	r5, r0, r8
	ssat	r3, #8, r3
	ldr.w	r9, [r9, r2]
	ldr	r2, [sp, #92]
	strb	r3, [r5, #1]
	asr.w	r3, r2, r9
	strb.w	r12, [r0, r8]
	ssat	r7, #8, r7
	ldr	r2, [sp, #108]
	ssat	r3, #8, r3
	strb	r7, [r5, #2]
	add.w	r7, r6, r6, lsl #3
	strb	r3, [r5, #3]
	ldr	r3, [sp, #40]
	add.w	r5, r8, r7, lsl #3
	ssat	r6, #8, r4
	ldr	r4, [sp, #48]
	add.w	r0, r3, r7, lsl #3
	strb	r6, [r3, r5]
	add	r0, r8
	asr.w	r6, r2, r1
	ssat	r7, #8, lr
	ldr	r2, [sp, #116]
	add.w	lr, r3, r5
	add.w	r5, r4, r4, lsl #3
	strb	r7, [r0, #1]
	asr.w	r7, r2, r9
	ssat	r6, #8, r6
	ldr	r2, [sp, #112]
	strb	r6, [r0, #2]
	add.w	r0, r8, r5, lsl #3
	ssat	r12, #8, r7
	ssat	r7, #8, r2
	strb.w	r12, [lr, #3]
	strb	r7, [r3, r0]
	asr.w	lr, r10, r1
	add.w	r10, r3, r0
	add.w	r6, r3, r5, lsl #3
	ldr	r0, [sp, #152]
	add	r6, r8
	asr.w	r5, r0, r9
	ldr	r0, [sp, #44]
	ssat	r7, #8, r11
	ldr	r2, [sp, #120]
	strb	r7, [r6, #1]
	add.w	r7, r0, r0, lsl #3
	asr.w	r12, r2, r1
	ldr	r0, [sp, #124]
	add.w	r4, r8, r7, lsl #3
	ldr	r2, [sp, #148]
	ssat	r1, #8, r12
	adds	r2, #16
	ssat	r5, #8, r5
	strb	r1, [r6, #2]
	ssat	r0, #8, r0
	strb.w	r5, [r10, #3]
	strb	r0, [r3, r4]
	ldr	r0, [sp, #144]
	add.w	r1, r3, r7, lsl #3
	add	r3, r4
	lsls	r7, r0, #1
	ldrd	r6, r0, [sp, #84]
	@APP
	smmlar	r6, r7, r6, r0
	@NO_APP
	add.w	r0, r1, r8
	ldr	r1, [sp, #136]
	add.w	r7, r6, r7, asr #31
	add.w	r8, r8, #4
	ldr	r6, [sp, #80]
	ssat	r5, #8, r1
	cmp.w	r8, #72
	ssat	r1, #8, lr
	strb	r5, [r0, #1]
	strb	r1, [r0, #2]
	asr.w	r0, r7, r9
	ssat	r0, #8, r0
	strb	r0, [r3, #3]
	beq.w	.LBB0_3
.LBB0_7:
	movw	r3, :lower16:.Lloom_demo_n11.bias
	str	r2, [sp, #148]
	movt	r3, :upper16:.Lloom_demo_n11.bias
	str.w	r8, [sp, #84]
	add.w	r0, r3, r8, lsl #2
	adds	r1, r3, r2
	ldr.w	r12, [r3, r2]
	ldrd	r4, r9, [r0, #4]
	ldr	r0, [sp, #28]
	cmp	r0, #12
	ldr	r0, [r1, #-12]
	str	r0, [sp, #152]
	bhs.w	.LBB0_12
	ldr	r0, [sp, #60]
	mov	r11, r9
	cmp	r0, #11
	mov	r0, r12
	mov	r2, r4
	mov.w	r10, #8388736
	ldr	r1, [sp, #152]
	str	r1, [sp, #140]
	bhi	.LBB0_10
	movw	r1, :lower16:.Lloom_demo_n11.weights
	ldr.w	r0, [r6, r8]
	movt	r1, :upper16:.Lloom_demo_n11.weights
	ldr	r2, [sp, #152]
	sxtab16	lr, r10, r0
	ldr.w	r1, [r1, r8]
	sxtb16	r5, r1
	smlabb	r2, lr, r5, r2
	sxtab16	r0, r10, r0, ror #8
	str	r2, [sp, #140]
	sxtb16	r1, r1, ror #8
	smlatt	r11, lr, r5, r9
	smlabb	r2, r0, r1, r4
	smlatt	r0, r0, r1, r12
.LBB0_10:
	strd	r2, r0, [sp, #124]
	add.w	r1, r6, r8
	movw	r0, :lower16:.Lloom_demo_n11.weights
	movt	r0, :upper16:.Lloom_demo_n11.weights
	str.w	r12, [sp, #144]
	ldr	r2, [r1, #72]
	ldr.w	r7, [r1, #144]
	ldr.w	r0, [r0, r8]
	ldr.w	r5, [r1, #216]
	str	r0, [sp, #120]
	sxtab16	r6, r10, r2
	str	r2, [sp, #116]
	sxtb16	r0, r0
	str	r5, [sp, #88]
	ldr	r2, [sp, #152]
	smlabb	r3, r6, r0, r2
	sxtab16	lr, r10, r7
	str	r3, [sp, #136]
	sxtab16	r5, r10, r5
	smlabb	r3, lr, r0, r2
	smlabb	r2, r5, r0, r2
	str	r7, [sp, #108]
	str	r2, [sp, #152]
	movw	r2, :lower16:.Lloom_demo_n11.weights
	movt	r2, :upper16:.Lloom_demo_n11.weights
	smlatt	r12, r6, r0, r9
	add.w	r10, r2, r8
	smlatt	r2, lr, r0, r9
	smlatt	r0, r5, r0, r9
	str	r1, [sp, #68]
	ldr.w	r7, [r10, #72]
	str	r7, [sp, #76]
	sxtb16	r9, r7
	ldr	r7, [sp, #140]
	smlabb	r8, r6, r9, r7
	ldr	r7, [sp, #136]
	smlatt	r6, r6, r9, r11
	str.w	r10, [sp, #24]
	smlatt	r11, lr, r9, r12
	smlabb	r12, r5, r9, r3
	ldr.w	r3, [r1, #288]
	smlatt	r1, r5, r9, r2
	mov.w	r2, #8388736
	str	r3, [sp, #140]
	smlabb	r7, lr, r9, r7
	sxtab16	r3, r2, r3
	str	r7, [sp, #112]
	smlatt	r0, r3, r9, r0
	ldr	r2, [sp, #152]
	str	r0, [sp, #136]
	ldr.w	r0, [r10, #144]
	sxtb16	r7, r0
	str	r0, [sp, #72]
	smlabb	r0, lr, r7, r8
	str	r0, [sp, #100]
	smlatt	r0, lr, r7, r6
	str	r0, [sp, #132]
	ldr	r0, [sp, #112]
	smlabb	r0, r5, r7, r0
	str	r0, [sp, #92]
	smlatt	r0, r5, r7, r11
	str	r0, [sp, #96]
	smlabb	r0, r3, r7, r12
	str	r0, [sp, #104]
	smlatt	r0, r3, r7, r1
	ldr	r1, [sp, #116]
	smlabb	r2, r3, r9, r2
	str	r0, [sp, #112]
	mov.w	r0, #8388736
	str	r2, [sp, #152]
	ldr	r2, [sp, #108]
	sxtab16	r0, r0, r1, ror #8
	ldr	r1, [sp, #120]
	sxtb16	r3, r1, ror #8
	mov.w	r1, #8388736
	sxtab16	r7, r1, r2, ror #8
	ldr	r2, [sp, #88]
	smlabb	r6, r0, r3, r4
	sxtab16	r5, r1, r2, ror #8
	ldr	r1, [sp, #144]
	smlabb	r8, r7, r3, r4
	smlabb	r12, r5, r3, r4
	smlatt	r4, r0, r3, r1
	smlatt	r2, r7, r3, r1
	smlatt	lr, r5, r3, r1
	ldr	r1, [sp, #76]
	sxtb16	r1, r1, ror #8
	ldr	r3, [sp, #124]
	smlabb	r10, r0, r1, r3
	ldr	r3, [sp, #128]
	smlatt	r9, r0, r1, r3
	ldr	r0, [sp, #140]
	smlatt	r11, r5, r1, r2
	mov.w	r2, #8388736
	sxtab16	r2, r2, r0, ror #8
	ldr	r0, [sp, #72]
	smlabb	r6, r7, r1, r6
	smlatt	r3, r7, r1, r4
	smlabb	r8, r5, r1, r8
	smlabb	r4, r2, r1, r12
	smlatt	r12, r2, r1, lr
	sxtb16	r1, r0, ror #8
	smlabb	r0, r7, r1, r10
	str	r0, [sp, #140]
	smlabb	r0, r5, r1, r6
	str	r0, [sp, #108]
	smlatt	r0, r5, r1, r3
	str	r0, [sp, #116]
	smlabb	r0, r2, r1, r8
	str	r0, [sp, #120]
	smlatt	r0, r2, r1, r11
	smlatt	r7, r7, r1, r9
	str	r0, [sp, #124]
	ldr	r0, [sp, #64]
	cmp	r0, #1
	bhi	.LBB0_13
	ldr	r0, [sp, #68]
	ldr	r1, [sp, #24]
	mov.w	lr, #8388736
	ldr	r6, [sp, #152]
	ldr.w	r0, [r0, #360]
	ldr.w	r1, [r1, #144]
	sxtb16	r3, r1
	ldr.w	r9, [sp, #136]
	sxtab16	r2, lr, r0
	sxtab16	r0, lr, r0, ror #8
	smlabb	r6, r2, r3, r6
	sxtb16	r1, r1, ror #8
	smlatt	r9, r2, r3, r9
	smlatt	r12, r0, r1, r12
	str	r6, [sp, #152]
	smlabb	r4, r0, r1, r4
	ldr	r0, [sp, #32]
	ldrd	r6, r8, [sp, #80]
	ldr	r2, [sp, #100]
	str	r4, [sp, #128]
	b	.LBB0_14
.LBB0_12:
	ldr	r0, [sp, #152]
	str.w	r9, [sp, #112]
	strd	r4, r12, [sp, #120]
	str.w	r12, [sp, #116]
	mov	r7, r12
	strd	r0, r4, [sp, #104]
	strd	r0, r9, [sp, #92]
	strd	r4, r9, [sp, #128]
	str	r4, [sp, #140]
	mov	r2, r0
	mov.w	lr, #8388736
	ldr	r0, [sp, #32]
	b	.LBB0_14
.LBB0_13:
	str	r4, [sp, #128]
	ldr	r0, [sp, #32]
	ldrd	r6, r8, [sp, #80]
	ldr.w	r9, [sp, #136]
	ldr	r2, [sp, #100]
	mov.w	lr, #8388736
.LBB0_14:
	cmp	r0, #11
	movw	r0, :lower16:.Lloom_demo_n11.weights
	movt	r0, :upper16:.Lloom_demo_n11.weights
	add.w	r10, r0, r8
	str.w	r10, [sp, #76]
	bhi.w	.LBB0_22
	ldr	r0, [sp, #60]
	mov	r4, r2
	cmp	r0, #11
	str.w	r12, [sp, #144]
	bhi	.LBB0_17
	add.w	r0, r6, r8
	ldr.w	r1, [r10, #216]
	sxtb16	r3, r1
	ldr.w	r0, [r0, #864]
	sxtb16	r1, r1, ror #8
	sxtab16	r2, lr, r0
	smlabb	r4, r2, r3, r4
	str	r4, [sp, #100]
	ldr	r4, [sp, #140]
	sxtab16	r0, lr, r0, ror #8
	smlabb	r4, r0, r1, r4
	str	r4, [sp, #140]
	ldr	r4, [sp, #132]
	smlatt	r4, r2, r3, r4
	smlatt	r7, r0, r1, r7
	str	r4, [sp, #132]
	str	r7, [sp, #88]
	b	.LBB0_18
.LBB0_17:
	str	r7, [sp, #88]
	str	r4, [sp, #100]
.LBB0_18:
	add.w	r11, r6, r8
	ldr.w	r1, [r10, #216]
	mov.w	r7, #8388736
	str	r1, [sp, #72]
	ldr.w	r2, [r11, #1008]
	ldr.w	r0, [r11, #936]
	str	r2, [sp, #24]
	mov	r4, r10
	sxtab16	r6, lr, r2
	ldr.w	r2, [r11, #1080]
	str	r0, [sp, #68]
	sxtab16	r0, lr, r0
	str	r2, [sp, #20]
	sxtb16	r3, r1
	ldr	r1, [sp, #92]
	sxtab16	r2, r7, r2
	ldr.w	r7, [r10, #288]
	smlabb	r1, r0, r3, r1
	str	r7, [sp, #16]
	sxtb16	lr, r7
	ldr	r7, [sp, #100]
	str	r1, [sp, #136]
	smlabb	r10, r0, lr, r7
	ldr	r7, [sp, #132]
	ldr	r1, [sp, #96]
	smlatt	r8, r0, r3, r1
	ldr	r1, [sp, #104]
	smlatt	r0, r0, lr, r7
	ldr	r7, [sp, #136]
	smlabb	r5, r6, r3, r1
	ldr	r1, [sp, #112]
	smlabb	r7, r6, lr, r7
	str.w	r11, [sp, #4]
	str	r7, [sp, #104]
	smlatt	r7, r6, lr, r8
	smlabb	r8, r2, lr, r5
	ldr.w	r5, [r11, #1152]
	smlatt	r12, r6, r3, r1
	ldr	r1, [sp, #152]
	str	r7, [sp, #112]
	mov.w	r7, #8388736
	smlabb	r1, r2, r3, r1
	str	r5, [sp, #12]
	smlatt	r3, r2, r3, r9
	sxtab16	r9, r7, r5
	smlatt	r12, r2, lr, r12
	smlabb	r1, r9, lr, r1
	str	r1, [sp, #152]
	smlatt	r1, r9, lr, r3
	str	r1, [sp, #136]
	ldr.w	r1, [r4, #360]
	str	r1, [sp, #8]
	ldr	r4, [sp, #144]
	sxtb16	r1, r1
	smlatt	r0, r6, r1, r0
	str	r0, [sp, #132]
	ldr	r0, [sp, #104]
	smlabb	r0, r2, r1, r0
	str	r0, [sp, #92]
	ldr	r0, [sp, #112]
	smlatt	r0, r2, r1, r0
	ldr	r2, [sp, #108]
	str	r0, [sp, #96]
	smlabb	r0, r9, r1, r8
	str	r0, [sp, #104]
	smlatt	r0, r9, r1, r12
	smlabb	r3, r6, r1, r10
	str	r0, [sp, #112]
	ldr	r0, [sp, #68]
	str	r3, [sp, #100]
	mov.w	r3, #8388736
	ldr	r1, [sp, #72]
	sxtab16	r0, r3, r0, ror #8
	mov.w	r8, #8388736
	sxtb16	r1, r1, ror #8
	smlabb	r12, r0, r1, r2
	ldr	r2, [sp, #116]
	smlatt	r9, r0, r1, r2
	ldr	r2, [sp, #24]
	sxtab16	r6, r3, r2, ror #8
	ldr	r2, [sp, #120]
	smlabb	r5, r6, r1, r2
	ldr	r2, [sp, #124]
	smlatt	r7, r6, r1, r2
	ldr	r2, [sp, #20]
	sxtab16	r2, r3, r2, ror #8
	ldr	r3, [sp, #128]
	smlabb	r3, r2, r1, r3
	smlatt	r10, r2, r1, r4
	ldr	r1, [sp, #16]
	sxtb16	r1, r1, ror #8
	ldr	r4, [sp, #140]
	smlabb	r11, r0, r1, r4
	ldr	r4, [sp, #88]
	smlatt	r0, r0, r1, r4
	ldr	r4, [sp, #12]
	smlabb	lr, r6, r1, r12
	sxtab16	r4, r8, r4, ror #8
	smlatt	r9, r6, r1, r9
	smlabb	r5, r2, r1, r5
	smlatt	r7, r2, r1, r7
	smlabb	r8, r4, r1, r3
	str	r7, [sp, #144]
	smlatt	r12, r4, r1, r10
	ldr	r1, [sp, #8]
	sxtb16	r1, r1, ror #8
	smlabb	r7, r6, r1, r11
	smlatt	r11, r6, r1, r0
	str	r7, [sp, #140]
	smlabb	r0, r2, r1, lr
	str	r0, [sp, #108]
	smlatt	r0, r2, r1, r9
	str	r0, [sp, #116]
	smlabb	r0, r4, r1, r5
	str	r0, [sp, #120]
	ldr	r0, [sp, #144]
	smlatt	r0, r4, r1, r0
	str	r0, [sp, #124]
	ldr	r0, [sp, #64]
	cmp	r0, #1
	bhi	.LBB0_20
	ldr	r0, [sp, #4]
	mov.w	r7, #8388736
	ldr.w	r10, [sp, #76]
	ldr	r6, [sp, #152]
	ldr.w	r0, [r0, #1224]
	ldr.w	r9, [sp, #136]
	ldr.w	r1, [r10, #360]
	mov.w	lr, #8388736
	sxtab16	r2, r7, r0
	sxtb16	r3, r1
	sxtab16	r0, r7, r0, ror #8
	smlabb	r6, r2, r3, r6
	sxtb16	r1, r1, ror #8
	smlatt	r9, r2, r3, r9
	smlabb	r8, r0, r1, r8
	str	r6, [sp, #152]
	smlatt	r12, r0, r1, r12
	str.w	r8, [sp, #128]
	ldrd	r6, r8, [sp, #80]
	ldr	r2, [sp, #100]
	b	.LBB0_21
.LBB0_20:
	str.w	r8, [sp, #128]
	mov.w	lr, #8388736
	ldr.w	r8, [sp, #84]
	ldr.w	r9, [sp, #136]
	ldr	r2, [sp, #100]
	ldrd	r10, r6, [sp, #76]
.LBB0_21:
	mov	r7, r11
.LBB0_22:
	ldr	r0, [sp, #36]
	str.w	r12, [sp, #144]
	cmp	r0, #11
	bhi.w	.LBB0_5
	ldr	r0, [sp, #60]
	add.w	r4, r6, r8
	cmp	r0, #11
	ldr.w	r11, [sp, #132]
	bhi	.LBB0_25
	ldr.w	r0, [r4, #1728]
	ldr.w	r1, [r10, #432]
	mov	r8, r2
	ldr	r6, [sp, #140]
	sxtab16	r3, lr, r0
	sxtb16	r2, r1
	smlabb	r8, r3, r2, r8
	sxtab16	r0, lr, r0, ror #8
	smlatt	r11, r3, r2, r11
	sxtb16	r1, r1, ror #8
	smlabb	r6, r0, r1, r6
	smlatt	r7, r0, r1, r7
	str	r6, [sp, #140]
	str	r7, [sp, #88]
	b	.LBB0_26
.LBB0_25:
	str	r7, [sp, #88]
	mov	r8, r2
.LBB0_26:
	ldr.w	r0, [r4, #1800]
	ldr.w	r1, [r10, #432]
	str	r0, [sp, #68]
	ldr.w	r2, [r4, #1872]
	str	r1, [sp, #72]
	ldr.w	r5, [r4, #1944]
	sxtab16	r0, lr, r0
	str	r2, [sp, #24]
	sxtb16	r3, r1
	ldr	r1, [sp, #92]
	smlabb	r1, r0, r3, r1
	str	r5, [sp, #20]
	str	r1, [sp, #136]
	ldr	r1, [sp, #96]
	smlatt	r1, r0, r3, r1
	mov	r12, r10
	str	r1, [sp, #132]
	ldr	r1, [sp, #104]
	sxtab16	r6, lr, r2
	str	r4, [sp, #4]
	smlabb	r7, r6, r3, r1
	ldr	r1, [sp, #112]
	smlatt	r2, r6, r3, r1
	sxtab16	r1, lr, r5
	ldr	r5, [sp, #152]
	smlabb	r5, r1, r3, r5
	smlatt	lr, r1, r3, r9
	ldr.w	r3, [r10, #504]
	str	r3, [sp, #16]
	sxtb16	r10, r3
	ldr	r3, [sp, #132]
	smlatt	r3, r6, r10, r3
	str	r3, [sp, #112]
	ldr.w	r3, [r4, #2016]
	mov.w	r4, #8388736
	str	r3, [sp, #12]
	sxtab16	r3, r4, r3
	smlabb	r9, r1, r10, r7
	smlabb	r7, r3, r10, r5
	str	r7, [sp, #152]
	smlatt	r7, r3, r10, lr
	smlabb	r8, r0, r10, r8
	smlatt	r11, r0, r10, r11
	ldr	r0, [sp, #136]
	str	r7, [sp, #136]
	ldr.w	r7, [r12, #576]
	str	r7, [sp, #8]
	smlabb	r0, r6, r10, r0
	sxtb16	r7, r7
	smlatt	r2, r1, r10, r2
	smlabb	r4, r6, r7, r8
	smlatt	r6, r6, r7, r11
	str	r4, [sp, #100]
	str	r6, [sp, #132]
	smlabb	r6, r1, r7, r0
	ldr	r0, [sp, #112]
	str	r6, [sp, #92]
	smlatt	r0, r1, r7, r0
	str	r0, [sp, #96]
	smlabb	r0, r3, r7, r9
	str	r0, [sp, #104]
	smlatt	r0, r3, r7, r2
	str	r0, [sp, #112]
	ldr	r0, [sp, #68]
	mov.w	r3, #8388736
	sxtab16	r1, r3, r0, ror #8
	ldr	r0, [sp, #72]
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #108]
	smlabb	lr, r1, r2, r0
	ldr	r0, [sp, #116]
	smlatt	r8, r1, r2, r0
	ldr	r0, [sp, #24]
	sxtab16	r6, r3, r0, ror #8
	ldr	r0, [sp, #120]
	smlabb	r5, r6, r2, r0
	ldr	r0, [sp, #124]
	smlatt	r4, r6, r2, r0
	ldr	r0, [sp, #20]
	sxtab16	r3, r3, r0, ror #8
	ldr	r0, [sp, #128]
	smlabb	r7, r3, r2, r0
	ldr	r0, [sp, #144]
	smlatt	r9, r3, r2, r0
	ldr	r0, [sp, #16]
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #140]
	smlabb	r10, r1, r2, r0
	ldr	r0, [sp, #88]
	smlatt	r12, r1, r2, r0
	ldr	r0, [sp, #12]
	mov.w	r1, #8388736
	smlabb	lr, r6, r2, lr
	sxtab16	r0, r1, r0, ror #8
	ldr	r1, [sp, #8]
	smlatt	r8, r6, r2, r8
	smlabb	r5, r3, r2, r5
	smlatt	r11, r3, r2, r4
	smlabb	r4, r0, r2, r7
	smlatt	r7, r0, r2, r9
	sxtb16	r2, r1, ror #8
	smlabb	r1, r6, r2, r10
	str	r1, [sp, #140]
	smlatt	r1, r6, r2, r12
	str	r1, [sp, #88]
	smlabb	r1, r3, r2, lr
	str	r1, [sp, #108]
	smlatt	r1, r3, r2, r8
	str	r1, [sp, #116]
	smlabb	r1, r0, r2, r5
	smlatt	r12, r0, r2, r11
	ldr	r0, [sp, #64]
	cmp	r0, #1
	str	r1, [sp, #120]
	str.w	r12, [sp, #124]
	bhi	.LBB0_28
	ldr	r0, [sp, #4]
	mov.w	r5, #8388736
	ldr	r1, [sp, #76]
	ldr	r6, [sp, #152]
	ldr.w	r0, [r0, #2088]
	ldr.w	r1, [r1, #576]
	sxtab16	r2, r5, r0
	sxtb16	r3, r1
	smlabb	r6, r2, r3, r6
	sxtab16	r0, r5, r0, ror #8
	str	r6, [sp, #152]
	sxtb16	r1, r1, ror #8
	ldr	r6, [sp, #136]
	smlatt	r7, r0, r1, r7
	smlabb	r4, r0, r1, r4
	smlatt	r6, r2, r3, r6
	str	r4, [sp, #128]
	str	r6, [sp, #136]
	b	.LBB0_29
.LBB0_28:
	str	r4, [sp, #128]
.LBB0_29:
	ldr	r1, [sp, #148]
	str	r7, [sp, #144]
	ldr.w	r8, [sp, #84]
	ldr	r2, [sp, #100]
	b.w	.LBB0_6
.LBB0_30:
	add	sp, #156
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n11, .Lfunc_end0-loom_demo_n11
	.cantunwind
	.fnend

	.type	.Lloom_demo_n11.bias,%object
	.section	.rodata..Lloom_demo_n11.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.bias:
	.long	935
	.long	1677
	.long	1174
	.long	4294966663
	.long	1887
	.long	521
	.long	4294966498
	.long	4294965596
	.long	4294966976
	.long	1453
	.long	4294966649
	.long	4294966001
	.long	690
	.long	1252
	.long	1122
	.long	4294965782
	.long	4294965374
	.long	1456
	.long	303
	.long	4294965829
	.long	4294966047
	.long	4294966948
	.long	1861
	.long	1325
	.long	1122
	.long	1007
	.long	1164
	.long	4294965779
	.long	929
	.long	4294966731
	.long	4294967170
	.long	387
	.long	4294966334
	.long	588
	.long	1561
	.long	937
	.long	4294966555
	.long	1163
	.long	4294965961
	.long	1607
	.long	4294966608
	.long	4294967292
	.long	4294967100
	.long	4294966724
	.long	4294966058
	.long	4294966851
	.long	4294965749
	.long	1337
	.long	4294966103
	.long	780
	.long	1778
	.long	618
	.long	4294967251
	.long	1275
	.long	1638
	.long	1626
	.long	1632
	.long	4294967124
	.long	4294965500
	.long	504
	.long	1145
	.long	4294966861
	.long	4294966701
	.long	1252
	.long	1981
	.long	617
	.long	4294966180
	.long	1791
	.long	36
	.long	346
	.long	432
	.long	813
	.size	.Lloom_demo_n11.bias, 288

	.type	.Lloom_demo_n11.weights,%object
	.section	.rodata..Lloom_demo_n11.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.weights:
	.ascii	":\264M\034\335\303\276K\017\030t\333\b;\324**{Z\341\235]]?\301\351ct\345\037_\3138\t\357\236\375\336*\273\222b\341\307I%\365\256\206l\250]\255v\030I\n\026\3659\226T\243(\225\004\260I\323\301\356\\\334hd\031Ns\225N3\263d\n\316=\314\330\272\017\bPh\024\017\031\352\305o\231\271\311pv\366\274\325\"Z^\035Y\r\253\302p9\343(\266\207\270!\366b\212ptRt2\235\351\372\357S\335\316e\235L\371XKB\276\375f\226\373@,\332\b\377\365\233\022<\3515\341rG*\356\316+\bs\007k\224\321\350\352\356\214@F\260E\037|zW\207\377\035q\032VH\f\211\312\272&V\210\270\030\031\275Y\020am\251\faw\022\327\322N\3719\\\265\000\\\247q-?\371\302\251i\300\213R\276\221,\355\311m\017\310x\276NS\00507\036CfUh\035\240\270\253\013\225m9\230}i\306\352\017\346\357\311\022\2750\367\021\356\274j\3073U\334pl\373j\274\020=m\005\230\340\r3\021L\034\0367\005\030\"\325>\346\220_\270!RRc\303a'*\003\310\236iJ\034<\253j\006\366@\326\361x\004\305\334]E!\307\323u\343nE\222\344\246\031\241BZ L>\265\226#k\211\347\317\006z\251\325\253\276\374M\345\362w\306\221\357\260t}\305\252=@%<\037\247\211\f\302Y\021\327\336\367\213\224\177F\036\033a\034\251\030o7\206\270~P\326N\177C4/\031uA\260\b\244B*\022\210F!(|\234\337lH3@s\nan\005\345\b\360\206\230C\026\366\222:\002;\033\212h\b\025\362\017w\267\223\246\226\032\226\013\271\n\225\274\346\001\b\032\374\340b\036G\203\212\220I\336mCO\252\326\340\032\265\324+\016bb\351\206'\340\356R\206\263c\357Ym\305\365\216A1\214_\f=\314TDp\031\220\212\210<4\376ZPi\273\360_A\007\336\320c\343\264\247\215lm\373?\367%-i\036A\352\225iuY\340\3062:\307\240\256\261 \r\245\370\236C)\001J\220\362\213}\266a\216\300i\345\230X\332_\035|\250\210\216/\234\020\254S7\021\263\021ft\334\030]Rd\226\302\345\030\000\257\031V\274h\215Z\006#\201\031\334\023\374\312\225.\004\030\242\301\315\317B\231\032%\204D\254"
	.size	.Lloom_demo_n11.weights, 648

	.type	.Lloom_demo_n11.multiplier,%object
	.section	.rodata..Lloom_demo_n11.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.multiplier:
	.long	2037938560
	.long	2090626560
	.long	1146456576
	.long	1722187904
	.long	1799886976
	.long	1499195520
	.long	1788330624
	.long	1306619008
	.long	2091529472
	.long	1709358720
	.long	1269319680
	.long	1258456704
	.long	1683034368
	.long	1221950976
	.long	1706737408
	.long	1547116416
	.long	1245704448
	.long	1646891520
	.long	1532457984
	.long	1464356992
	.long	1366682240
	.long	1436275712
	.long	1669370624
	.long	1645358848
	.long	1684336768
	.long	1954113792
	.long	1791990912
	.long	2101158144
	.long	1720490112
	.long	1464780800
	.long	1264813440
	.long	1699892096
	.long	1624553344
	.long	2062152192
	.long	1372489600
	.long	1828008192
	.long	1483756928
	.long	1697069184
	.long	1304861184
	.long	1610327552
	.long	1453905024
	.long	1695836928
	.long	1774491264
	.long	1315907072
	.long	1658375552
	.long	1446241664
	.long	1640307328
	.long	1808613760
	.long	1436482944
	.long	1535891328
	.long	1392000512
	.long	1416483072
	.long	1779708160
	.long	1822949760
	.long	1442485120
	.long	1867129856
	.long	1110178176
	.long	1113457408
	.long	1584945792
	.long	1100052352
	.long	1245391360
	.long	1654569088
	.long	1105801600
	.long	1313888896
	.long	1880245376
	.long	1584496384
	.long	2041364736
	.long	2127996672
	.long	1821483008
	.long	1707615360
	.long	1368929536
	.long	1772965760
	.size	.Lloom_demo_n11.multiplier, 288

	.type	.Lloom_demo_n11.requant_offset,%object
	.section	.rodata..Lloom_demo_n11.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.requant_offset:
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
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
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.size	.Lloom_demo_n11.requant_offset, 288

	.type	.Lloom_demo_n11.right_shift,%object
	.section	.rodata..Lloom_demo_n11.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.right_shift:
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
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
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.size	.Lloom_demo_n11.right_shift, 288

	.section	".note.GNU-stack","",%progbits

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
	sub	sp, #156
	movw	r2, :lower16:.Lloom_demo_n3.bias
	movw	r4, :lower16:.Lloom_demo_n3.weights
	str	r1, [sp, #4]
	movs	r1, #0
	movt	r2, :upper16:.Lloom_demo_n3.bias
	movt	r4, :upper16:.Lloom_demo_n3.weights
	movs	r3, #0
	str	r0, [sp, #8]
.LBB0_1:
	adds	r6, r4, r3
	add.w	r9, r0, r3
	strd	r3, r1, [sp, #148]
	adds	r7, r2, r1
	ldr	r5, [r0, r3]
	ldr.w	lr, [r2, r1]
	ldr	r1, [r6, #48]
	mov	r0, r6
	mov.w	r4, #8388736
	str	r1, [sp, #132]
	ldr.w	r10, [r7, #8]
	sxtb16	r6, r1
	ldr.w	r1, [r9, #16]
	sxtab16	r8, r4, r5
	ldr	r2, [r0, #64]
	str	r7, [sp, #128]
	smlabb	r11, r8, r6, lr
	str	r1, [sp, #124]
	mov	r7, r0
	sxtab16	r1, r4, r1
	str	r0, [sp, #108]
	sxtb16	r0, r2
	str	r5, [sp, #136]
	smlabb	r3, r1, r0, r11
	ldr.w	r11, [r9, #32]
	smlatt	r12, r8, r6, r10
	str	r2, [sp, #116]
	smlabb	r5, r1, r6, lr
	str.w	r9, [sp, #104]
	smlatt	r6, r1, r6, r10
	smlabb	lr, r8, r0, lr
	smlatt	r10, r8, r0, r10
	ldr.w	r8, [r7, #80]
	sxtab16	r2, r4, r11
	smlatt	r12, r1, r0, r12
	smlabb	r5, r2, r0, r5
	smlatt	r6, r2, r0, r6
	sxtb16	r0, r8
	smlabb	r7, r1, r0, lr
	smlatt	r1, r1, r0, r10
	ldr.w	r10, [r9, #48]
	str	r1, [sp, #140]
	smlabb	r1, r2, r0, r3
	str	r1, [sp, #96]
	smlatt	r1, r2, r0, r12
	sxtab16	r2, r4, r10
	str	r1, [sp, #120]
	smlabb	r1, r2, r0, r5
	str	r7, [sp, #144]
	smlatt	r0, r2, r0, r6
	str	r1, [sp, #112]
	str	r0, [sp, #100]
	ldr	r0, [sp, #136]
	ldr	r7, [sp, #116]
	sxtab16	r1, r4, r0, ror #8
	ldr	r0, [sp, #132]
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #128]
	sxtb16	r7, r7, ror #8
	ldr	r3, [r0, #4]
	ldr	r5, [r0, #12]
	ldr	r0, [sp, #124]
	smlabb	r6, r1, r2, r3
	smlatt	r12, r1, r2, r5
	sxtab16	r0, r4, r0, ror #8
	smlabb	lr, r0, r2, r3
	smlatt	r2, r0, r2, r5
	smlabb	r3, r1, r7, r3
	smlatt	r1, r1, r7, r5
	smlabb	r5, r0, r7, r6
	sxtab16	r6, r4, r11, ror #8
	smlatt	r12, r0, r7, r12
	smlabb	lr, r6, r7, lr
	smlatt	r2, r6, r7, r2
	sxtb16	r7, r8, ror #8
	smlabb	r3, r0, r7, r3
	smlatt	r0, r0, r7, r1
	str	r3, [sp, #136]
	str	r0, [sp, #132]
	smlatt	r0, r6, r7, r12
	str	r0, [sp, #128]
	ldr.w	r12, [r9, #384]
	sxtab16	r0, r4, r10, ror #8
	smlabb	r8, r6, r7, r5
	smlabb	r10, r0, r7, lr
	ldr.w	lr, [sp, #108]
	smlatt	r7, r0, r7, r2
	ldr	r2, [sp, #96]
	ldr.w	r0, [lr, #96]
	ldr	r5, [sp, #120]
	sxtab16	r1, r4, r12
	ldr	r3, [sp, #112]
	sxtb16	r6, r0
	smlabb	r2, r1, r6, r2
	str	r2, [sp, #116]
	ldr.w	r2, [r9, #400]
	smlatt	r9, r1, r6, r5
	sxtab16	r5, r4, r2
	smlabb	r11, r5, r6, r3
	ldr	r3, [sp, #100]
	smlatt	r6, r5, r6, r3
	ldr	r3, [sp, #128]
	sxtab16	r12, r4, r12, ror #8
	str.w	r11, [sp, #112]
	sxtb16	r0, r0, ror #8
	str	r6, [sp, #120]
	smlatt	r3, r12, r0, r3
	ldr	r6, [sp, #140]
	sxtab16	r2, r4, r2, ror #8
	smlabb	r8, r12, r0, r8
	str	r3, [sp, #100]
	smlabb	r3, r2, r0, r10
	smlatt	r0, r2, r0, r7
	str	r3, [sp, #124]
	str	r0, [sp, #128]
	ldr.w	r0, [lr, #112]
	mov	r4, lr
	ldr	r3, [sp, #144]
	sxtb16	lr, r0
	sxtb16	r11, r0, ror #8
	ldr	r0, [sp, #136]
	smlabb	r3, r1, lr, r3
	ldr.w	r4, [r4, #128]
	smlatt	r1, r1, lr, r6
	smlabb	r6, r12, r11, r0
	ldr	r0, [sp, #132]
	smlatt	r10, r12, r11, r0
	ldr	r0, [sp, #116]
	smlabb	r0, r5, lr, r0
	str	r0, [sp, #96]
	smlatt	r0, r5, lr, r9
	str	r0, [sp, #116]
	sxtb16	r0, r4
	smlabb	r3, r5, r0, r3
	mov	r7, r0
	smlatt	r9, r5, r0, r1
	ldr	r5, [sp, #152]
	smlabb	r0, r2, r11, r8
	lsls	r3, r3, #1
	sxtb16	r8, r4, ror #8
	movw	r4, :lower16:.Lloom_demo_n3.requant_offset
	smlabb	r12, r2, r8, r6
	movw	r6, :lower16:.Lloom_demo_n3.multiplier
	movt	r6, :upper16:.Lloom_demo_n3.multiplier
	str	r0, [sp, #84]
	ldr	r0, [sp, #100]
	movt	r4, :upper16:.Lloom_demo_n3.requant_offset
	ldr	r1, [r6, r5]
	ldr	r5, [sp, #152]
	smlatt	r0, r2, r11, r0
	lsl.w	r9, r9, #1
	str	r0, [sp, #100]
	ldr	r0, [r4, r5]
	smlatt	r2, r2, r8, r10
	str	r0, [sp, #80]
	str	r2, [sp, #72]
	@APP
	smmlar	r2, r3, r1, r0
	@NO_APP
	add.w	r0, r2, r3, asr #31
	str	r0, [sp, #108]
	ldr	r0, [sp, #152]
	lsl.w	r10, r12, #1
	adds	r2, r6, r0
	ldr	r0, [sp, #152]
	add.w	r12, r4, r0
	str	r1, [sp, #76]
	ldrd	r4, r0, [r2, #4]
	ldr.w	r3, [r12, #4]
	str	r3, [sp, #132]
	@APP
	smmlar	r5, r10, r4, r3
	@NO_APP
	add.w	r3, r5, r10, asr #31
	ldr.w	r10, [sp, #104]
	str	r3, [sp, #88]
	ldr.w	r1, [r12, #8]
	@APP
	smmlar	r5, r9, r0, r1
	@NO_APP
	ldr.w	r3, [r10, #416]
	mov.w	r6, #8388736
	str	r0, [sp, #136]
	add.w	r0, r5, r9, asr #31
	str	r1, [sp, #144]
	ldr	r5, [r2, #12]
	sxtab16	r2, r6, r3
	ldr	r1, [sp, #112]
	smlabb	r1, r2, lr, r1
	str	r0, [sp, #92]
	str	r1, [sp, #60]
	ldr	r1, [sp, #72]
	sxtab16	r9, r6, r3, ror #8
	ldr.w	r0, [r12, #12]
	lsls	r3, r1, #1
	ldr	r1, [sp, #96]
	str	r0, [sp, #140]
	smlabb	r1, r2, r7, r1
	@APP
	smmlar	r6, r3, r5, r0
	@NO_APP
	add.w	r0, r6, r3, asr #31
	str	r0, [sp, #112]
	ldr	r0, [sp, #84]
	smlabb	r3, r9, r8, r0
	ldr	r0, [sp, #120]
	lsls	r6, r1, #1
	smlatt	r0, r2, lr, r0
	str	r5, [sp, #64]
	lsls	r3, r3, #1
	str	r0, [sp, #96]
	mov	r1, r7
	ldrd	r12, lr, [sp, #76]
	@APP
	smmlar	r5, r6, r12, lr
	@NO_APP
	add.w	r0, r5, r6, asr #31
	str	r0, [sp, #84]
	ldr	r0, [sp, #132]
	@APP
	smmlar	r5, r3, r4, r0
	@NO_APP
	ldr	r0, [sp, #116]
	smlatt	r2, r2, r7, r0
	add.w	r0, r5, r3, asr #31
	str	r0, [sp, #120]
	ldr	r0, [sp, #124]
	lsls	r2, r2, #1
	smlabb	r0, r9, r11, r0
	ldr.w	r6, [r10, #432]
	str	r4, [sp, #68]
	str	r0, [sp, #116]
	ldr	r0, [sp, #100]
	smlatt	r5, r9, r8, r0
	mov.w	r4, #8388736
	ldr	r3, [sp, #144]
	ldr	r7, [sp, #136]
	@APP
	smmlar	r10, r2, r7, r3
	@NO_APP
	add.w	r2, r10, r2, asr #31
	str	r2, [sp, #124]
	sxtab16	r0, r4, r6
	ldr	r2, [sp, #60]
	ldr	r3, [sp, #128]
	smlabb	r2, r0, r1, r2
	smlatt	r10, r9, r11, r3
	lsls	r5, r5, #1
	ldr	r3, [sp, #140]
	ldr.w	r9, [sp, #64]
	@APP
	smmlar	r3, r5, r9, r3
	@NO_APP
	lsls	r2, r2, #1
	add.w	r3, r3, r5, asr #31
	str	r3, [sp, #128]
	@APP
	smmlar	r3, r2, r12, lr
	@NO_APP
	movw	r7, :lower16:.Lloom_demo_n3.right_shift
	movt	r7, :upper16:.Lloom_demo_n3.right_shift
	ldr	r5, [sp, #96]
	smlatt	r12, r0, r1, r5
	add.w	r0, r3, r2, asr #31
	ldr	r3, [sp, #152]
	ldr	r1, [sp, #116]
	sxtab16	r2, r4, r6, ror #8
	ldr	r4, [sp, #4]
	ldr	r3, [r7, r3]
	smlabb	r6, r2, r8, r1
	ldr	r1, [sp, #108]
	asr.w	lr, r0, r3
	ldr	r0, [sp, #152]
	asr.w	r5, r1, r3
	smlatt	r10, r2, r8, r10
	ldr	r1, [sp, #84]
	adds	r2, r7, r0
	asr.w	r11, r1, r3
	lsls	r6, r6, #1
	ldr	r0, [sp, #132]
	ldr	r1, [sp, #68]
	ldr	r7, [sp, #148]
	@APP
	smmlar	r1, r6, r1, r0
	@NO_APP
	ssat	r3, #8, r5
	ldr	r5, [r2, #4]
	ldr	r0, [sp, #88]
	strb	r3, [r4, r7]
	asrs	r0, r5
	ldr	r7, [sp, #120]
	add.w	r3, r1, r6, asr #31
	ldr	r1, [sp, #148]
	add	r1, r4
	ldr	r4, [sp, #92]
	ldrd	r6, r2, [r2, #8]
	ssat	r0, #8, r0
	asrs	r4, r6
	strb	r0, [r1, #1]
	ldr	r0, [sp, #112]
	asrs	r0, r2
	ssat	r4, #8, r4
	strb	r4, [r1, #2]
	asr.w	r4, r7, r5
	ssat	r0, #8, r0
	strb	r0, [r1, #3]
	asr.w	r0, r3, r5
	ssat	r3, #8, r11
	ldr	r5, [sp, #144]
	ssat	r4, #8, r4
	strb	r3, [r1, #16]
	ldr	r3, [sp, #124]
	strb	r4, [r1, #17]
	ldr	r4, [sp, #136]
	asrs	r3, r6
	lsl.w	r7, r12, #1
	@APP
	smmlar	r5, r7, r4, r5
	@NO_APP
	ldr	r4, [sp, #128]
	asrs	r4, r2
	ssat	r3, #8, r3
	strb	r3, [r1, #18]
	add.w	r3, r5, r7, asr #31
	ssat	r7, #8, r4
	movw	r4, :lower16:.Lloom_demo_n3.weights
	strb	r7, [r1, #19]
	lsl.w	r7, r10, #1
	asrs	r3, r6
	ldr	r6, [sp, #140]
	@APP
	smmlar	r6, r7, r9, r6
	@NO_APP
	add.w	r7, r6, r7, asr #31
	ssat	r0, #8, r0
	movt	r4, :upper16:.Lloom_demo_n3.weights
	strb.w	r0, [r1, #33]
	asr.w	r0, r7, r2
	ssat	r5, #8, lr
	ssat	r2, #8, r3
	ldr	r3, [sp, #148]
	ssat	r0, #8, r0
	strb.w	r5, [r1, #32]
	strb.w	r2, [r1, #34]
	movw	r2, :lower16:.Lloom_demo_n3.bias
	adds	r3, #4
	strb.w	r0, [r1, #35]
	ldr	r1, [sp, #152]
	movt	r2, :upper16:.Lloom_demo_n3.bias
	cmp	r3, #16
	ldr	r0, [sp, #8]
	add.w	r1, r1, #16
	bne.w	.LBB0_1
	ldr.w	r9, [sp, #4]
	movs	r3, #1
	add.w	r1, r9, #83
	mov.w	r12, #8388736
	mov	lr, r0
.LBB0_3:
	str	r3, [sp]
	movs	r3, #0
	movs	r5, #0
	str	r1, [sp, #20]
	strd	r9, lr, [sp, #12]
.LBB0_4:
	add	r4, r5
	add.w	r10, lr, r5
	strd	r5, r3, [sp, #148]
	ldr	r7, [r4, #48]
	ldr.w	r5, [r10, #32]
	add.w	r11, r2, r3
	ldr	r1, [r2, r3]
	str	r7, [sp, #144]
	mov	r3, r4
	sxtb16	r6, r7
	ldr.w	r4, [r10, #48]
	ldr.w	r7, [r10, #64]
	str	r5, [sp, #124]
	sxtab16	r5, r12, r5
	mov.w	r0, #8388736
	ldr.w	r2, [r11, #8]
	smlabb	lr, r5, r6, r1
	smlatt	r8, r5, r6, r2
	str	r4, [sp, #120]
	sxtab16	r5, r12, r4
	str	r7, [sp, #116]
	sxtab16	r12, r0, r7
	ldr	r0, [r3, #64]
	strd	r3, r0, [sp, #108]
	sxtb16	r0, r0
	smlabb	r9, r5, r6, r1
	smlabb	r7, r12, r6, r1
	smlatt	r1, r5, r6, r2
	smlabb	r4, r5, r0, lr
	smlatt	lr, r5, r0, r8
	ldr.w	r8, [r10, #80]
	smlatt	r2, r12, r6, r2
	ldr	r5, [r3, #80]
	smlatt	r6, r12, r0, r1
	mov.w	r1, #8388736
	sxtab16	r1, r1, r8
	smlabb	r9, r12, r0, r9
	smlabb	r7, r1, r0, r7
	smlatt	r2, r1, r0, r2
	sxtb16	r0, r5
	smlabb	r3, r12, r0, r4
	str	r3, [sp, #136]
	smlatt	r3, r12, r0, lr
	str	r3, [sp, #132]
	smlabb	r3, r1, r0, r9
	str	r3, [sp, #140]
	ldr.w	r3, [r10, #96]
	mov	lr, r10
	smlatt	r10, r1, r0, r6
	mov.w	r1, #8388736
	str	r3, [sp, #84]
	sxtab16	r1, r1, r3
	ldr.w	r6, [r11, #12]
	smlabb	r3, r1, r0, r7
	str.w	lr, [sp, #128]
	smlatt	r0, r1, r0, r2
	ldr	r2, [sp, #124]
	str	r0, [sp, #92]
	ldr	r0, [sp, #144]
	mov.w	r1, #8388736
	str	r3, [sp, #88]
	sxtb16	r0, r0, ror #8
	ldr	r3, [sp, #120]
	sxtab16	r1, r1, r2, ror #8
	ldr.w	r2, [r11, #4]
	smlabb	r9, r1, r0, r2
	smlatt	r11, r1, r0, r6
	mov.w	r1, #8388736
	sxtab16	r4, r1, r3, ror #8
	ldr	r3, [sp, #116]
	sxtab16	r1, r1, r3, ror #8
	smlabb	r3, r4, r0, r2
	smlabb	r12, r1, r0, r2
	smlatt	r2, r4, r0, r6
	smlatt	r0, r1, r0, r6
	ldr	r6, [sp, #112]
	sxtb16	r6, r6, ror #8
	smlabb	r7, r4, r6, r9
	smlatt	r9, r4, r6, r11
	smlatt	r11, r1, r6, r2
	mov.w	r2, #8388736
	sxtab16	r2, r2, r8, ror #8
	smlabb	r3, r1, r6, r3
	smlatt	r0, r2, r6, r0
	ldr.w	r8, [lr, #416]
	str	r0, [sp, #80]
	smlabb	r4, r2, r6, r12
	sxtb16	r0, r5, ror #8
	str	r0, [sp, #68]
	smlabb	r7, r1, r0, r7
	mov	r5, lr
	smlatt	r1, r1, r0, r9
	str	r7, [sp, #124]
	str	r1, [sp, #144]
	smlabb	r1, r2, r0, r3
	ldr	r7, [sp, #108]
	str	r1, [sp, #64]
	smlatt	r1, r2, r0, r11
	str	r4, [sp, #72]
	str	r1, [sp, #76]
	ldr	r0, [r7, #96]
	mov.w	r1, #8388736
	ldr.w	lr, [r7, #112]
	sxtb16	r3, r0
	sxtab16	r2, r1, r8
	ldr	r1, [sp, #132]
	smlatt	r1, r2, r3, r1
	mov	r6, r3
	str	r1, [sp, #132]
	ldr	r1, [sp, #136]
	smlabb	r11, r2, r3, r1
	ldr.w	r1, [r5, #432]
	sxtb16	r4, r0, ror #8
	mov.w	r0, #8388736
	ldr.w	r3, [r7, #128]
	ldr.w	r5, [r5, #448]
	sxtab16	r12, r0, r1
	mov	r0, r6
	sxtb16	r9, r3, ror #8
	str	r6, [sp, #56]
	sxtb16	r7, r3
	smlatt	r3, r12, r6, r10
	str	r3, [sp, #44]
	ldr	r3, [sp, #140]
	sxtb16	r2, lr
	smlabb	r0, r12, r0, r3
	mov.w	r3, #8388736
	str	r0, [sp, #36]
	sxtab16	r10, r3, r5
	smlabb	r0, r12, r2, r11
	sxtb16	r6, lr, ror #8
	str	r2, [sp, #96]
	sxtab16	lr, r3, r5, ror #8
	mov.w	r2, #8388736
	sxtab16	r1, r3, r1, ror #8
	smlabb	r3, r10, r7, r0
	str	r7, [sp, #32]
	movw	r7, :lower16:.Lloom_demo_n3.multiplier
	sxtab16	r2, r2, r8, ror #8
	str	r2, [sp, #140]
	ldr	r0, [sp, #124]
	smlabb	r8, r2, r4, r0
	lsls	r2, r3, #1
	ldr	r3, [sp, #152]
	movt	r7, :upper16:.Lloom_demo_n3.multiplier
	mov	r11, r4
	str	r4, [sp, #108]
	movw	r4, :lower16:.Lloom_demo_n3.requant_offset
	ldr	r5, [r7, r3]
	ldr	r3, [sp, #152]
	movt	r4, :upper16:.Lloom_demo_n3.requant_offset
	str	r1, [sp, #100]
	str.w	lr, [sp, #104]
	ldr	r0, [r4, r3]
	str	r0, [sp, #116]
	smlabb	r3, r1, r6, r8
	@APP
	smmlar	r7, r2, r5, r0
	@NO_APP
	add.w	r1, r7, r2, asr #31
	movw	r0, :lower16:.Lloom_demo_n3.multiplier
	str	r1, [sp, #60]
	ldr	r1, [sp, #152]
	movt	r0, :upper16:.Lloom_demo_n3.multiplier
	smlabb	r7, lr, r9, r3
	add	r1, r0
	ldr	r3, [sp, #152]
	add	r4, r3
	ldr	r3, [sp, #96]
	ldr	r0, [sp, #132]
	mov	lr, r3
	smlatt	r0, r12, r3, r0
	lsls	r7, r7, #1
	ldr	r3, [r1, #4]
	ldr.w	r8, [sp, #32]
	str	r5, [sp, #112]
	ldr	r5, [r4, #4]
	str	r3, [sp, #120]
	smlatt	r12, r10, r8, r0
	@APP
	smmlar	r0, r7, r3, r5
	@NO_APP
	str	r5, [sp, #124]
	ldrd	r2, r3, [sp, #140]
	smlatt	r2, r2, r11, r3
	add.w	r0, r0, r7, asr #31
	ldr.w	r11, [sp, #100]
	str	r0, [sp, #52]
	smlatt	r0, r11, r6, r2
	ldr	r5, [sp, #104]
	lsl.w	r2, r12, #1
	smlatt	r0, r5, r9, r0
	ldr	r7, [r4, #8]
	ldr	r3, [r1, #8]
	str	r7, [sp, #132]
	@APP
	smmlar	r7, r2, r3, r7
	@NO_APP
	add.w	r2, r7, r2, asr #31
	str	r3, [sp, #136]
	lsls	r0, r0, #1
	str	r2, [sp, #48]
	ldr	r3, [r1, #12]
	ldr	r2, [r4, #12]
	ldr	r1, [sp, #128]
	str	r2, [sp, #144]
	@APP
	smmlar	r2, r0, r3, r2
	@NO_APP
	add.w	r0, r2, r0, asr #31
	ldr.w	r1, [r1, #464]
	str	r0, [sp, #40]
	ldr	r0, [sp, #36]
	smlabb	r2, r10, lr, r0
	mov.w	r0, #8388736
	ldr	r7, [sp, #84]
	sxtab16	lr, r0, r1
	str	r3, [sp, #140]
	smlabb	r2, lr, r8, r2
	ldr	r3, [sp, #108]
	mov	r12, r9
	str.w	r12, [sp, #24]
	sxtab16	r7, r0, r7, ror #8
	str	r6, [sp, #28]
	sxtab16	r9, r0, r1, ror #8
	ldr	r0, [sp, #64]
	smlabb	r1, r11, r3, r0
	lsls	r2, r2, #1
	smlabb	r0, r5, r6, r1
	mov	r1, r12
	smlabb	r12, r9, r12, r0
	ldr.w	r11, [sp, #96]
	ldrd	r4, r0, [sp, #112]
	@APP
	smmlar	r4, r2, r4, r0
	@NO_APP
	add.w	r0, r4, r2, asr #31
	str	r0, [sp, #64]
	lsl.w	r4, r12, #1
	ldrd	r5, r0, [sp, #68]
	smlabb	r0, r7, r5, r0
	mov	r12, r8
	str	r0, [sp, #72]
	ldr	r0, [sp, #44]
	smlatt	r2, r10, r11, r0
	smlatt	r8, lr, r8, r2
	ldrd	r2, r0, [sp, #120]
	@APP
	smmlar	r2, r4, r2, r0
	@NO_APP
	ldr	r0, [sp, #80]
	smlatt	r0, r7, r5, r0
	ldr	r7, [sp, #104]
	str	r0, [sp, #80]
	add.w	r0, r2, r4, asr #31
	str	r0, [sp, #84]
	ldr	r0, [sp, #76]
	ldr	r2, [sp, #100]
	smlatt	r0, r2, r3, r0
	lsl.w	r2, r8, #1
	smlatt	r5, r7, r6, r0
	mov	r8, r12
	ldrd	r3, r0, [sp, #132]
	@APP
	smmlar	r4, r2, r0, r3
	@NO_APP
	add.w	r0, r4, r2, asr #31
	str	r0, [sp, #100]
	ldr	r0, [sp, #128]
	smlatt	r2, r9, r1, r5
	ldr	r3, [sp, #56]
	ldr.w	r6, [r0, #480]
	ldr	r0, [sp, #88]
	smlabb	r4, r10, r3, r0
	mov.w	r0, #8388736
	lsls	r1, r2, #1
	smlabb	r4, lr, r11, r4
	sxtab16	r5, r0, r6
	ldrd	r2, r0, [sp, #140]
	@APP
	smmlar	r0, r1, r2, r0
	@NO_APP
	ldr	r2, [sp, #92]
	smlabb	r4, r5, r12, r4
	add.w	r0, r0, r1, asr #31
	smlatt	r2, r10, r3, r2
	str	r0, [sp, #128]
	smlatt	r12, lr, r11, r2
	lsls	r1, r4, #1
	ldrd	r2, r0, [sp, #112]
	@APP
	smmlar	r2, r1, r2, r0
	@NO_APP
	ldr	r0, [sp, #108]
	ldr	r3, [sp, #80]
	mov	r4, r7
	smlatt	r3, r7, r0, r3
	ldr	r7, [sp, #72]
	smlabb	r7, r4, r0, r7
	movw	r11, :lower16:.Lloom_demo_n3.right_shift
	add.w	r0, r2, r1, asr #31
	mov.w	r2, #8388736
	movt	r11, :upper16:.Lloom_demo_n3.right_shift
	ldr	r1, [sp, #28]
	sxtab16	r2, r2, r6, ror #8
	ldr	r6, [sp, #152]
	smlatt	r3, r9, r1, r3
	ldr.w	r4, [r11, r6]
	smlabb	r7, r9, r1, r7
	ldr	r1, [sp, #60]
	asr.w	r10, r0, r4
	asr.w	r6, r1, r4
	ldr	r1, [sp, #24]
	smlatt	lr, r2, r1, r3
	ldr	r3, [sp, #64]
	asrs	r3, r4
	smlabb	r2, r2, r1, r7
	ldr	r4, [sp, #152]
	ldr.w	r9, [sp, #12]
	ssat	r1, #8, r6
	add.w	r6, r11, r4
	ldr	r0, [sp, #148]
	lsls	r2, r2, #1
	add	r0, r9
	smlatt	r8, r5, r8, r12
	ldrd	r4, r7, [sp, #120]
	ldr	r5, [r6, #4]
	@APP
	smmlar	r4, r2, r4, r7
	@NO_APP
	ldr	r7, [sp, #52]
	strb.w	r1, [r0, #48]
	asrs	r7, r5
	mov.w	r12, #8388736
	add.w	r2, r4, r2, asr #31
	ldrd	r4, r1, [r6, #8]
	ldr	r6, [sp, #48]
	asrs	r2, r5
	asrs	r6, r4
	ssat	r7, #8, r7
	strb.w	r7, [r0, #49]
	ldr	r7, [sp, #40]
	ssat	r6, #8, r6
	asrs	r7, r1
	strb.w	r6, [r0, #50]
	ldr	r6, [sp, #84]
	asrs	r6, r5
	ssat	r7, #8, r7
	ssat	r3, #8, r3
	strb.w	r7, [r0, #51]
	strb.w	r3, [r0, #64]
	ldr	r3, [sp, #100]
	ssat	r5, #8, r6
	ldrd	r6, r7, [sp, #132]
	asrs	r3, r4
	strb.w	r5, [r0, #65]
	lsl.w	r5, r8, #1
	@APP
	smmlar	r6, r5, r7, r6
	@NO_APP
	ldr	r7, [sp, #128]
	asrs	r7, r1
	ssat	r3, #8, r3
	strb.w	r3, [r0, #66]
	add.w	r3, r6, r5, asr #31
	ssat	r5, #8, r7
	lsl.w	r7, lr, #1
	strb.w	r5, [r0, #67]
	ldrd	r5, r6, [sp, #140]
	asrs	r3, r4
	@APP
	smmlar	r6, r7, r5, r6
	@NO_APP
	add.w	r7, r6, r7, asr #31
	movw	r4, :lower16:.Lloom_demo_n3.weights
	ssat	r2, #8, r2
	ldr.w	lr, [sp, #16]
	asr.w	r1, r7, r1
	strb.w	r2, [r0, #81]
	ssat	r5, #8, r10
	movt	r4, :upper16:.Lloom_demo_n3.weights
	ssat	r2, #8, r3
	strb.w	r5, [r0, #80]
	ldr	r5, [sp, #148]
	strb.w	r2, [r0, #82]
	ssat	r0, #8, r1
	ldr	r1, [sp, #20]
	ldr	r3, [sp, #152]
	movw	r2, :lower16:.Lloom_demo_n3.bias
	strb	r0, [r1, r5]
	adds	r5, #4
	movt	r2, :upper16:.Lloom_demo_n3.bias
	cmp	r5, #16
	add.w	r3, r3, #16
	bne.w	.LBB0_4
	ldr	r3, [sp]
	adds	r1, #48
	adds	r3, #1
	add.w	r9, r9, #48
	cmp	r3, #7
	add.w	lr, lr, #48
	bne.w	.LBB0_3
	movs	r1, #0
	movs	r3, #0
.LBB0_7:
	ldr	r0, [sp, #8]
	add.w	r11, r2, r1
	add	r0, r3
	ldr.w	r12, [r2, r1]
	strd	r3, r1, [sp, #148]
	add	r3, r4
	ldr.w	r6, [r0, #320]
	mov.w	r7, #8388736
	str	r6, [sp, #144]
	ldr	r1, [r3, #48]
	str	r1, [sp, #136]
	sxtab16	r2, r7, r6
	mov	r6, r3
	sxtb16	r3, r1
	ldr.w	r1, [r0, #336]
	ldr.w	r4, [r0, #352]
	ldr.w	r9, [r11, #8]
	str	r1, [sp, #132]
	smlabb	r8, r2, r3, r12
	str	r4, [sp, #128]
	smlatt	r10, r2, r3, r9
	sxtab16	r1, r7, r1
	str	r0, [sp, #120]
	sxtab16	r2, r7, r4
	ldr.w	r4, [r0, #368]
	smlabb	lr, r1, r3, r12
	smlabb	r5, r2, r3, r12
	smlatt	r12, r1, r3, r9
	smlatt	r9, r2, r3, r9
	ldr	r3, [r6, #64]
	str	r3, [sp, #124]
	sxtb16	r3, r3
	sxtab16	r0, r7, r4
	smlabb	r8, r1, r3, r8
	smlabb	r5, r0, r3, r5
	smlatt	r10, r1, r3, r10
	str	r5, [sp, #100]
	smlabb	lr, r2, r3, lr
	ldr	r5, [r6, #80]
	smlatt	r1, r2, r3, r12
	smlatt	r3, r0, r3, r9
	mov	r9, r6
	str	r3, [sp, #104]
	ldr.w	r6, [r11, #12]
	sxtb16	r3, r5
	smlabb	lr, r0, r3, lr
	smlatt	r0, r0, r3, r1
	ldr	r1, [sp, #136]
	str	r0, [sp, #140]
	ldr	r0, [sp, #144]
	smlabb	r8, r2, r3, r8
	smlatt	r2, r2, r3, r10
	ldr	r3, [sp, #128]
	sxtab16	r0, r7, r0, ror #8
	str	r2, [sp, #116]
	sxtb16	r1, r1, ror #8
	ldr.w	r2, [r11, #4]
	smlabb	r12, r0, r1, r2
	smlatt	r10, r0, r1, r6
	ldr	r0, [sp, #132]
	sxtab16	r11, r7, r3, ror #8
	sxtab16	r0, r7, r0, ror #8
	smlabb	r3, r0, r1, r2
	smlabb	r2, r11, r1, r2
	str	r2, [sp, #92]
	smlatt	r2, r0, r1, r6
	smlatt	r1, r11, r1, r6
	str	r1, [sp, #96]
	ldr	r1, [sp, #124]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #88]
	smlabb	r1, r0, r6, r12
	smlatt	r0, r0, r6, r10
	smlabb	r3, r11, r6, r3
	smlatt	r2, r11, r6, r2
	sxtb16	r6, r5, ror #8
	smlabb	r12, r11, r6, r1
	ldr	r1, [sp, #116]
	smlatt	r11, r11, r6, r0
	ldr	r0, [sp, #120]
	sxtab16	r5, r7, r4, ror #8
	str	r5, [sp, #84]
	smlabb	r3, r5, r6, r3
	mov	r4, r9
	str	r3, [sp, #136]
	ldr.w	r3, [r0, #704]
	smlatt	r2, r5, r6, r2
	str	r2, [sp, #132]
	ldr.w	r2, [r9, #96]
	sxtab16	r5, r7, r3
	sxtb16	r6, r2
	str	r6, [sp, #144]
	smlabb	r10, r5, r6, r8
	smlatt	r5, r5, r6, r1
	ldr.w	r1, [r0, #720]
	str	r5, [sp, #128]
	sxtab16	r5, r7, r3, ror #8
	sxtb16	r3, r2, ror #8
	mov	r2, r0
	smlatt	r0, r5, r3, r11
	str	r3, [sp, #116]
	sxtab16	r9, r7, r1
	smlabb	r12, r5, r3, r12
	str	r0, [sp, #68]
	smlabb	r0, r9, r6, lr
	ldr.w	r5, [r2, #736]
	ldr	r2, [r4, #112]
	str	r0, [sp, #76]
	ldr.w	r4, [r4, #128]
	sxtb16	lr, r2
	mov.w	r0, #8388736
	sxtab16	r8, r7, r1, ror #8
	smlabb	r10, r9, lr, r10
	sxtab16	r6, r0, r5
	str	r6, [sp, #36]
	sxtb16	r1, r4
	str	r1, [sp, #48]
	smlabb	r10, r6, r1, r10
	mov	r6, r1
	sxtab16	r3, r0, r5, ror #8
	movw	r1, :lower16:.Lloom_demo_n3.requant_offset
	sxtb16	r0, r2, ror #8
	lsl.w	r2, r10, #1
	movw	r10, :lower16:.Lloom_demo_n3.multiplier
	str	r0, [sp, #108]
	smlabb	r12, r8, r0, r12
	ldr	r0, [sp, #152]
	movt	r10, :upper16:.Lloom_demo_n3.multiplier
	movt	r1, :upper16:.Lloom_demo_n3.requant_offset
	sxtb16	r11, r4, ror #8
	str.w	lr, [sp, #40]
	ldr.w	r7, [r10, r0]
	ldr	r0, [sp, #152]
	str	r7, [sp, #64]
	ldr	r0, [r1, r0]
	str	r0, [sp, #112]
	@APP
	smmlar	r4, r2, r7, r0
	@NO_APP
	add.w	r0, r4, r2, asr #31
	str	r0, [sp, #80]
	ldr	r0, [sp, #152]
	smlabb	r2, r3, r11, r12
	add.w	r12, r10, r0
	ldr	r0, [sp, #152]
	ldr.w	r10, [sp, #36]
	adds	r4, r1, r0
	ldr	r0, [sp, #128]
	smlatt	r0, r9, lr, r0
	lsls	r2, r2, #1
	ldr.w	r5, [r12, #4]
	ldr	r7, [r4, #4]
	smlatt	r1, r10, r6, r0
	@APP
	smmlar	r0, r2, r5, r7
	@NO_APP
	add.w	r0, r0, r2, asr #31
	str	r5, [sp, #128]
	str	r7, [sp, #124]
	ldr	r2, [sp, #116]
	ldrd	r7, r5, [sp, #140]
	str	r0, [sp, #72]
	ldr	r0, [sp, #136]
	smlatt	r7, r9, r5, r7
	ldr.w	lr, [sp, #108]
	smlabb	r0, r8, r2, r0
	str	r7, [sp, #56]
	str	r0, [sp, #52]
	lsls	r0, r1, #1
	ldr	r7, [sp, #132]
	smlatt	r2, r8, r2, r7
	ldr	r1, [r4, #8]
	str	r2, [sp, #44]
	ldr	r2, [sp, #68]
	ldr.w	r5, [r12, #8]
	str	r1, [sp, #140]
	@APP
	smmlar	r1, r0, r5, r1
	@NO_APP
	smlatt	r2, r8, lr, r2
	add.w	r0, r1, r0, asr #31
	str	r0, [sp, #68]
	mov	r0, r3
	smlatt	r3, r3, r11, r2
	ldr	r1, [sp, #120]
	ldr.w	r8, [r12, #12]
	str	r5, [sp, #136]
	ldr.w	r12, [r1, #752]
	lsls	r3, r3, #1
	ldr	r2, [r4, #12]
	ldr	r7, [sp, #40]
	ldr	r5, [sp, #76]
	mov.w	r9, #8388736
	str	r2, [sp, #60]
	smlabb	r6, r10, r7, r5
	sxtab16	r5, r9, r12
	@APP
	smmlar	r4, r3, r8, r2
	@NO_APP
	add.w	r2, r4, r3, asr #31
	ldr	r1, [sp, #48]
	str	r2, [sp, #120]
	smlabb	r2, r5, r1, r6
	ldr	r3, [sp, #52]
	mov	r6, lr
	sxtab16	r9, r9, r12, ror #8
	smlabb	r3, r0, lr, r3
	lsls	r2, r2, #1
	mov	lr, r0
	str	r0, [sp, #32]
	smlabb	r0, r9, r11, r3
	ldr	r3, [sp, #112]
	str.w	r8, [sp, #132]
	ldr.w	r8, [sp, #64]
	@APP
	smmlar	r3, r2, r8, r3
	@NO_APP
	add.w	r2, r3, r2, asr #31
	str	r2, [sp, #52]
	ldr	r2, [sp, #56]
	smlatt	r3, r10, r7, r2
	smlatt	r12, r5, r1, r3
	lsls	r1, r0, #1
	ldr	r0, [sp, #44]
	smlatt	r2, lr, r6, r0
	ldrd	r3, r0, [sp, #124]
	@APP
	smmlar	r3, r1, r0, r3
	@NO_APP
	add.w	r0, r3, r1, asr #31
	str	r0, [sp, #76]
	ldr	r1, [sp, #92]
	ldrd	r0, r6, [sp, #84]
	smlatt	r2, r9, r11, r2
	lsl.w	r3, r12, #1
	smlabb	r11, r0, r6, r1
	ldr	r1, [sp, #100]
	ldr.w	lr, [sp, #144]
	mov	r4, r7
	smlabb	r12, r10, lr, r1
	lsls	r2, r2, #1
	ldrd	r7, r1, [sp, #136]
	@APP
	smmlar	r7, r3, r7, r1
	@NO_APP
	add.w	r1, r7, r3, asr #31
	smlabb	r3, r5, r4, r12
	str	r1, [sp, #100]
	ldr	r1, [sp, #96]
	smlatt	r7, r0, r6, r1
	ldr	r0, [sp, #132]
	lsls	r3, r3, #1
	ldr.w	r12, [sp, #60]
	@APP
	smmlar	r1, r2, r0, r12
	@NO_APP
	add.w	r0, r1, r2, asr #31
	str	r0, [sp, #96]
	ldr	r0, [sp, #112]
	@APP
	smmlar	r1, r3, r8, r0
	@NO_APP
	movw	r6, :lower16:.Lloom_demo_n3.right_shift
	add.w	r8, r1, r3, asr #31
	ldr	r1, [sp, #152]
	movt	r6, :upper16:.Lloom_demo_n3.right_shift
	ldr	r2, [sp, #104]
	ldr	r3, [sp, #116]
	ldr	r0, [sp, #32]
	smlatt	r2, r10, lr, r2
	smlabb	r10, r0, r3, r11
	ldr	r1, [r6, r1]
	smlatt	lr, r0, r3, r7
	ldr	r0, [sp, #80]
	asr.w	r7, r0, r1
	smlatt	r11, r5, r4, r2
	ldr	r0, [sp, #52]
	asr.w	r8, r8, r1
	ldr	r5, [sp, #108]
	asr.w	r2, r0, r1
	smlabb	r0, r9, r5, r10
	ldr	r1, [sp, #152]
	add	r1, r6
	smlatt	lr, r9, r5, lr
	lsls	r5, r0, #1
	ldr	r0, [sp, #4]
	ldr	r3, [sp, #148]
	ldr	r4, [r1, #4]
	add	r0, r3
	ldrd	r6, r3, [sp, #124]
	ssat	r7, #8, r7
	@APP
	smmlar	r3, r5, r3, r6
	@NO_APP
	ldr	r6, [sp, #72]
	strb.w	r7, [r0, #336]
	asrs	r6, r4
	add.w	r3, r3, r5, asr #31
	ldrd	r5, r7, [r1, #8]
	ldr	r1, [sp, #68]
	asrs	r3, r4
	asrs	r1, r5
	ssat	r6, #8, r6
	strb.w	r6, [r0, #337]
	ldr	r6, [sp, #120]
	ssat	r1, #8, r1
	asrs	r6, r7
	strb.w	r1, [r0, #338]
	ldr	r1, [sp, #76]
	asrs	r1, r4
	ssat	r6, #8, r6
	ssat	r2, #8, r2
	strb.w	r6, [r0, #339]
	strb.w	r2, [r0, #352]
	ldr	r2, [sp, #100]
	ssat	r1, #8, r1
	ldrd	r6, r4, [sp, #136]
	asrs	r2, r5
	strb.w	r1, [r0, #353]
	lsl.w	r1, r11, #1
	@APP
	smmlar	r4, r1, r6, r4
	@NO_APP
	ldr	r6, [sp, #96]
	asrs	r6, r7
	ssat	r2, #8, r2
	strb.w	r2, [r0, #354]
	add.w	r1, r4, r1, asr #31
	ssat	r2, #8, r6
	ldr	r6, [sp, #132]
	strb.w	r2, [r0, #355]
	lsl.w	r2, lr, #1
	asrs	r1, r5
	@APP
	smmlar	r6, r2, r6, r12
	@NO_APP
	add.w	r2, r6, r2, asr #31
	movw	r4, :lower16:.Lloom_demo_n3.weights
	asrs	r2, r7
	movt	r4, :upper16:.Lloom_demo_n3.weights
	ssat	r3, #8, r3
	ssat	r1, #8, r1
	strb.w	r3, [r0, #369]
	ldr	r3, [sp, #148]
	strb.w	r1, [r0, #370]
	ssat	r1, #8, r2
	adds	r3, #4
	movw	r2, :lower16:.Lloom_demo_n3.bias
	strb.w	r1, [r0, #371]
	ldr	r1, [sp, #152]
	movt	r2, :upper16:.Lloom_demo_n3.bias
	ssat	r5, #8, r8
	cmp	r3, #16
	add.w	r1, r1, #16
	strb.w	r5, [r0, #368]
	bne.w	.LBB0_7
	ldr	r7, [sp, #4]
	movs	r1, #1
	add.w	r0, r7, #17
	ldr	r5, [sp, #8]
.LBB0_9:
	adds	r1, #1
	str	r1, [sp, #24]
	movs	r1, #0
	movs	r4, #0
	str	r7, [sp, #44]
	str	r0, [sp, #28]
	str	r5, [sp, #40]
.LBB0_10:
	movw	r12, :lower16:.Lloom_demo_n3.weights
	adds	r6, r2, r1
	movt	r12, :upper16:.Lloom_demo_n3.weights
	ldr	r7, [r2, r1]
	ldr	r2, [r5, r4]
	add.w	r9, r5, r4
	ldr.w	r0, [r12, r4]
	str	r0, [sp, #136]
	strd	r4, r1, [sp, #148]
	mov.w	r1, #8388736
	str	r2, [sp, #140]
	sxtb16	r5, r0
	add.w	r0, r12, r4
	sxtab16	r1, r1, r2
	ldr.w	r2, [r9, #16]
	mov.w	lr, #8388736
	ldr	r4, [r0, #16]
	ldr	r3, [r6, #8]
	str	r2, [sp, #132]
	sxtab16	r12, lr, r2
	mov	r2, r0
	str	r0, [sp, #144]
	smlabb	r11, r1, r5, r7
	sxtb16	r0, r4
	smlatt	r8, r1, r5, r3
	smlatt	lr, r12, r5, r3
	str	r4, [sp, #124]
	smlabb	r4, r1, r0, r7
	smlatt	r3, r1, r0, r3
	ldr.w	r1, [r9, #32]
	smlabb	r10, r12, r5, r7
	mov.w	r7, #8388736
	str	r1, [sp, #128]
	smlatt	r5, r12, r0, r8
	sxtab16	r1, r7, r1
	ldr.w	r8, [r2, #32]
	smlabb	r11, r12, r0, r11
	smlabb	r10, r1, r0, r10
	smlatt	lr, r1, r0, lr
	sxtb16	r0, r8
	smlabb	r2, r12, r0, r4
	ldr	r4, [sp, #124]
	str	r2, [sp, #116]
	smlatt	r2, r12, r0, r3
	str	r2, [sp, #112]
	smlabb	r2, r1, r0, r11
	ldr.w	r12, [r9, #48]
	str	r2, [sp, #92]
	smlatt	r1, r1, r0, r5
	mov.w	r2, #8388736
	str	r1, [sp, #108]
	sxtab16	r1, r2, r12
	smlabb	r3, r1, r0, r10
	ldr.w	r10, [r6, #4]
	smlatt	r0, r1, r0, lr
	str	r3, [sp, #84]
	str	r0, [sp, #88]
	ldr	r0, [sp, #140]
	ldr	r3, [sp, #132]
	ldr	r1, [sp, #136]
	sxtb16	r5, r4, ror #8
	ldr	r4, [sp, #128]
	sxtab16	r0, r2, r0, ror #8
	ldr	r6, [r6, #12]
	sxtb16	r1, r1, ror #8
	sxtab16	r3, r2, r3, ror #8
	smlabb	lr, r0, r1, r10
	smlatt	r11, r0, r1, r6
	smlabb	r2, r3, r1, r10
	smlatt	r1, r3, r1, r6
	sxtab16	r4, r7, r4, ror #8
	smlabb	r10, r0, r5, r10
	smlatt	r0, r0, r5, r6
	smlabb	r6, r3, r5, lr
	smlatt	lr, r3, r5, r11
	smlabb	r2, r4, r5, r2
	smlatt	r1, r4, r5, r1
	sxtb16	r5, r8, ror #8
	smlatt	r0, r3, r5, r0
	str	r0, [sp, #136]
	smlabb	r0, r4, r5, r6
	smlabb	r7, r3, r5, r10
	str	r0, [sp, #132]
	smlatt	r0, r4, r5, lr
	mov.w	r3, #8388736
	str	r0, [sp, #128]
	mov.w	r4, #8388736
	sxtab16	r0, r3, r12, ror #8
	str	r7, [sp, #140]
	smlabb	r2, r0, r5, r2
	mov	r12, r9
	smlatt	r0, r0, r5, r1
	ldr	r1, [sp, #144]
	str	r2, [sp, #124]
	ldr.w	r2, [r9, #384]
	ldr	r7, [r1, #48]
	str	r2, [sp, #104]
	str	r0, [sp, #120]
	sxtab16	r0, r3, r2
	ldr	r2, [sp, #92]
	sxtb16	r6, r7
	ldr.w	r3, [r9, #400]
	smlabb	lr, r0, r6, r2
	ldr	r2, [sp, #108]
	str	r7, [sp, #96]
	smlatt	r8, r0, r6, r2
	sxtab16	r7, r4, r3
	ldr	r2, [sp, #84]
	smlabb	r5, r7, r6, r2
	ldr	r2, [sp, #88]
	str	r3, [sp, #92]
	smlatt	r6, r7, r6, r2
	ldr	r2, [r1, #64]
	mov	r3, r1
	sxtb16	r4, r2
	ldr	r1, [sp, #116]
	ldr.w	r9, [r9, #416]
	str	r2, [sp, #88]
	smlabb	r10, r0, r4, r1
	ldr	r1, [sp, #112]
	smlatt	r11, r0, r4, r1
	mov	r2, r12
	smlatt	r12, r7, r4, r8
	mov.w	r0, #8388736
	ldr.w	r8, [r3, #80]
	smlabb	lr, r7, r4, lr
	sxtab16	r1, r0, r9
	sxtb16	r0, r8
	smlabb	r5, r1, r4, r5
	smlatt	r4, r1, r4, r6
	ldr.w	r6, [r2, #432]
	smlabb	r3, r7, r0, r10
	mov	r10, r2
	str	r3, [sp, #112]
	smlatt	r3, r7, r0, r11
	smlabb	r11, r1, r0, lr
	mov.w	r7, #8388736
	smlatt	r1, r1, r0, r12
	str	r3, [sp, #108]
	str	r1, [sp, #116]
	sxtab16	r1, r7, r6
	str.w	r10, [sp, #100]
	smlabb	r2, r1, r0, r5
	ldr	r5, [sp, #140]
	smlatt	r0, r1, r0, r4
	str	r2, [sp, #84]
	str	r0, [sp, #80]
	ldr	r0, [sp, #104]
	ldr	r1, [sp, #132]
	ldr	r4, [sp, #120]
	sxtab16	r2, r7, r0, ror #8
	ldr	r0, [sp, #96]
	sxtb16	r0, r0, ror #8
	smlabb	r3, r2, r0, r1
	ldr	r1, [sp, #128]
	smlatt	r12, r2, r0, r1
	ldr	r1, [sp, #92]
	sxtab16	r1, r7, r1, ror #8
	ldr	r7, [sp, #124]
	smlabb	lr, r1, r0, r7
	ldr	r7, [sp, #136]
	smlatt	r4, r1, r0, r4
	ldr	r0, [sp, #88]
	sxtb16	r0, r0, ror #8
	smlabb	r5, r2, r0, r5
	smlatt	r2, r2, r0, r7
	mov.w	r7, #8388736
	sxtab16	r9, r7, r9, ror #8
	smlabb	r3, r1, r0, r3
	smlatt	r12, r1, r0, r12
	smlabb	lr, r9, r0, lr
	smlatt	r4, r9, r0, r4
	sxtb16	r0, r8, ror #8
	smlabb	r5, r1, r0, r5
	smlatt	r1, r1, r0, r2
	mov.w	r2, #8388736
	str	r1, [sp, #140]
	smlabb	r1, r9, r0, r3
	sxtab16	r3, r2, r6, ror #8
	smlatt	r12, r9, r0, r12
	smlabb	r6, r3, r0, lr
	ldr.w	lr, [r10, #768]
	str	r6, [sp, #124]
	ldr	r6, [sp, #144]
	smlatt	r0, r3, r0, r4
	str	r5, [sp, #132]
	str	r0, [sp, #104]
	ldr	r0, [r6, #96]
	mov	r5, r10
	mov.w	r10, #8388736
	sxtab16	r4, r2, lr
	sxtb16	r3, r0
	ldr.w	r7, [r5, #784]
	smlabb	r2, r4, r3, r11
	ldr	r5, [sp, #112]
	str	r2, [sp, #136]
	ldr	r2, [sp, #116]
	smlatt	r2, r4, r3, r2
	str	r2, [sp, #92]
	ldr	r2, [sp, #84]
	sxtab16	r8, r10, r7
	smlabb	r2, r8, r3, r2
	str	r2, [sp, #116]
	ldr	r2, [sp, #80]
	smlatt	r2, r8, r3, r2
	sxtab16	r11, r10, lr, ror #8
	str	r2, [sp, #120]
	sxtb16	lr, r0, ror #8
	ldr	r2, [r6, #112]
	smlabb	r0, r11, lr, r1
	sxtb16	r3, r2
	str	r0, [sp, #88]
	smlatt	r0, r11, lr, r12
	str	r3, [sp, #128]
	smlabb	r9, r4, r3, r5
	ldr	r5, [sp, #108]
	str	r0, [sp, #108]
	ldr.w	r0, [r6, #128]
	sxtb16	r1, r0
	str	r1, [sp, #56]
	smlabb	r6, r8, r1, r9
	mov	r12, r1
	sxtb16	r2, r2, ror #8
	ldr	r1, [sp, #132]
	smlatt	r3, r4, r3, r5
	mov	r9, r2
	smlabb	r1, r11, r2, r1
	lsls	r2, r6, #1
	movw	r6, :lower16:.Lloom_demo_n3.multiplier
	str	r3, [sp, #84]
	ldr	r3, [sp, #152]
	movt	r6, :upper16:.Lloom_demo_n3.multiplier
	movw	r5, :lower16:.Lloom_demo_n3.requant_offset
	str.w	r9, [sp, #68]
	ldr	r4, [r6, r3]
	ldr	r3, [sp, #152]
	movt	r5, :upper16:.Lloom_demo_n3.requant_offset
	str	r4, [sp, #80]
	sxtab16	r10, r10, r7, ror #8
	ldr	r7, [r5, r3]
	str	r7, [sp, #132]
	sxtb16	r3, r0, ror #8
	@APP
	smmlar	r0, r2, r4, r7
	@NO_APP
	add.w	r0, r0, r2, asr #31
	str	r0, [sp, #112]
	smlabb	r0, r10, r3, r1
	ldr	r1, [sp, #152]
	ldr	r2, [sp, #152]
	mov	r4, r3
	add	r1, r6
	add	r2, r5
	ldr	r3, [sp, #124]
	lsls	r0, r0, #1
	smlabb	r3, r10, lr, r3
	ldr	r6, [r2, #4]
	str	r3, [sp, #96]
	ldr	r3, [r1, #4]
	str	r3, [sp, #72]
	ldr	r5, [sp, #84]
	str	r6, [sp, #124]
	@APP
	smmlar	r6, r0, r3, r6
	@NO_APP
	ldr	r3, [sp, #104]
	add.w	r0, r6, r0, asr #31
	smlatt	r5, r8, r12, r5
	str	r0, [sp, #104]
	smlatt	r3, r10, lr, r3
	ldr	r0, [sp, #140]
	str	r3, [sp, #84]
	smlatt	lr, r11, r9, r0
	ldr	r3, [r1, #8]
	ldr	r0, [r2, #8]
	lsls	r6, r5, #1
	str	r3, [sp, #140]
	str	r0, [sp, #144]
	ldr	r7, [sp, #128]
	@APP
	smmlar	r0, r6, r3, r0
	@NO_APP
	ldr	r3, [sp, #92]
	smlatt	r3, r8, r7, r3
	ldr.w	r12, [sp, #100]
	str	r3, [sp, #60]
	add.w	r0, r0, r6, asr #31
	ldr	r3, [r2, #12]
	smlatt	r2, r10, r4, lr
	ldr	r5, [sp, #136]
	str	r0, [sp, #92]
	ldr.w	r0, [r12, #800]
	smlabb	r5, r8, r7, r5
	mov	r7, r4
	mov.w	r4, #8388736
	lsls	r2, r2, #1
	ldr	r6, [r1, #12]
	sxtab16	lr, r4, r0
	ldr.w	r8, [sp, #56]
	sxtab16	r4, r4, r0, ror #8
	ldr	r0, [sp, #88]
	str	r6, [sp, #136]
	smlabb	r0, r10, r9, r0
	smlabb	r5, lr, r8, r5
	@APP
	smmlar	r6, r2, r6, r3
	@NO_APP
	add.w	r2, r6, r2, asr #31
	str	r2, [sp, #88]
	smlabb	r0, r4, r7, r0
	ldr	r2, [sp, #108]
	smlatt	r6, r10, r9, r2
	lsls	r2, r5, #1
	mov	r11, r3
	str	r3, [sp, #76]
	lsls	r0, r0, #1
	ldr	r3, [sp, #132]
	ldr.w	r9, [sp, #80]
	@APP
	smmlar	r3, r2, r9, r3
	@NO_APP
	add.w	r1, r3, r2, asr #31
	str	r1, [sp, #64]
	ldr.w	r10, [sp, #72]
	ldr	r1, [sp, #124]
	@APP
	smmlar	r3, r0, r10, r1
	@NO_APP
	add.w	r0, r3, r0, asr #31
	str	r0, [sp, #108]
	ldr	r0, [sp, #60]
	smlatt	r3, lr, r8, r0
	ldr	r0, [sp, #116]
	ldr	r1, [sp, #128]
	mov.w	r5, #8388736
	smlabb	r2, lr, r1, r0
	ldr.w	r0, [r12, #816]
	smlatt	r12, r4, r7, r6
	lsls	r3, r3, #1
	sxtab16	r5, r5, r0
	str	r7, [sp, #52]
	ldrd	r7, r6, [sp, #140]
	smlabb	r2, r5, r8, r2
	@APP
	smmlar	r6, r3, r7, r6
	@NO_APP
	add.w	r3, r6, r3, asr #31
	str	r3, [sp, #116]
	lsl.w	r12, r12, #1
	ldr	r3, [sp, #120]
	smlatt	r1, lr, r1, r3
	lsls	r2, r2, #1
	str	r1, [sp, #120]
	ldr	r3, [sp, #136]
	@APP
	smmlar	r6, r12, r3, r11
	@NO_APP
	add.w	r1, r6, r12, asr #31
	str	r1, [sp, #128]
	ldr	r3, [sp, #132]
	@APP
	smmlar	r6, r2, r9, r3
	@NO_APP
	add.w	lr, r6, r2, asr #31
	ldr	r1, [sp, #68]
	ldr	r2, [sp, #96]
	smlabb	r6, r4, r1, r2
	mov.w	r2, #8388736
	movw	r3, :lower16:.Lloom_demo_n3.right_shift
	ldr	r7, [sp, #84]
	sxtab16	r0, r2, r0, ror #8
	ldr	r2, [sp, #152]
	movt	r3, :upper16:.Lloom_demo_n3.right_shift
	smlatt	r1, r4, r1, r7
	ldr	r7, [sp, #112]
	ldr	r2, [r3, r2]
	asr.w	r4, r7, r2
	ldr	r7, [sp, #52]
	smlatt	r1, r0, r7, r1
	asr.w	r9, lr, r2
	str	r1, [sp, #132]
	ldr	r1, [sp, #64]
	asr.w	r11, r1, r2
	smlabb	r0, r0, r7, r6
	ldr	r2, [sp, #152]
	ldr	r7, [sp, #44]
	add	r2, r3
	ldr	r3, [sp, #120]
	smlatt	r5, r5, r8, r3
	lsls	r3, r0, #1
	ldr	r0, [sp, #148]
	add	r0, r7
	ldr	r7, [sp, #124]
	ssat	r1, #8, r4
	ldr	r4, [r2, #4]
	@APP
	smmlar	r6, r3, r10, r7
	@NO_APP
	ldr	r7, [sp, #104]
	asrs	r7, r4
	strb.w	r1, [r0, #384]
	add.w	r12, r6, r3, asr #31
	ldr	r1, [sp, #92]
	ldrd	r3, r2, [r2, #8]
	ssat	r6, #8, r7
	ldr.w	lr, [sp, #148]
	asr.w	r7, r1, r3
	ldr	r1, [sp, #88]
	strb.w	r6, [r0, #385]
	asr.w	r6, r1, r2
	ssat	r1, #8, r7
	ldr	r7, [sp, #28]
	strb.w	r1, [r0, #386]
	ldr	r1, [sp, #108]
	add	r7, lr
	asrs	r1, r4
	ssat	r6, #8, r6
	strb.w	r6, [r7, #370]
	asr.w	r12, r12, r4
	ssat	r4, #8, r11
	ldr	r6, [sp, #116]
	ssat	r1, #8, r1
	strb.w	r4, [r7, #383]
	asr.w	r4, r6, r3
	strb.w	r1, [r0, #401]
	lsls	r1, r5, #1
	ldrd	r5, r6, [sp, #140]
	@APP
	smmlar	r5, r1, r5, r6
	@NO_APP
	ldr	r6, [sp, #128]
	asrs	r6, r2
	ssat	r4, #8, r4
	strb.w	r4, [r0, #402]
	add.w	r1, r5, r1, asr #31
	ssat	r4, #8, r6
	ldr	r6, [sp, #132]
	strb.w	r4, [r0, #403]
	lsls	r4, r6, #1
	asrs	r1, r3
	ldr	r3, [sp, #136]
	ldr	r6, [sp, #76]
	@APP
	smmlar	r3, r4, r3, r6
	@NO_APP
	add.w	r3, r3, r4, asr #31
	ldr	r4, [sp, #148]
	ssat	r6, #8, r9
	adds	r4, #4
	asr.w	r2, r3, r2
	strb.w	r6, [r0, #416]
	ssat	r6, #8, r12
	ldr	r5, [sp, #40]
	ssat	r1, #8, r1
	strb.w	r6, [r7, #400]
	strb.w	r1, [r0, #418]
	ldr	r1, [sp, #152]
	ssat	r0, #8, r2
	movw	r2, :lower16:.Lloom_demo_n3.bias
	movt	r2, :upper16:.Lloom_demo_n3.bias
	cmp	r4, #16
	add.w	r1, r1, #16
	strb.w	r0, [r7, #402]
	bne.w	.LBB0_10
	movs	r0, #1
	ldr	r1, [sp, #44]
	mov	r3, r5
.LBB0_12:
	str	r1, [sp, #52]
	movs	r1, #0
	movs	r5, #0
	str	r0, [sp, #36]
	str	r3, [sp, #48]
.LBB0_13:
	add.w	r10, r3, r5
	movw	lr, :lower16:.Lloom_demo_n3.weights
	movt	lr, :upper16:.Lloom_demo_n3.weights
	mov.w	r8, #8388736
	ldr.w	r7, [r10, #32]
	adds	r6, r2, r1
	strd	r5, r1, [sp, #148]
	ldr.w	r3, [lr, r5]
	str	r7, [sp, #132]
	sxtab16	r5, r8, r7
	ldr.w	r7, [r10, #48]
	ldr	r0, [r2, r1]
	str	r3, [sp, #136]
	sxtb16	r4, r3
	ldr.w	r3, [r10, #64]
	ldr	r2, [sp, #148]
	ldr	r1, [r6, #8]
	str	r7, [sp, #128]
	smlabb	r9, r5, r4, r0
	smlatt	r11, r5, r4, r1
	str	r6, [sp, #140]
	sxtab16	r5, r8, r7
	add.w	r7, lr, r2
	sxtab16	r6, r8, r3
	str	r3, [sp, #124]
	smlabb	r12, r5, r4, r0
	str	r7, [sp, #144]
	smlabb	lr, r6, r4, r0
	ldr	r0, [r7, #16]
	smlatt	r2, r5, r4, r1
	str	r0, [sp, #120]
	smlatt	r3, r6, r4, r1
	ldr.w	r1, [r10, #80]
	sxtb16	r0, r0
	str	r1, [sp, #116]
	smlabb	r4, r5, r0, r9
	ldr.w	r9, [r7, #32]
	sxtab16	r1, r8, r1
	smlatt	r5, r5, r0, r11
	smlabb	r11, r6, r0, r12
	ldr.w	r7, [r10, #96]
	smlatt	r12, r6, r0, r2
	smlabb	lr, r1, r0, lr
	smlatt	r2, r1, r0, r3
	sxtb16	r0, r9
	smlabb	r3, r6, r0, r4
	str	r3, [sp, #100]
	smlatt	r3, r6, r0, r5
	str	r3, [sp, #96]
	smlabb	r3, r1, r0, r11
	mov	r11, r10
	smlatt	r10, r1, r0, r12
	sxtab16	r1, r8, r7
	str	r3, [sp, #88]
	smlabb	r3, r1, r0, lr
	smlatt	r0, r1, r0, r2
	ldr	r1, [sp, #132]
	str	r3, [sp, #108]
	sxtab16	lr, r8, r1, ror #8
	ldr	r1, [sp, #140]
	str	r0, [sp, #104]
	ldr	r0, [sp, #136]
	ldr.w	r12, [r1, #4]
	ldr	r3, [r1, #12]
	ldr	r1, [sp, #128]
	sxtb16	r0, r0, ror #8
	sxtab16	r2, r8, r1, ror #8
	ldr	r1, [sp, #124]
	smlabb	r6, lr, r0, r12
	sxtab16	r1, r8, r1, ror #8
	smlatt	r4, lr, r0, r3
	smlabb	lr, r2, r0, r12
	smlabb	r5, r1, r0, r12
	smlatt	r12, r2, r0, r3
	smlatt	r0, r1, r0, r3
	ldr	r3, [sp, #120]
	sxtb16	r3, r3, ror #8
	smlabb	r6, r2, r3, r6
	smlatt	r2, r2, r3, r4
	ldr	r4, [sp, #116]
	smlabb	lr, r1, r3, lr
	sxtab16	r4, r8, r4, ror #8
	smlatt	r12, r1, r3, r12
	smlabb	r5, r4, r3, r5
	smlatt	r0, r4, r3, r0
	sxtb16	r3, r9, ror #8
	mov	r9, r11
	smlabb	r6, r1, r3, r6
	str.w	r9, [sp, #92]
	smlatt	r1, r1, r3, r2
	str	r6, [sp, #124]
	str	r1, [sp, #120]
	smlabb	r1, r4, r3, lr
	str	r1, [sp, #140]
	smlatt	r1, r4, r3, r12
	str	r1, [sp, #136]
	ldr	r4, [sp, #144]
	sxtab16	r1, r8, r7, ror #8
	smlabb	r2, r1, r3, r5
	smlatt	r0, r1, r3, r0
	ldr.w	r1, [r11, #416]
	str	r0, [sp, #128]
	ldr	r0, [r4, #48]
	str	r2, [sp, #132]
	ldr	r2, [sp, #96]
	str	r0, [sp, #116]
	ldr	r3, [sp, #100]
	str	r1, [sp, #112]
	sxtb16	r0, r0
	sxtab16	r1, r8, r1
	smlatt	r12, r1, r0, r2
	ldr.w	r2, [r11, #448]
	smlabb	lr, r1, r0, r3
	ldr.w	r3, [r11, #432]
	ldr	r1, [sp, #88]
	str	r2, [sp, #88]
	sxtab16	r7, r8, r2
	ldr	r2, [sp, #108]
	sxtab16	r5, r8, r3
	smlabb	r11, r7, r0, r2
	ldr	r2, [sp, #104]
	str	r3, [sp, #100]
	smlabb	r6, r5, r0, r1
	smlatt	r1, r5, r0, r10
	ldr.w	r10, [r4, #80]
	smlatt	r3, r7, r0, r2
	ldr	r0, [r4, #64]
	ldr.w	r2, [r9, #464]
	str	r0, [sp, #76]
	sxtb16	r0, r0
	str	r2, [sp, #72]
	smlabb	lr, r5, r0, lr
	ldr	r4, [sp, #132]
	smlatt	r5, r5, r0, r12
	smlatt	r12, r7, r0, r1
	sxtab16	r1, r8, r2
	smlabb	r6, r7, r0, r6
	smlabb	r11, r1, r0, r11
	smlatt	r3, r1, r0, r3
	sxtb16	r0, r10
	smlabb	r2, r7, r0, lr
	str	r2, [sp, #80]
	smlatt	r2, r7, r0, r5
	ldr.w	r7, [r9, #480]
	str	r2, [sp, #84]
	smlabb	r2, r1, r0, r6
	smlatt	r1, r1, r0, r12
	str	r2, [sp, #96]
	str	r1, [sp, #108]
	sxtab16	r1, r8, r7
	smlabb	r2, r1, r0, r11
	smlatt	r11, r1, r0, r3
	ldr	r1, [sp, #112]
	ldr	r0, [sp, #116]
	str	r2, [sp, #104]
	sxtb16	r0, r0, ror #8
	ldr	r2, [sp, #124]
	sxtab16	r1, r8, r1, ror #8
	smlabb	r6, r1, r0, r2
	ldr	r2, [sp, #120]
	smlatt	r5, r1, r0, r2
	ldr	r1, [sp, #100]
	sxtab16	r2, r8, r1, ror #8
	ldr	r1, [sp, #140]
	smlabb	r12, r2, r0, r1
	ldr	r1, [sp, #136]
	smlatt	r3, r2, r0, r1
	ldr	r1, [sp, #88]
	sxtab16	r1, r8, r1, ror #8
	smlabb	lr, r1, r0, r4
	ldr	r4, [sp, #128]
	smlatt	r4, r1, r0, r4
	ldr	r0, [sp, #76]
	sxtb16	r0, r0, ror #8
	smlabb	r6, r2, r0, r6
	smlatt	r2, r2, r0, r5
	smlabb	r5, r1, r0, r12
	smlatt	r12, r1, r0, r3
	ldr	r3, [sp, #72]
	sxtab16	r3, r8, r3, ror #8
	smlabb	lr, r3, r0, lr
	smlatt	r0, r3, r0, r4
	sxtb16	r4, r10, ror #8
	smlabb	r10, r1, r4, r6
	smlatt	r1, r1, r4, r2
	smlabb	r2, r3, r4, r5
	ldr	r5, [sp, #80]
	str	r2, [sp, #128]
	smlatt	r2, r3, r4, r12
	sxtab16	r3, r8, r7, ror #8
	str	r2, [sp, #116]
	smlabb	r2, r3, r4, lr
	str	r2, [sp, #132]
	ldr	r2, [sp, #144]
	smlatt	r0, r3, r4, r0
	ldr.w	r3, [r9, #800]
	str	r0, [sp, #140]
	ldr	r0, [r2, #96]
	sxtb16	r7, r0
	ldr	r4, [sp, #84]
	sxtab16	r6, r8, r3
	smlabb	r5, r6, r7, r5
	smlatt	lr, r6, r7, r4
	sxtb16	r6, r0, ror #8
	ldr.w	r0, [r9, #816]
	sxtab16	r3, r8, r3, ror #8
	smlatt	r1, r3, r6, r1
	str	r1, [sp, #136]
	ldr	r1, [sp, #96]
	sxtab16	r4, r8, r0
	smlabb	r10, r3, r6, r10
	smlabb	r1, r4, r7, r1
	ldr	r3, [sp, #108]
	str	r1, [sp, #120]
	ldr.w	r1, [r9, #832]
	smlatt	r3, r4, r7, r3
	str	r3, [sp, #84]
	ldr	r3, [sp, #104]
	sxtab16	r12, r8, r1
	smlabb	r3, r12, r7, r3
	str	r3, [sp, #108]
	smlatt	r3, r12, r7, r11
	sxtab16	r11, r8, r0, ror #8
	ldr	r0, [sp, #128]
	ldr	r7, [r2, #112]
	smlabb	r0, r11, r6, r0
	str	r3, [sp, #112]
	mov	r3, r2
	sxtb16	r2, r7
	str	r0, [sp, #80]
	ldr	r0, [sp, #116]
	str	r2, [sp, #124]
	smlabb	r5, r4, r2, r5
	smlatt	r2, r4, r2, lr
	movw	r4, :lower16:.Lloom_demo_n3.requant_offset
	smlatt	r0, r11, r6, r0
	str	r2, [sp, #96]
	str	r0, [sp, #100]
	ldr.w	r0, [r3, #128]
	sxtb16	r2, r7, ror #8
	movw	r3, :lower16:.Lloom_demo_n3.multiplier
	sxtb16	r9, r0
	movt	r3, :upper16:.Lloom_demo_n3.multiplier
	sxtab16	lr, r8, r1, ror #8
	smlabb	r8, r11, r2, r10
	mov	r10, r2
	ldr	r2, [sp, #152]
	smlabb	r1, r12, r9, r5
	movt	r4, :upper16:.Lloom_demo_n3.requant_offset
	ldr	r5, [r3, r2]
	ldr	r2, [sp, #152]
	lsls	r1, r1, #1
	str	r5, [sp, #68]
	ldr	r7, [r4, r2]
	str	r7, [sp, #72]
	sxtb16	r2, r0, ror #8
	@APP
	smmlar	r0, r1, r5, r7
	@NO_APP
	add.w	r0, r0, r1, asr #31
	str	r0, [sp, #104]
	ldr	r0, [sp, #152]
	str	r2, [sp, #116]
	smlabb	r8, lr, r2, r8
	adds	r2, r3, r0
	ldr	r0, [sp, #152]
	mov	r7, r10
	adds	r3, r4, r0
	ldr	r0, [sp, #132]
	smlabb	r0, lr, r6, r0
	ldr	r4, [sp, #96]
	str	r0, [sp, #88]
	lsl.w	r0, r8, #1
	ldr	r1, [r3, #4]
	ldr	r5, [r2, #4]
	str	r1, [sp, #132]
	smlatt	r4, r12, r9, r4
	@APP
	smmlar	r1, r0, r5, r1
	@NO_APP
	add.w	r0, r1, r0, asr #31
	str	r0, [sp, #96]
	ldr	r0, [sp, #136]
	str	r5, [sp, #128]
	ldr	r5, [sp, #140]
	smlatt	r8, r11, r10, r0
	lsls	r1, r4, #1
	ldr	r0, [r3, #8]
	smlatt	r5, lr, r6, r5
	ldr	r4, [r2, #8]
	str	r0, [sp, #144]
	@APP
	smmlar	r0, r1, r4, r0
	@NO_APP
	str	r5, [sp, #76]
	str.w	r10, [sp, #64]
	add.w	r0, r0, r1, asr #31
	str	r4, [sp, #136]
	ldr	r4, [sp, #84]
	ldrd	r5, r6, [sp, #120]
	ldr.w	r10, [sp, #92]
	smlatt	r4, r12, r6, r4
	str	r0, [sp, #84]
	ldr	r0, [sp, #116]
	str	r4, [sp, #56]
	ldr	r4, [r2, #12]
	ldr.w	r1, [r10, #848]
	smlatt	r2, lr, r0, r8
	smlabb	r5, r12, r6, r5
	mov.w	r6, #8388736
	sxtab16	r12, r6, r1
	ldr	r3, [r3, #12]
	lsls	r2, r2, #1
	smlabb	r11, r12, r9, r5
	sxtab16	r8, r6, r1, ror #8
	ldr	r6, [sp, #80]
	smlabb	r1, lr, r7, r6
	@APP
	smmlar	r5, r2, r4, r3
	@NO_APP
	add.w	r2, r5, r2, asr #31
	str	r2, [sp, #80]
	smlabb	r2, r8, r0, r1
	lsl.w	r5, r11, #1
	mov	r1, r0
	ldr	r0, [sp, #100]
	str	r4, [sp, #140]
	mov	r6, r9
	str	r3, [sp, #120]
	smlatt	r3, lr, r7, r0
	lsls	r2, r2, #1
	mov	r11, r6
	ldrd	lr, r9, [sp, #68]
	@APP
	smmlar	r4, r5, lr, r9
	@NO_APP
	add.w	r0, r4, r5, asr #31
	str	r0, [sp, #60]
	ldr	r7, [sp, #124]
	ldrd	r4, r0, [sp, #128]
	@APP
	smmlar	r4, r2, r4, r0
	@NO_APP
	add.w	r0, r4, r2, asr #31
	str	r0, [sp, #100]
	ldr	r0, [sp, #56]
	smlatt	r2, r12, r6, r0
	ldr.w	r0, [r10, #864]
	ldr	r4, [sp, #108]
	smlatt	r10, r8, r1, r3
	lsls	r2, r2, #1
	mov.w	r1, #8388736
	ldr	r6, [sp, #136]
	smlabb	r4, r12, r7, r4
	sxtab16	r5, r1, r0
	ldr	r3, [sp, #144]
	@APP
	smmlar	r6, r2, r6, r3
	@NO_APP
	add.w	r2, r6, r2, asr #31
	str	r2, [sp, #108]
	smlabb	r2, r5, r11, r4
	ldr	r4, [sp, #112]
	smlatt	r3, r12, r7, r4
	str	r3, [sp, #112]
	lsl.w	r3, r10, #1
	ldr	r6, [sp, #120]
	movw	r10, :lower16:.Lloom_demo_n3.right_shift
	ldr	r7, [sp, #140]
	@APP
	smmlar	r4, r3, r7, r6
	@NO_APP
	ldr	r6, [sp, #152]
	movt	r10, :upper16:.Lloom_demo_n3.right_shift
	ldr	r7, [sp, #64]
	lsls	r2, r2, #1
	sxtab16	r12, r1, r0, ror #8
	ldr	r0, [sp, #76]
	add.w	r3, r4, r3, asr #31
	@APP
	smmlar	r4, r2, lr, r9
	@NO_APP
	ldr.w	r6, [r10, r6]
	smlatt	r9, r8, r7, r0
	ldr	r0, [sp, #104]
	str	r3, [sp, #124]
	asr.w	r1, r0, r6
	ldr	r0, [sp, #112]
	add.w	r2, r4, r2, asr #31
	ldr	r3, [sp, #88]
	smlabb	r4, r8, r7, r3
	ldr	r7, [sp, #116]
	smlatt	r5, r5, r11, r0
	ldr	r0, [sp, #60]
	asr.w	lr, r0, r6
	smlabb	r0, r12, r7, r4
	asr.w	r11, r2, r6
	ldr	r2, [sp, #152]
	add	r2, r10
	smlatt	r12, r12, r7, r9
	lsls	r4, r0, #1
	ldr	r0, [sp, #52]
	ldr	r7, [sp, #148]
	ldrd	r3, r6, [sp, #128]
	add	r0, r7
	ldr	r7, [r2, #4]
	@APP
	smmlar	r8, r4, r3, r6
	@NO_APP
	ldr	r3, [sp, #96]
	asr.w	r9, r3, r7
	ldr	r3, [sp, #108]
	ssat	r1, #8, r1
	ldr	r6, [sp, #136]
	strb.w	r1, [r0, #432]
	add.w	r8, r8, r4, asr #31
	ssat	r1, #8, r9
	ldrd	r4, r9, [r2, #8]
	ldr	r2, [sp, #84]
	strb.w	r1, [r0, #433]
	asrs	r2, r4
	ldr	r1, [sp, #80]
	asr.w	r1, r1, r9
	ssat	r2, #8, r2
	ssat	r1, #8, r1
	strb.w	r2, [r0, #434]
	ldr	r2, [sp, #100]
	strb.w	r1, [r0, #435]
	asrs	r2, r7
	asr.w	r1, r8, r7
	ssat	r7, #8, lr
	strb.w	r7, [r0, #448]
	asr.w	r7, r3, r4
	ldr	r3, [sp, #124]
	asr.w	r3, r3, r9
	ssat	r2, #8, r2
	ssat	r3, #8, r3
	strb.w	r2, [r0, #449]
	ssat	r7, #8, r7
	strb.w	r3, [r0, #451]
	lsls	r2, r5, #1
	ldr	r5, [sp, #144]
	lsl.w	r3, r12, #1
	strb.w	r7, [r0, #450]
	ldr	r7, [sp, #140]
	@APP
	smmlar	r5, r2, r6, r5
	@NO_APP
	add.w	r2, r5, r2, asr #31
	ldr	r6, [sp, #120]
	@APP
	smmlar	r7, r3, r7, r6
	@NO_APP
	add.w	r3, r7, r3, asr #31
	ssat	r1, #8, r1
	ldr	r5, [sp, #148]
	asrs	r2, r4
	strb.w	r1, [r0, #465]
	asr.w	r1, r3, r9
	adds	r5, #4
	ssat	r2, #8, r2
	ldr	r3, [sp, #48]
	ssat	r1, #8, r1
	strb.w	r2, [r0, #466]
	movw	r2, :lower16:.Lloom_demo_n3.bias
	strb.w	r1, [r0, #467]
	ldr	r1, [sp, #152]
	movt	r2, :upper16:.Lloom_demo_n3.bias
	ssat	r6, #8, r11
	cmp	r5, #16
	add.w	r1, r1, #16
	strb.w	r6, [r0, #464]
	bne.w	.LBB0_13
	ldr	r0, [sp, #36]
	adds	r3, #48
	adds	r0, #1
	ldr	r1, [sp, #52]
	cmp	r0, #7
	add.w	r1, r1, #48
	bne.w	.LBB0_12
	movs	r1, #0
	movs	r3, #0
.LBB0_16:
	adds	r6, r2, r1
	ldr	r0, [sp, #40]
	adds	r5, r0, r3
	str	r6, [sp, #132]
	ldr.w	r8, [r6, #8]
	movw	r6, :lower16:.Lloom_demo_n3.weights
	movt	r6, :upper16:.Lloom_demo_n3.weights
	ldr	r0, [r2, r1]
	ldr.w	r2, [r5, #320]
	mov.w	r11, #8388736
	strd	r3, r1, [sp, #148]
	ldr	r1, [r6, r3]
	str	r2, [sp, #128]
	str	r1, [sp, #124]
	ldr.w	r4, [r5, #352]
	sxtab16	r3, r11, r2
	str	r4, [sp, #108]
	sxtb16	r2, r1
	ldr.w	r1, [r5, #336]
	str	r1, [sp, #116]
	smlabb	r9, r3, r2, r0
	smlatt	r10, r3, r2, r8
	str	r5, [sp, #144]
	sxtab16	r3, r11, r1
	ldr	r1, [sp, #148]
	sxtab16	r7, r11, r4
	add	r6, r1
	smlabb	r12, r3, r2, r0
	str	r6, [sp, #140]
	smlabb	r0, r7, r2, r0
	str	r0, [sp, #136]
	ldr	r0, [r6, #16]
	str	r0, [sp, #104]
	smlatt	r1, r3, r2, r8
	sxtb16	r0, r0
	smlatt	r4, r7, r2, r8
	smlabb	lr, r3, r0, r9
	ldr.w	r9, [r5, #368]
	smlatt	r10, r3, r0, r10
	ldr	r3, [sp, #136]
	smlatt	r2, r7, r0, r1
	ldr.w	r8, [r6, #32]
	sxtab16	r1, r11, r9
	smlabb	r12, r7, r0, r12
	smlabb	r3, r1, r0, r3
	smlatt	r0, r1, r0, r4
	str	r3, [sp, #136]
	sxtb16	r4, r8
	str	r0, [sp, #120]
	smlabb	r0, r7, r4, lr
	str	r0, [sp, #88]
	smlatt	r0, r1, r4, r2
	str	r0, [sp, #112]
	ldr	r0, [sp, #128]
	smlatt	r10, r7, r4, r10
	smlabb	r7, r1, r4, r12
	sxtab16	r1, r11, r0, ror #8
	ldr	r0, [sp, #124]
	sxtb16	r2, r0, ror #8
	ldr	r0, [sp, #132]
	ldr	r4, [r0, #4]
	ldr.w	lr, [r0, #12]
	ldr	r0, [sp, #116]
	smlabb	r6, r1, r2, r4
	smlatt	r5, r1, r2, lr
	sxtab16	r1, r11, r0, ror #8
	ldr	r0, [sp, #108]
	smlabb	r12, r1, r2, r4
	sxtab16	r0, r11, r0, ror #8
	smlatt	r3, r1, r2, lr
	smlabb	r4, r0, r2, r4
	smlatt	lr, r0, r2, lr
	ldr	r2, [sp, #104]
	sxtb16	r2, r2, ror #8
	smlabb	r6, r1, r2, r6
	smlatt	r1, r1, r2, r5
	smlabb	r5, r0, r2, r12
	smlatt	r12, r0, r2, r3
	sxtab16	r3, r11, r9, ror #8
	smlabb	r4, r3, r2, r4
	smlatt	r2, r3, r2, lr
	str	r4, [sp, #132]
	str	r2, [sp, #128]
	sxtb16	r2, r8, ror #8
	smlabb	r6, r0, r2, r6
	smlatt	r0, r0, r2, r1
	ldr	r1, [sp, #144]
	str	r0, [sp, #104]
	smlabb	r0, r3, r2, r5
	str	r0, [sp, #124]
	smlatt	r0, r3, r2, r12
	ldr	r2, [sp, #140]
	str	r6, [sp, #116]
	ldr.w	r6, [r1, #704]
	str	r6, [sp, #96]
	ldr	r3, [r2, #48]
	str	r0, [sp, #100]
	str	r3, [sp, #92]
	ldr.w	r5, [r1, #736]
	sxtab16	r0, r11, r6
	str	r5, [sp, #84]
	sxtb16	r6, r3
	ldr	r3, [sp, #88]
	smlabb	r9, r0, r6, r3
	ldr.w	r3, [r1, #720]
	smlatt	r10, r0, r6, r10
	ldr	r0, [sp, #112]
	sxtab16	r4, r11, r3
	str	r3, [sp, #88]
	smlabb	r8, r4, r6, r7
	mov	r7, r1
	smlatt	r3, r4, r6, r0
	ldr	r0, [sp, #136]
	sxtab16	r1, r11, r5
	ldr.w	lr, [r2, #64]
	smlabb	r5, r1, r6, r0
	ldr	r0, [sp, #120]
	smlatt	r12, r1, r6, r0
	mov	r6, r2
	sxtb16	r0, lr
	smlabb	r9, r4, r0, r9
	smlatt	r4, r4, r0, r10
	smlabb	r10, r1, r0, r8
	ldr.w	r8, [r7, #752]
	smlatt	r3, r1, r0, r3
	ldr	r7, [sp, #104]
	sxtab16	r2, r11, r8
	smlabb	r5, r2, r0, r5
	smlatt	r0, r2, r0, r12
	str	r5, [sp, #108]
	str	r0, [sp, #112]
	ldr	r0, [r6, #80]
	sxtb16	r6, r0
	mov.w	r12, #8388736
	smlabb	r9, r1, r6, r9
	smlatt	r1, r1, r6, r4
	mov.w	r4, #8388736
	str	r1, [sp, #120]
	smlatt	r1, r2, r6, r3
	str	r1, [sp, #136]
	ldr	r1, [sp, #96]
	smlabb	r10, r2, r6, r10
	ldr	r2, [sp, #92]
	sxtab16	r1, r4, r1, ror #8
	ldr	r3, [sp, #116]
	sxtb16	r2, r2, ror #8
	smlabb	r3, r1, r2, r3
	smlatt	r11, r1, r2, r7
	ldr	r1, [sp, #88]
	ldr	r7, [sp, #132]
	sxtab16	r5, r4, r1, ror #8
	ldr	r1, [sp, #124]
	smlabb	r6, r5, r2, r1
	ldr	r1, [sp, #100]
	smlatt	r4, r5, r2, r1
	ldr	r1, [sp, #84]
	sxtb16	r0, r0, ror #8
	sxtab16	r1, r12, r1, ror #8
	smlabb	r7, r1, r2, r7
	str	r7, [sp, #100]
	ldr	r7, [sp, #128]
	smlatt	r2, r1, r2, r7
	str	r2, [sp, #104]
	sxtb16	r2, lr, ror #8
	str	r2, [sp, #96]
	smlabb	lr, r5, r2, r3
	smlatt	r3, r5, r2, r11
	smlabb	r6, r1, r2, r6
	smlatt	r5, r1, r2, r4
	ldr	r4, [sp, #144]
	sxtab16	r7, r12, r8, ror #8
	smlabb	r2, r1, r0, lr
	smlatt	lr, r1, r0, r3
	str	r7, [sp, #92]
	smlabb	r1, r7, r0, r6
	ldr	r6, [sp, #140]
	str	r1, [sp, #76]
	ldr.w	r1, [r4, #1088]
	smlatt	r0, r7, r0, r5
	ldr	r3, [sp, #120]
	str	r0, [sp, #132]
	ldr	r0, [r6, #96]
	sxtab16	r7, r12, r1
	sxtb16	r5, r0
	str	r5, [sp, #60]
	smlabb	r8, r7, r5, r9
	smlatt	r7, r7, r5, r3
	str	r7, [sp, #128]
	sxtab16	r7, r12, r1, ror #8
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #120]
	smlabb	r0, r7, r1, r2
	str	r0, [sp, #124]
	ldr.w	r0, [r4, #1104]
	smlatt	r2, r7, r1, lr
	mov	r7, r5
	sxtab16	r9, r12, r0
	str	r2, [sp, #72]
	smlabb	r1, r9, r5, r10
	ldr	r2, [r6, #112]
	sxtab16	r3, r12, r0, ror #8
	ldr.w	r0, [r4, #1120]
	str	r1, [sp, #84]
	mov.w	r1, #8388736
	sxtb16	lr, r2
	ldr.w	r10, [r6, #128]
	smlabb	r4, r9, lr, r8
	str	r3, [sp, #52]
	sxtab16	r8, r1, r0
	str.w	lr, [sp, #36]
	sxtab16	r5, r1, r0, ror #8
	str	r5, [sp, #32]
	sxtb16	r1, r2, ror #8
	str	r1, [sp, #116]
	sxtb16	r11, r10
	ldr	r2, [sp, #124]
	smlabb	r12, r3, r1, r2
	movw	r1, :lower16:.Lloom_demo_n3.multiplier
	smlabb	r0, r8, r11, r4
	ldr	r3, [sp, #152]
	movt	r1, :upper16:.Lloom_demo_n3.multiplier
	movw	r2, :lower16:.Lloom_demo_n3.requant_offset
	lsls	r0, r0, #1
	movt	r2, :upper16:.Lloom_demo_n3.requant_offset
	ldr	r4, [r1, r3]
	ldr	r3, [sp, #152]
	sxtb16	r10, r10, ror #8
	str	r4, [sp, #64]
	ldr	r3, [r2, r3]
	@APP
	smmlar	r6, r0, r4, r3
	@NO_APP
	add.w	r0, r6, r0, asr #31
	str	r0, [sp, #88]
	ldr	r0, [sp, #152]
	smlabb	r6, r5, r10, r12
	add.w	r12, r1, r0
	ldr	r1, [sp, #152]
	add	r1, r2
	str	r3, [sp, #68]
	ldr	r0, [sp, #128]
	smlatt	r3, r9, lr, r0
	lsls	r6, r6, #1
	ldr.w	r2, [r12, #4]
	str	r2, [sp, #128]
	ldr	r4, [r1, #4]
	smlatt	lr, r8, r11, r3
	@APP
	smmlar	r3, r6, r2, r4
	@NO_APP
	ldr	r2, [sp, #136]
	smlatt	r0, r9, r7, r2
	add.w	r2, r3, r6, asr #31
	str	r0, [sp, #56]
	str	r2, [sp, #80]
	ldr	r2, [sp, #120]
	ldr	r0, [sp, #52]
	str	r4, [sp, #124]
	ldr	r3, [sp, #76]
	smlabb	r9, r0, r2, r3
	ldr.w	r7, [r12, #8]
	ldr	r4, [sp, #132]
	smlatt	r2, r0, r2, r4
	lsl.w	r3, lr, #1
	str	r7, [sp, #140]
	ldr	r6, [r1, #8]
	str	r2, [sp, #48]
	@APP
	smmlar	r4, r3, r7, r6
	@NO_APP
	ldr	r2, [sp, #116]
	ldr	r7, [sp, #72]
	smlatt	r7, r0, r2, r7
	str	r6, [sp, #136]
	smlatt	r0, r5, r10, r7
	ldr	r6, [r1, #12]
	ldr	r1, [sp, #144]
	add.w	r3, r4, r3, asr #31
	str	r3, [sp, #76]
	lsls	r0, r0, #1
	ldr.w	r3, [r1, #1136]
	ldr.w	r4, [r12, #12]
	ldr	r1, [sp, #36]
	mov.w	lr, #8388736
	ldr	r7, [sp, #84]
	str	r4, [sp, #132]
	smlabb	r12, r8, r1, r7
	@APP
	smmlar	r4, r0, r4, r6
	@NO_APP
	sxtab16	r7, lr, r3
	str	r6, [sp, #72]
	add.w	r0, r4, r0, asr #31
	str	r0, [sp, #144]
	smlabb	r0, r7, r11, r12
	mov	r6, r5
	sxtab16	lr, lr, r3, ror #8
	smlabb	r3, r5, r2, r9
	lsls	r0, r0, #1
	smlabb	r3, lr, r10, r3
	ldrd	r12, r5, [sp, #64]
	@APP
	smmlar	r4, r0, r12, r5
	@NO_APP
	add.w	r0, r4, r0, asr #31
	str	r0, [sp, #52]
	ldr	r0, [sp, #56]
	smlatt	r0, r8, r1, r0
	mov	r9, r1
	lsls	r3, r3, #1
	ldr	r1, [sp, #48]
	smlatt	r4, r6, r2, r1
	ldrd	r2, r1, [sp, #124]
	@APP
	smmlar	r6, r3, r1, r2
	@NO_APP
	add.w	r1, r6, r3, asr #31
	smlatt	r0, r7, r11, r0
	str	r1, [sp, #84]
	smlatt	r11, lr, r10, r4
	ldr	r2, [sp, #100]
	ldrd	r1, r4, [sp, #92]
	smlabb	r2, r1, r4, r2
	lsls	r0, r0, #1
	str	r2, [sp, #100]
	ldr	r2, [sp, #108]
	ldr.w	r10, [sp, #60]
	smlabb	r6, r8, r10, r2
	ldrd	r3, r2, [sp, #136]
	@APP
	smmlar	r3, r0, r2, r3
	@NO_APP
	add.w	r0, r3, r0, asr #31
	str	r0, [sp, #108]
	smlabb	r0, r7, r9, r6
	ldr	r2, [sp, #104]
	smlatt	r3, r1, r4, r2
	lsl.w	r4, r11, #1
	ldr.w	r11, [sp, #72]
	lsls	r0, r0, #1
	ldr	r1, [sp, #132]
	@APP
	smmlar	r6, r4, r1, r11
	@NO_APP
	add.w	r1, r6, r4, asr #31
	@APP
	smmlar	r6, r0, r12, r5
	@NO_APP
	ldr	r2, [sp, #112]
	str	r1, [sp, #104]
	smlatt	r8, r8, r10, r2
	add.w	r0, r6, r0, asr #31
	ldr	r1, [sp, #32]
	ldr	r2, [sp, #120]
	ldr	r6, [sp, #100]
	movw	r10, :lower16:.Lloom_demo_n3.right_shift
	smlabb	r12, r1, r2, r6
	ldr	r6, [sp, #152]
	movt	r10, :upper16:.Lloom_demo_n3.right_shift
	smlatt	r3, r1, r2, r3
	ldr	r1, [sp, #88]
	ldr.w	r6, [r10, r6]
	ldr	r2, [sp, #116]
	asr.w	r5, r1, r6
	smlatt	r4, r7, r9, r8
	ldr	r1, [sp, #52]
	asr.w	r8, r0, r6
	smlabb	r0, lr, r2, r12
	asr.w	r9, r1, r6
	ldr	r1, [sp, #152]
	smlatt	r12, lr, r2, r3
	ssat	r6, #8, r5
	add.w	r5, r10, r1
	lsls	r3, r0, #1
	ldr	r0, [sp, #44]
	ldr	r1, [sp, #148]
	ldr	r2, [r5, #4]
	add	r0, r1
	ldrd	r7, r1, [sp, #124]
	@APP
	smmlar	r1, r3, r1, r7
	@NO_APP
	ldr	r7, [sp, #80]
	asr.w	lr, r7, r2
	strb.w	r6, [r0, #720]
	add.w	r1, r1, r3, asr #31
	ldr	r7, [sp, #132]
	ssat	r3, #8, lr
	ldrd	r6, lr, [r5, #8]
	ldr	r5, [sp, #76]
	strb.w	r3, [r0, #721]
	asrs	r5, r6
	ldr	r3, [sp, #144]
	asr.w	r3, r3, lr
	ssat	r5, #8, r5
	strb.w	r5, [r0, #722]
	ldr	r5, [sp, #84]
	asrs	r5, r2
	ssat	r3, #8, r3
	strb.w	r3, [r0, #723]
	asrs	r1, r2
	ssat	r2, #8, r9
	ssat	r3, #8, r5
	strb.w	r2, [r0, #736]
	ldr	r2, [sp, #108]
	strb.w	r3, [r0, #737]
	lsls	r3, r4, #1
	ldrd	r5, r4, [sp, #136]
	asrs	r2, r6
	@APP
	smmlar	r5, r3, r4, r5
	@NO_APP
	ldr	r4, [sp, #104]
	asr.w	r4, r4, lr
	ssat	r2, #8, r2
	strb.w	r2, [r0, #738]
	add.w	r2, r5, r3, asr #31
	ssat	r3, #8, r4
	strb.w	r3, [r0, #739]
	lsl.w	r3, r12, #1
	@APP
	smmlar	r7, r3, r7, r11
	@NO_APP
	asrs	r2, r6
	add.w	r3, r7, r3, asr #31
	ssat	r1, #8, r1
	strb.w	r1, [r0, #753]
	asr.w	r1, r3, lr
	ldr	r3, [sp, #148]
	ssat	r2, #8, r2
	adds	r3, #4
	ssat	r1, #8, r1
	strb.w	r2, [r0, #754]
	movw	r2, :lower16:.Lloom_demo_n3.bias
	strb.w	r1, [r0, #755]
	ldr	r1, [sp, #152]
	movt	r2, :upper16:.Lloom_demo_n3.bias
	ssat	r6, #8, r8
	cmp	r3, #16
	add.w	r1, r1, #16
	strb.w	r6, [r0, #752]
	bne.w	.LBB0_16
	ldr	r7, [sp, #44]
	ldr	r1, [sp, #24]
	ldr	r3, [sp, #40]
	ldr	r0, [sp, #28]
	add.w	r7, r7, #384
	cmp	r1, #23
	add.w	r5, r3, #384
	add.w	r0, r0, #384
	bne.w	.LBB0_9
	movw	r0, #8464
	ldr	r1, [sp, #8]
	add	r0, r1
	str	r0, [sp, #48]
	movw	r0, #8864
	ldr	r3, [sp, #4]
	add	r0, r3
	movs	r3, #0
	movs	r4, #0
	str	r0, [sp, #44]
.LBB0_19:
	add	r1, r4
	mov.w	r0, #8448
	str	r1, [sp, #136]
	ldr.w	r12, [sp, #48]
	ldr	r1, [r1, r0]
	movw	r0, :lower16:.Lloom_demo_n3.weights
	movt	r0, :upper16:.Lloom_demo_n3.weights
	adds	r6, r2, r3
	strd	r4, r3, [sp, #148]
	ldr	r7, [r2, r3]
	ldr	r3, [r0, r4]
	str	r3, [sp, #132]
	add	r0, r4
	sxtb16	r5, r3
	ldr.w	r3, [r12, r4]
	mov.w	r2, #8388736
	str	r6, [sp, #144]
	str	r1, [sp, #128]
	ldr.w	r8, [r6, #8]
	sxtab16	r1, r2, r1
	str	r3, [sp, #124]
	sxtab16	r6, r2, r3
	ldr	r2, [r0, #16]
	mov	r3, r0
	smlatt	r11, r1, r5, r8
	str	r2, [sp, #116]
	smlabb	r10, r1, r5, r7
	str	r0, [sp, #92]
	smlabb	r9, r6, r5, r7
	sxtb16	r0, r2
	add.w	r2, r12, r4
	smlatt	lr, r6, r0, r11
	ldr.w	r11, [r3, #32]
	smlatt	r5, r6, r5, r8
	str	r2, [sp, #140]
	smlabb	r7, r1, r0, r7
	smlatt	r12, r1, r0, r8
	ldr.w	r8, [r2, #16]
	sxtb16	r4, r11
	mov.w	r1, #8388736
	smlabb	r3, r6, r4, r7
	mov.w	r7, #8388736
	smlabb	r10, r6, r0, r10
	str	r3, [sp, #120]
	sxtab16	r1, r1, r8
	smlatt	r3, r6, r4, r12
	str	r3, [sp, #112]
	smlabb	r3, r1, r4, r10
	ldr.w	r10, [r2, #32]
	smlabb	r9, r1, r0, r9
	smlatt	r0, r1, r0, r5
	mov	r12, r2
	smlatt	r1, r1, r4, lr
	mov.w	r2, #8388736
	str	r1, [sp, #108]
	ldr	r5, [sp, #116]
	sxtab16	r1, r2, r10
	str	r3, [sp, #88]
	smlabb	r3, r1, r4, r9
	str	r3, [sp, #104]
	ldr	r3, [sp, #144]
	smlatt	r0, r1, r4, r0
	ldr	r1, [sp, #132]
	str	r0, [sp, #96]
	ldr	r0, [sp, #128]
	ldr.w	r9, [r3, #4]
	ldr	r4, [r3, #12]
	ldr	r3, [sp, #124]
	sxtab16	r0, r2, r0, ror #8
	sxtb16	r1, r1, ror #8
	sxtab16	r2, r2, r3, ror #8
	smlabb	lr, r0, r1, r9
	smlatt	r3, r0, r1, r4
	smlabb	r6, r2, r1, r9
	smlatt	r1, r2, r1, r4
	sxtb16	r5, r5, ror #8
	sxtab16	r8, r7, r8, ror #8
	smlabb	r9, r0, r5, r9
	smlatt	r0, r0, r5, r4
	smlabb	r4, r2, r5, lr
	mov.w	lr, #8388736
	smlatt	r3, r2, r5, r3
	smlabb	r6, r8, r5, r6
	smlatt	r5, r8, r5, r1
	sxtb16	r1, r11, ror #8
	smlatt	r0, r2, r1, r0
	smlabb	r11, r8, r1, r4
	mov.w	r4, #8388736
	str	r0, [sp, #144]
	smlabb	r7, r2, r1, r9
	sxtab16	r0, r4, r10, ror #8
	smlatt	r8, r8, r1, r3
	smlabb	r2, r0, r1, r6
	ldr	r3, [sp, #136]
	str	r2, [sp, #124]
	mov.w	r2, #8832
	str	r7, [sp, #100]
	smlatt	r0, r0, r1, r5
	ldr	r7, [r3, r2]
	ldr	r3, [sp, #92]
	str	r0, [sp, #128]
	ldr	r0, [sp, #88]
	ldr	r1, [r3, #48]
	ldr	r2, [sp, #108]
	sxtab16	r5, r4, r7
	ldr	r6, [r3, #64]
	sxtb16	r4, r1
	smlabb	r0, r5, r4, r0
	str	r0, [sp, #136]
	ldr.w	r0, [r12, #384]
	smlatt	r2, r5, r4, r2
	str	r2, [sp, #132]
	ldr	r2, [sp, #104]
	sxtab16	r9, lr, r0
	smlabb	r2, r9, r4, r2
	str	r2, [sp, #104]
	ldr	r2, [sp, #96]
	smlatt	r2, r9, r4, r2
	str	r2, [sp, #108]
	ldr	r2, [sp, #120]
	sxtb16	r4, r6
	str	r4, [sp, #116]
	smlabb	r12, r5, r4, r2
	ldr	r2, [sp, #112]
	smlatt	r5, r5, r4, r2
	str	r5, [sp, #96]
	sxtab16	r5, lr, r7, ror #8
	ldr	r7, [r3, #80]
	sxtb16	r10, r1, ror #8
	smlabb	r1, r5, r10, r11
	movw	r11, :lower16:.Lloom_demo_n3.requant_offset
	str	r1, [sp, #88]
	smlatt	r1, r5, r10, r8
	sxtb16	r8, r7
	str	r1, [sp, #76]
	sxtab16	r4, lr, r0, ror #8
	smlabb	r2, r9, r8, r12
	sxtb16	r0, r6, ror #8
	ldr	r1, [sp, #100]
	movw	r12, :lower16:.Lloom_demo_n3.multiplier
	smlabb	lr, r5, r0, r1
	ldr	r1, [sp, #152]
	movt	r12, :upper16:.Lloom_demo_n3.multiplier
	lsls	r2, r2, #1
	movt	r11, :upper16:.Lloom_demo_n3.requant_offset
	ldr.w	r3, [r12, r1]
	ldr	r1, [sp, #152]
	str	r0, [sp, #112]
	ldr.w	r0, [r11, r1]
	str	r0, [sp, #72]
	sxtb16	r6, r7, ror #8
	@APP
	smmlar	r7, r2, r3, r0
	@NO_APP
	add.w	r1, r7, r2, asr #31
	str	r1, [sp, #100]
	ldr	r1, [sp, #152]
	str	r6, [sp, #64]
	add	r12, r1
	ldr	r1, [sp, #152]
	smlabb	r7, r4, r6, lr
	add.w	r6, r11, r1
	ldr	r0, [sp, #124]
	str	r3, [sp, #68]
	smlabb	r0, r4, r10, r0
	lsls	r7, r7, #1
	str	r0, [sp, #92]
	ldr	r0, [r6, #4]
	ldr.w	r1, [r12, #4]
	str	r0, [sp, #124]
	@APP
	smmlar	r3, r7, r1, r0
	@NO_APP
	ldr	r0, [sp, #128]
	ldr	r2, [sp, #96]
	smlatt	lr, r9, r8, r2
	smlatt	r0, r4, r10, r0
	str	r1, [sp, #120]
	str	r0, [sp, #80]
	add.w	r0, r3, r7, asr #31
	str	r0, [sp, #96]
	ldr	r0, [sp, #144]
	ldr	r3, [sp, #112]
	lsl.w	r7, lr, #1
	mov	r11, r8
	smlatt	r8, r5, r3, r0
	ldr	r2, [r6, #8]
	ldr	r0, [sp, #116]
	ldr	r1, [sp, #136]
	ldr.w	r5, [r12, #8]
	str	r2, [sp, #128]
	smlabb	r10, r9, r0, r1
	@APP
	smmlar	lr, r7, r5, r2
	@NO_APP
	ldr	r2, [sp, #132]
	smlatt	r1, r9, r0, r2
	add.w	r0, lr, r7, asr #31
	str	r0, [sp, #84]
	ldr	r0, [sp, #140]
	str	r1, [sp, #56]
	ldr	r1, [sp, #64]
	ldr.w	r7, [r0, #400]
	smlatt	r8, r4, r1, r8
	mov.w	r2, #8388736
	str	r5, [sp, #144]
	ldr.w	r5, [r12, #12]
	ldr	r0, [sp, #88]
	sxtab16	lr, r2, r7
	smlabb	r12, r4, r3, r0
	sxtab16	r9, r2, r7, ror #8
	mov	r2, r3
	lsl.w	r3, r8, #1
	smlabb	r8, lr, r11, r10
	ldr	r6, [r6, #12]
	@APP
	smmlar	r7, r3, r5, r6
	@NO_APP
	add.w	r3, r7, r3, asr #31
	mov	r0, r11
	str	r3, [sp, #88]
	smlabb	r3, r9, r1, r12
	mov	r11, r1
	lsl.w	r1, r8, #1
	str	r6, [sp, #136]
	ldr	r7, [sp, #76]
	ldrd	r8, r10, [sp, #68]
	@APP
	smmlar	r6, r1, r8, r10
	@NO_APP
	add.w	r1, r6, r1, asr #31
	smlatt	r4, r4, r2, r7
	lsls	r3, r3, #1
	str	r1, [sp, #60]
	mov	r6, r0
	ldrd	r2, r1, [sp, #120]
	@APP
	smmlar	r1, r3, r2, r1
	@NO_APP
	str	r0, [sp, #52]
	add.w	r1, r1, r3, asr #31
	ldr	r0, [sp, #56]
	str	r1, [sp, #76]
	smlatt	r1, lr, r6, r0
	ldr	r0, [sp, #140]
	str	r5, [sp, #132]
	ldr	r2, [sp, #104]
	ldr	r3, [sp, #116]
	ldr.w	r5, [r0, #416]
	lsls	r0, r1, #1
	smlabb	r12, lr, r3, r2
	ldr	r2, [sp, #144]
	smlatt	r7, r9, r11, r4
	mov.w	r1, #8388736
	ldr	r4, [sp, #128]
	@APP
	smmlar	r2, r0, r2, r4
	@NO_APP
	add.w	r0, r2, r0, asr #31
	str	r0, [sp, #140]
	sxtab16	r1, r1, r5
	ldr	r0, [sp, #108]
	smlabb	r2, r1, r6, r12
	lsls	r7, r7, #1
	smlatt	r6, lr, r3, r0
	ldrd	r3, r0, [sp, #132]
	@APP
	smmlar	r4, r7, r3, r0
	@NO_APP
	mov.w	r3, #8388736
	lsls	r2, r2, #1
	sxtab16	lr, r3, r5, ror #8
	movw	r3, :lower16:.Lloom_demo_n3.right_shift
	add.w	r0, r4, r7, asr #31
	@APP
	smmlar	r7, r2, r8, r10
	@NO_APP
	ldr	r5, [sp, #152]
	movt	r3, :upper16:.Lloom_demo_n3.right_shift
	str	r0, [sp, #108]
	add.w	r2, r7, r2, asr #31
	ldr	r4, [sp, #112]
	ldr	r0, [sp, #92]
	ldr	r7, [sp, #80]
	smlabb	r0, r9, r4, r0
	ldr	r5, [r3, r5]
	smlatt	r7, r9, r4, r7
	ldr	r4, [sp, #100]
	smlabb	r0, lr, r11, r0
	asr.w	r12, r4, r5
	ldr	r4, [sp, #52]
	smlatt	r10, r1, r4, r6
	ldr	r1, [sp, #60]
	asr.w	r9, r1, r5
	ldr.w	r8, [sp, #4]
	asr.w	r1, r2, r5
	str	r1, [sp, #116]
	ldr	r1, [sp, #152]
	smlatt	r2, lr, r11, r7
	adds	r6, r3, r1
	ldr	r1, [sp, #148]
	add.w	r3, r8, r1
	lsls	r0, r0, #1
	ldrd	r5, r1, [sp, #120]
	ldr	r7, [r6, #4]
	@APP
	smmlar	r5, r0, r5, r1
	@NO_APP
	ldr	r1, [sp, #96]
	mov.w	r4, #8832
	ssat	r12, #8, r12
	ldr.w	lr, [sp, #44]
	asrs	r1, r7
	strb.w	r12, [r3, r4]
	add.w	r12, r5, r0, asr #31
	ldr	r0, [sp, #148]
	ssat	r5, #8, r1
	ldr	r1, [r6, #8]
	add.w	r3, lr, r0
	ldr	r0, [sp, #84]
	asrs	r0, r1
	ldr	r6, [r6, #12]
	ldr	r4, [sp, #88]
	strb	r5, [r3, #-31]
	asr.w	r5, r4, r6
	ldr	r4, [sp, #140]
	ssat	r0, #8, r0
	strb	r0, [r3, #-30]
	ldr	r0, [sp, #76]
	ssat	r5, #8, r5
	asrs	r0, r7
	strb	r5, [r3, #-29]
	ssat	r5, #8, r9
	asr.w	r12, r12, r7
	strb	r5, [r3, #-16]
	asr.w	r5, r4, r1
	ldr	r4, [sp, #144]
	ssat	r0, #8, r0
	ldr	r7, [sp, #128]
	strb	r0, [r3, #-15]
	lsl.w	r0, r10, #1
	@APP
	smmlar	r7, r0, r4, r7
	@NO_APP
	ldr	r4, [sp, #108]
	asrs	r4, r6
	add.w	r0, r7, r0, asr #31
	ssat	r7, #8, r4
	ldr	r4, [sp, #148]
	strb	r7, [r3, #-13]
	lsls	r7, r2, #1
	asrs	r0, r1
	ldrd	r2, r1, [sp, #132]
	@APP
	smmlar	r1, r7, r2, r1
	@NO_APP
	ldr	r2, [sp, #116]
	add.w	r1, r1, r7, asr #31
	asrs	r1, r6
	ssat	r2, #8, r2
	ssat	r0, #8, r0
	strb.w	r2, [lr, r4]
	ssat	r5, #8, r5
	ldr	r4, [sp, #148]
	ssat	r2, #8, r12
	strb	r0, [r3, #2]
	ssat	r0, #8, r1
	strb	r5, [r3, #-14]
	strb	r2, [r3, #1]
	movw	r2, :lower16:.Lloom_demo_n3.bias
	adds	r4, #4
	strb	r0, [r3, #3]
	ldr	r3, [sp, #152]
	movt	r2, :upper16:.Lloom_demo_n3.bias
	ldr	r1, [sp, #8]
	cmp	r4, #16
	add.w	r3, r3, #16
	bne.w	.LBB0_19
	movw	r0, #8480
	movs	r7, #1
	add.w	r10, r1, r0
	movw	r0, #8496
	adds	r4, r1, r0
	movw	r0, #8928
	adds	r3, r1, r0
	movw	r0, #8915
	add	r0, r8
	mov.w	r12, #8388736
.LBB0_21:
	str	r3, [sp, #112]
	movs	r3, #0
	strd	r1, r0, [sp, #52]
	movs	r1, #0
	str	r7, [sp, #40]
	strd	r4, r10, [sp, #44]
.LBB0_22:
	strd	r1, r3, [sp, #148]
	movw	lr, :lower16:.Lloom_demo_n3.weights
	adds	r5, r2, r1
	movt	lr, :upper16:.Lloom_demo_n3.weights
	ldr	r7, [r2, r1]
	ldr	r1, [sp, #152]
	ldr.w	r6, [r10, r3]
	add.w	r9, r4, r1
	ldr	r1, [sp, #152]
	ldr.w	r0, [lr, r3]
	str	r0, [sp, #144]
	sxtb16	r3, r0
	ldr	r1, [r4, r1]
	sxtab16	r0, r12, r6
	ldr.w	r4, [r9, #16]
	str	r5, [sp, #116]
	smlabb	r8, r0, r3, r7
	str	r6, [sp, #140]
	ldr	r2, [r5, #8]
	smlatt	r6, r0, r3, r2
	mov.w	r0, #8388736
	ldr	r5, [sp, #152]
	str	r4, [sp, #108]
	sxtab16	r0, r0, r4
	add.w	r4, lr, r5
	str	r1, [sp, #132]
	smlatt	r11, r0, r3, r2
	sxtab16	r1, r12, r1
	ldr.w	r9, [r9, #48]
	smlatt	lr, r1, r3, r2
	ldr	r2, [r4, #16]
	str	r2, [sp, #100]
	smlabb	r12, r1, r3, r7
	sxtb16	r5, r2
	ldr	r2, [sp, #152]
	add	r2, r10
	smlabb	r10, r0, r5, r12
	smlabb	r7, r0, r3, r7
	ldr.w	r12, [r2, #48]
	smlabb	r8, r1, r5, r8
	smlatt	r3, r1, r5, r6
	mov.w	r1, #8388736
	sxtab16	r6, r1, r12
	smlatt	r2, r0, r5, lr
	smlabb	lr, r6, r5, r7
	ldr	r7, [r4, #32]
	smlatt	r1, r6, r5, r11
	mov	r5, r4
	sxtb16	r11, r7
	smlabb	r8, r0, r11, r8
	smlatt	r0, r0, r11, r3
	str	r0, [sp, #104]
	smlabb	r0, r6, r11, r10
	str	r0, [sp, #136]
	smlatt	r0, r6, r11, r2
	str	r0, [sp, #128]
	mov.w	r0, #8388736
	sxtab16	r3, r0, r9
	ldr	r2, [sp, #140]
	smlabb	r0, r3, r11, lr
	str	r0, [sp, #124]
	smlatt	r0, r3, r11, r1
	str	r0, [sp, #120]
	ldr	r0, [sp, #144]
	sxtb16	r1, r0, ror #8
	mov.w	r0, #8388736
	sxtab16	r3, r0, r2, ror #8
	ldr	r0, [sp, #116]
	mov.w	r2, #8388736
	ldr	r6, [r0, #4]
	smlabb	lr, r3, r1, r6
	ldr	r0, [r0, #12]
	smlatt	r11, r3, r1, r0
	ldr	r3, [sp, #132]
	sxtb16	r7, r7, ror #8
	sxtab16	r4, r2, r3, ror #8
	ldr	r3, [sp, #108]
	sxtab16	r3, r2, r3, ror #8
	smlabb	r2, r4, r1, r6
	smlabb	r10, r3, r1, r6
	smlatt	r6, r4, r1, r0
	smlatt	r0, r3, r1, r0
	ldr	r1, [sp, #100]
	sxtb16	r1, r1, ror #8
	smlabb	lr, r4, r1, lr
	smlatt	r4, r4, r1, r11
	smlabb	r11, r3, r1, r2
	mov.w	r2, #8388736
	smlatt	r6, r3, r1, r6
	sxtab16	r2, r2, r12, ror #8
	smlabb	r12, r2, r1, r10
	smlatt	r0, r2, r1, r0
	smlabb	r10, r2, r7, r11
	smlatt	r2, r2, r7, r6
	ldr	r6, [sp, #152]
	str	r2, [sp, #116]
	mov.w	r2, #8388736
	sxtab16	r2, r2, r9, ror #8
	smlabb	r1, r3, r7, lr
	smlatt	lr, r3, r7, r4
	mov	r9, r5
	smlabb	r3, r2, r7, r12
	ldr	r4, [sp, #104]
	str	r3, [sp, #140]
	ldr	r3, [sp, #112]
	add	r3, r6
	smlatt	r0, r2, r7, r0
	str	r0, [sp, #144]
	ldr	r0, [r5, #48]
	ldr	r7, [r3, #-64]
	mov.w	r2, #8388736
	sxtb16	r6, r0
	str	r3, [sp, #132]
	sxtb16	r11, r0, ror #8
	mov.w	r0, #8388736
	sxtab16	r2, r2, r7
	ldr	r5, [sp, #124]
	sxtab16	r0, r0, r7, ror #8
	smlabb	r12, r2, r6, r8
	smlabb	r8, r0, r11, r1
	ldr	r1, [r3, #-48]
	smlatt	r0, r0, r11, lr
	ldr	r3, [sp, #152]
	str	r0, [sp, #80]
	ldr	r0, [sp, #52]
	add	r0, r3
	mov.w	r3, #8388736
	sxtab16	r3, r3, r1
	ldr	r7, [sp, #136]
	smlabb	r7, r3, r6, r7
	str	r7, [sp, #84]
	mov.w	r7, #8896
	smlatt	r2, r2, r6, r4
	ldr	r7, [r0, r7]
	ldr	r0, [sp, #128]
	smlatt	r0, r3, r6, r0
	str	r0, [sp, #136]
	mov.w	r0, #8388736
	sxtab16	r0, r0, r7
	smlabb	r5, r0, r6, r5
	str	r5, [sp, #104]
	ldr	r5, [sp, #120]
	smlatt	r6, r0, r6, r5
	ldr.w	r5, [r9, #64]
	str	r6, [sp, #108]
	sxtb16	r6, r5
	str	r6, [sp, #68]
	smlatt	r2, r3, r6, r2
	str	r2, [sp, #92]
	mov.w	r2, #8388736
	sxtab16	lr, r2, r1, ror #8
	smlabb	r4, r3, r6, r12
	smlabb	r1, lr, r11, r10
	ldr.w	r2, [r9, #80]
	str	r1, [sp, #76]
	ldr	r1, [sp, #116]
	smlatt	r1, lr, r11, r1
	movw	r6, :lower16:.Lloom_demo_n3.requant_offset
	str	r1, [sp, #96]
	mov.w	r1, #8388736
	sxtab16	r12, r1, r7, ror #8
	movt	r6, :upper16:.Lloom_demo_n3.requant_offset
	sxtb16	r1, r5, ror #8
	str	r1, [sp, #120]
	sxtb16	r3, r2
	smlabb	r8, lr, r1, r8
	ldr	r1, [sp, #148]
	smlabb	r4, r0, r3, r4
	movw	r5, :lower16:.Lloom_demo_n3.multiplier
	str	r3, [sp, #116]
	ldr	r7, [r6, r1]
	ldr	r1, [sp, #148]
	movt	r5, :upper16:.Lloom_demo_n3.multiplier
	lsls	r4, r4, #1
	sxtb16	r10, r2, ror #8
	str	r7, [sp, #60]
	ldr	r1, [r5, r1]
	str	r1, [sp, #64]
	@APP
	smmlar	r2, r4, r1, r7
	@NO_APP
	add.w	r1, r2, r4, asr #31
	str	r1, [sp, #100]
	ldr	r1, [sp, #148]
	adds	r7, r6, r1
	ldr	r1, [sp, #148]
	smlabb	r2, r12, r10, r8
	add.w	r8, r5, r1
	ldr	r1, [sp, #140]
	ldr	r4, [r7, #4]
	smlabb	r1, r12, r11, r1
	lsls	r2, r2, #1
	str	r1, [sp, #88]
	ldr.w	r1, [r8, #4]
	str	r1, [sp, #124]
	ldr	r5, [sp, #92]
	str	r4, [sp, #128]
	@APP
	smmlar	r4, r2, r1, r4
	@NO_APP
	ldr	r1, [sp, #144]
	smlatt	r9, r0, r3, r5
	smlatt	r1, r12, r11, r1
	ldr	r3, [sp, #120]
	str	r1, [sp, #72]
	add.w	r1, r4, r2, asr #31
	str	r1, [sp, #92]
	ldr	r1, [sp, #80]
	smlatt	r4, lr, r3, r1
	lsl.w	lr, r9, #1
	ldr.w	r2, [r8, #8]
	str	r2, [sp, #140]
	ldr	r5, [r7, #8]
	ldr.w	r11, [sp, #68]
	ldr	r1, [sp, #84]
	@APP
	smmlar	r9, lr, r2, r5
	@NO_APP
	ldr	r2, [sp, #136]
	smlabb	r1, r0, r11, r1
	smlatt	r2, r0, r11, r2
	add.w	r0, r9, lr, asr #31
	str	r0, [sp, #84]
	ldr	r0, [sp, #132]
	str	r5, [sp, #144]
	smlatt	r4, r12, r10, r4
	ldr	r0, [r0, #-16]
	mov.w	r5, #8388736
	ldr.w	lr, [sp, #116]
	lsls	r4, r4, #1
	sxtab16	r9, r5, r0
	ldr.w	r6, [r8, #12]
	smlabb	r1, r9, lr, r1
	ldr	r7, [r7, #12]
	sxtab16	r0, r5, r0, ror #8
	ldr	r5, [sp, #76]
	smlabb	r8, r12, r3, r5
	@APP
	smmlar	r5, r4, r6, r7
	@NO_APP
	add.w	r4, r5, r4, asr #31
	str	r4, [sp, #80]
	lsls	r1, r1, #1
	smlabb	r4, r0, r10, r8
	ldr	r5, [sp, #96]
	str	r7, [sp, #132]
	smlatt	r5, r12, r3, r5
	lsls	r4, r4, #1
	ldrd	r12, r8, [sp, #60]
	@APP
	smmlar	r7, r1, r8, r12
	@NO_APP
	add.w	r1, r7, r1, asr #31
	str	r1, [sp, #76]
	ldr	r7, [sp, #112]
	ldrd	r3, r1, [sp, #124]
	@APP
	smmlar	r1, r4, r3, r1
	@NO_APP
	str	r6, [sp, #136]
	add.w	r1, r1, r4, asr #31
	str	r1, [sp, #96]
	smlatt	r1, r9, lr, r2
	ldr	r2, [sp, #104]
	smlabb	r4, r9, r11, r2
	ldr	r2, [sp, #152]
	lsls	r1, r1, #1
	smlatt	r5, r0, r10, r5
	ldr	r2, [r7, r2]
	mov.w	r7, #8388736
	ldrd	r3, r6, [sp, #140]
	sxtab16	r7, r7, r2
	@APP
	smmlar	r6, r1, r3, r6
	@NO_APP
	add.w	r1, r6, r1, asr #31
	str	r1, [sp, #104]
	smlabb	r1, r7, lr, r4
	ldr	r6, [sp, #108]
	lsls	r5, r5, #1
	smlatt	r9, r9, r11, r6
	lsls	r1, r1, #1
	movw	lr, :lower16:.Lloom_demo_n3.right_shift
	ldrd	r6, r3, [sp, #132]
	@APP
	smmlar	r6, r5, r3, r6
	@NO_APP
	add.w	r11, r6, r5, asr #31
	@APP
	smmlar	r5, r1, r8, r12
	@NO_APP
	add.w	r1, r5, r1, asr #31
	mov.w	r5, #8388736
	movt	lr, :upper16:.Lloom_demo_n3.right_shift
	sxtab16	r2, r5, r2, ror #8
	ldr	r5, [sp, #148]
	ldr	r3, [sp, #120]
	ldr	r6, [sp, #88]
	ldr.w	r5, [lr, r5]
	ldr	r4, [sp, #72]
	smlabb	r6, r0, r3, r6
	smlatt	r0, r0, r3, r4
	ldr	r4, [sp, #116]
	ldr	r3, [sp, #100]
	smlatt	r4, r7, r4, r9
	ldr	r7, [sp, #76]
	asr.w	r12, r1, r5
	ldr	r1, [sp, #148]
	asrs	r3, r5
	asr.w	r8, r7, r5
	smlabb	r5, r2, r10, r6
	add.w	r6, lr, r1
	smlatt	r10, r2, r10, r0
	ldrd	r7, r1, [sp, #124]
	lsls	r5, r5, #1
	ldr.w	lr, [sp, #56]
	ldr	r0, [sp, #152]
	ldr	r2, [r6, #4]
	@APP
	smmlar	r7, r5, r7, r1
	@NO_APP
	ldr	r1, [sp, #92]
	add	r0, lr
	asrs	r1, r2
	ssat	r3, #8, r3
	strb	r3, [r0, #-35]
	add.w	r5, r7, r5, asr #31
	ssat	r1, #8, r1
	ldrd	r3, r7, [r6, #8]
	ldr	r6, [sp, #84]
	strb	r1, [r0, #-34]
	asrs	r6, r3
	ldr	r1, [sp, #80]
	asrs	r1, r7
	ssat	r6, #8, r6
	ssat	r1, #8, r1
	strb	r6, [r0, #-33]
	ldr	r6, [sp, #96]
	strb	r1, [r0, #-32]
	asrs	r6, r2
	ldr	r1, [sp, #104]
	asr.w	r9, r5, r2
	ssat	r2, #8, r8
	strb	r2, [r0, #-19]
	asr.w	r2, r1, r3
	ssat	r5, #8, r6
	ssat	r2, #8, r2
	strb	r5, [r0, #-18]
	strb	r2, [r0, #-17]
	lsls	r2, r4, #1
	ldrd	r6, r4, [sp, #140]
	@APP
	smmlar	r4, r2, r6, r4
	@NO_APP
	lsl.w	r6, r10, #1
	add.w	r2, r4, r2, asr #31
	ldr.w	r10, [sp, #48]
	ldrd	r1, r4, [sp, #132]
	@APP
	smmlar	r4, r6, r4, r1
	@NO_APP
	add.w	r6, r4, r6, asr #31
	ssat	r1, #8, r9
	ldr	r4, [sp, #44]
	asr.w	r5, r11, r7
	strb	r1, [r0, #-2]
	asr.w	r7, r6, r7
	asr.w	r1, r2, r3
	ldr	r3, [sp, #152]
	ssat	r2, #8, r7
	ssat	r1, #8, r1
	strb.w	r2, [lr, r3]
	ssat	r5, #8, r5
	movw	r2, :lower16:.Lloom_demo_n3.bias
	adds	r3, #4
	strb	r1, [r0, #-1]
	ldr	r1, [sp, #148]
	strb	r5, [r0, #-16]
	ssat	r5, #8, r12
	mov.w	r12, #8388736
	movt	r2, :upper16:.Lloom_demo_n3.bias
	cmp	r3, #16
	add.w	r1, r1, #16
	strb	r5, [r0, #-3]
	bne.w	.LBB0_22
	ldr	r7, [sp, #40]
	ldr	r1, [sp, #52]
	adds	r7, #1
	ldr	r3, [sp, #112]
	ldr	r0, [sp, #56]
	add.w	r10, r10, #48
	adds	r4, #48
	adds	r1, #48
	cmp	r7, #7
	add.w	r3, r3, #48
	add.w	r0, r0, #48
	bne.w	.LBB0_21
	movw	r0, #8784
	ldr	r1, [sp, #8]
	add	r0, r1
	str	r0, [sp, #36]
	movw	r0, #9203
	ldr	r3, [sp, #4]
	add	r0, r3
	movs	r3, #0
	movs	r6, #0
	str	r0, [sp, #32]
.LBB0_25:
	add	r1, r6
	mov.w	r0, #8768
	str	r1, [sp, #144]
	mov.w	r11, #8388736
	ldr	r1, [r1, r0]
	movw	r0, :lower16:.Lloom_demo_n3.weights
	movt	r0, :upper16:.Lloom_demo_n3.weights
	str	r1, [sp, #136]
	add.w	lr, r2, r3
	ldr	r7, [r0, r6]
	str	r7, [sp, #132]
	sxtab16	r0, r11, r1
	ldr	r1, [sp, #36]
	adds	r5, r1, r6
	sxtb16	r4, r7
	ldr	r7, [r2, r3]
	strd	r6, r3, [sp, #148]
	smlabb	r10, r0, r4, r7
	ldr.w	r3, [lr, #8]
	smlatt	r8, r0, r4, r3
	ldr	r0, [r5, #16]
	ldr	r1, [r1, r6]
	str	r1, [sp, #128]
	sxtab16	r6, r11, r0
	sxtab16	r9, r11, r1
	movw	r1, :lower16:.Lloom_demo_n3.weights
	strd	r5, r0, [sp, #120]
	smlabb	r0, r6, r4, r7
	movt	r1, :upper16:.Lloom_demo_n3.weights
	str	r0, [sp, #140]
	ldr	r0, [sp, #148]
	add	r1, r0
	smlabb	r12, r9, r4, r7
	smlatt	r0, r9, r4, r3
	smlatt	r3, r6, r4, r3
	ldr	r4, [r1, #16]
	sxtb16	r7, r4
	smlabb	r10, r9, r7, r10
	smlatt	r8, r9, r7, r8
	smlabb	r9, r6, r7, r12
	ldr.w	r12, [r5, #32]
	smlatt	r2, r6, r7, r0
	ldr	r5, [sp, #140]
	sxtab16	r0, r11, r12
	smlabb	r5, r0, r7, r5
	str	r5, [sp, #104]
	ldr	r5, [r1, #32]
	smlatt	r3, r0, r7, r3
	sxtb16	r7, r5
	str	r3, [sp, #108]
	mov	r3, r1
	smlabb	r1, r0, r7, r9
	smlatt	r0, r0, r7, r2
	str	r1, [sp, #112]
	str	r0, [sp, #140]
	ldr	r0, [sp, #136]
	ldr	r1, [sp, #132]
	smlabb	r10, r6, r7, r10
	sxtab16	r0, r11, r0, ror #8
	smlatt	r8, r6, r7, r8
	sxtb16	r1, r1, ror #8
	ldr.w	r7, [lr, #4]
	smlabb	r9, r0, r1, r7
	ldr.w	r6, [lr, #12]
	smlatt	lr, r0, r1, r6
	ldr	r0, [sp, #128]
	ldr	r2, [sp, #124]
	sxtab16	r0, r11, r0, ror #8
	sxtab16	r11, r11, r2, ror #8
	smlabb	r2, r0, r1, r7
	smlabb	r7, r11, r1, r7
	str	r7, [sp, #96]
	smlatt	r7, r0, r1, r6
	smlatt	r1, r11, r1, r6
	sxtb16	r4, r4, ror #8
	str	r1, [sp, #100]
	smlabb	r1, r0, r4, r9
	mov.w	r9, #8388736
	smlabb	r2, r11, r4, r2
	str	r4, [sp, #92]
	sxtb16	r6, r5, ror #8
	smlatt	r0, r0, r4, lr
	sxtab16	r5, r9, r12, ror #8
	smlatt	r7, r11, r4, r7
	smlabb	r2, r5, r6, r2
	ldr	r4, [sp, #144]
	str	r2, [sp, #136]
	mov.w	r2, #9152
	smlatt	r7, r5, r6, r7
	str	r5, [sp, #88]
	ldr	r2, [r4, r2]
	str	r7, [sp, #132]
	ldr	r7, [r3, #48]
	smlabb	r1, r11, r6, r1
	smlatt	r0, r11, r6, r0
	mov	r4, r3
	sxtab16	r6, r9, r2
	sxtb16	r5, r7
	str	r5, [sp, #144]
	smlatt	r3, r6, r5, r8
	str	r3, [sp, #128]
	ldr	r3, [sp, #120]
	smlabb	lr, r6, r5, r10
	sxtab16	r2, r9, r2, ror #8
	sxtb16	r6, r7, ror #8
	str	r6, [sp, #116]
	smlabb	r12, r2, r6, r1
	ldr.w	r1, [r3, #384]
	smlatt	r0, r2, r6, r0
	ldr.w	r6, [r3, #400]
	str	r0, [sp, #72]
	ldr	r0, [sp, #112]
	sxtab16	r8, r9, r1
	ldr	r3, [r4, #64]
	smlabb	r0, r8, r5, r0
	ldr	r4, [r4, #80]
	str	r0, [sp, #80]
	sxtab16	r5, r9, r1, ror #8
	str	r5, [sp, #60]
	sxtb16	r0, r3, ror #8
	mov.w	r1, #8388736
	smlabb	r5, r5, r0, r12
	movw	r12, :lower16:.Lloom_demo_n3.multiplier
	sxtb16	r11, r3
	movt	r12, :upper16:.Lloom_demo_n3.multiplier
	sxtab16	r9, r1, r6
	smlabb	r2, r8, r11, lr
	sxtab16	r7, r1, r6, ror #8
	ldr	r6, [sp, #152]
	sxtb16	lr, r4
	movw	r1, :lower16:.Lloom_demo_n3.requant_offset
	smlabb	r2, r9, lr, r2
	str	r0, [sp, #112]
	ldr.w	r0, [r12, r6]
	ldr	r6, [sp, #152]
	movt	r1, :upper16:.Lloom_demo_n3.requant_offset
	lsls	r2, r2, #1
	str	r0, [sp, #64]
	ldr	r3, [r1, r6]
	str	r3, [sp, #68]
	@APP
	smmlar	r6, r2, r0, r3
	@NO_APP
	ldr	r3, [sp, #152]
	sxtb16	r10, r4, ror #8
	add.w	r0, r6, r2, asr #31
	add.w	r6, r12, r3
	ldr	r3, [sp, #152]
	smlabb	r2, r7, r10, r5
	adds	r5, r1, r3
	str	r0, [sp, #84]
	ldr	r0, [sp, #128]
	smlatt	r4, r8, r11, r0
	ldr	r1, [r6, #4]
	lsls	r2, r2, #1
	str	r1, [sp, #128]
	ldr	r0, [r5, #4]
	smlatt	r12, r9, lr, r4
	@APP
	smmlar	r4, r2, r1, r0
	@NO_APP
	str	r0, [sp, #124]
	ldrd	r3, r1, [sp, #140]
	smlatt	r0, r8, r1, r3
	ldr	r1, [sp, #116]
	str	r0, [sp, #56]
	add.w	r0, r4, r2, asr #31
	str	r0, [sp, #76]
	ldr	r0, [sp, #136]
	ldr	r3, [sp, #60]
	lsl.w	r2, r12, #1
	smlabb	r0, r3, r1, r0
	str.w	lr, [sp, #48]
	str	r0, [sp, #52]
	ldr	r0, [sp, #132]
	smlatt	r0, r3, r1, r0
	ldr.w	r12, [r6, #8]
	str	r0, [sp, #44]
	ldr	r0, [sp, #72]
	ldr.w	lr, [sp, #112]
	str.w	r12, [sp, #136]
	ldr	r4, [r5, #8]
	@APP
	smmlar	r1, r2, r12, r4
	@NO_APP
	smlatt	r12, r3, lr, r0
	add.w	r0, r1, r2, asr #31
	str	r0, [sp, #72]
	ldr	r0, [sp, #120]
	smlatt	r2, r7, r10, r12
	str	r4, [sp, #140]
	ldr.w	r3, [r0, #416]
	ldr	r5, [r5, #12]
	mov	r0, r11
	ldr	r4, [sp, #80]
	smlabb	r12, r9, r11, r4
	lsls	r2, r2, #1
	mov.w	r11, #8388736
	ldr	r1, [r6, #12]
	str	r5, [sp, #60]
	@APP
	smmlar	r4, r2, r1, r5
	@NO_APP
	sxtab16	r8, r11, r3
	ldr	r5, [sp, #48]
	str	r1, [sp, #132]
	add.w	r1, r4, r2, asr #31
	smlabb	r2, r8, r5, r12
	str	r1, [sp, #120]
	sxtab16	r12, r11, r3, ror #8
	ldr	r3, [sp, #52]
	smlabb	r3, r7, lr, r3
	lsls	r2, r2, #1
	smlabb	r3, r12, r10, r3
	mov	r1, lr
	mov	r6, r7
	str	r7, [sp, #40]
	ldrd	r7, lr, [sp, #64]
	@APP
	smmlar	r4, r2, r7, lr
	@NO_APP
	add.w	r2, r4, r2, asr #31
	str	r2, [sp, #52]
	ldr	r2, [sp, #56]
	smlatt	r4, r9, r0, r2
	mov	r11, r0
	lsls	r3, r3, #1
	ldr	r0, [sp, #44]
	smlatt	r4, r8, r5, r4
	smlatt	r5, r6, r1, r0
	ldrd	r1, r0, [sp, #124]
	@APP
	smmlar	r6, r3, r0, r1
	@NO_APP
	smlatt	r10, r12, r10, r5
	add.w	r0, r6, r3, asr #31
	str	r0, [sp, #80]
	ldrd	r5, r6, [sp, #88]
	ldr	r1, [sp, #96]
	smlabb	r0, r5, r6, r1
	str	r0, [sp, #96]
	lsls	r3, r4, #1
	ldr	r1, [sp, #104]
	ldr	r0, [sp, #144]
	smlabb	r4, r9, r0, r1
	ldrd	r2, r1, [sp, #136]
	@APP
	smmlar	r2, r3, r2, r1
	@NO_APP
	add.w	r1, r2, r3, asr #31
	str	r1, [sp, #104]
	ldr	r1, [sp, #100]
	lsl.w	r3, r10, #1
	smlabb	r2, r8, r11, r4
	smlatt	r4, r5, r6, r1
	ldr	r1, [sp, #132]
	ldr.w	r10, [sp, #60]
	@APP
	smmlar	r5, r3, r1, r10
	@NO_APP
	add.w	r1, r5, r3, asr #31
	str	r1, [sp, #100]
	ldr	r1, [sp, #108]
	lsls	r2, r2, #1
	@APP
	smmlar	r5, r2, r7, lr
	@NO_APP
	smlatt	r7, r9, r0, r1
	ldr	r0, [sp, #40]
	ldr	r1, [sp, #116]
	ldr	r3, [sp, #96]
	smlabb	r6, r0, r1, r3
	movw	r3, :lower16:.Lloom_demo_n3.right_shift
	add.w	r2, r5, r2, asr #31
	ldr	r5, [sp, #152]
	movt	r3, :upper16:.Lloom_demo_n3.right_shift
	smlatt	r0, r0, r1, r4
	ldr	r1, [sp, #84]
	ldr	r5, [r3, r5]
	smlatt	lr, r8, r11, r7
	asr.w	r4, r1, r5
	ldr	r1, [sp, #52]
	asr.w	r9, r1, r5
	ldr.w	r11, [sp, #32]
	asr.w	r1, r2, r5
	str	r1, [sp, #144]
	ldr	r5, [sp, #112]
	ldr	r1, [sp, #152]
	smlabb	r6, r12, r5, r6
	adds	r2, r3, r1
	smlatt	r8, r12, r5, r0
	ldr	r0, [sp, #148]
	lsls	r7, r6, #1
	ldrd	r3, r1, [sp, #124]
	add	r0, r11
	ldr	r5, [r2, #4]
	@APP
	smmlar	r6, r7, r1, r3
	@NO_APP
	ldr	r1, [sp, #76]
	ssat	r4, #8, r4
	ldr	r3, [sp, #104]
	asrs	r1, r5
	strb	r4, [r0, #-35]
	add.w	r4, r6, r7, asr #31
	ldrd	r7, r12, [r2, #8]
	ldr	r2, [sp, #72]
	ssat	r1, #8, r1
	asrs	r2, r7
	strb	r1, [r0, #-34]
	ldr	r1, [sp, #120]
	asr.w	r1, r1, r12
	ssat	r2, #8, r2
	strb	r2, [r0, #-33]
	ldr	r2, [sp, #80]
	ssat	r1, #8, r1
	asrs	r2, r5
	strb	r1, [r0, #-32]
	asr.w	r1, r4, r5
	ssat	r4, #8, r9
	strb	r4, [r0, #-19]
	asr.w	r4, r3, r7
	ssat	r2, #8, r2
	strb	r2, [r0, #-18]
	ldr	r2, [sp, #100]
	ssat	r4, #8, r4
	asr.w	r2, r2, r12
	strb	r4, [r0, #-17]
	lsl.w	r3, lr, #1
	ldrd	r5, r6, [sp, #136]
	@APP
	smmlar	r5, r3, r5, r6
	@NO_APP
	lsl.w	r4, r8, #1
	add.w	r3, r5, r3, asr #31
	ldr	r5, [sp, #132]
	ssat	r2, #8, r2
	@APP
	smmlar	r5, r4, r5, r10
	@NO_APP
	strb	r2, [r0, #-16]
	add.w	r2, r5, r4, asr #31
	asr.w	r2, r2, r12
	ldr	r6, [sp, #148]
	ssat	r1, #8, r1
	ldr	r5, [sp, #144]
	strb	r1, [r0, #-2]
	asr.w	r1, r3, r7
	ssat	r2, #8, r2
	ldr	r3, [sp, #152]
	strb.w	r2, [r11, r6]
	movw	r2, :lower16:.Lloom_demo_n3.bias
	adds	r6, #4
	movt	r2, :upper16:.Lloom_demo_n3.bias
	ssat	r1, #8, r1
	cmp	r6, #16
	ssat	r5, #8, r5
	strb	r1, [r0, #-1]
	ldr	r1, [sp, #8]
	add.w	r3, r3, #16
	strb	r5, [r0, #-3]
	bne.w	.LBB0_25
	add	sp, #156
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

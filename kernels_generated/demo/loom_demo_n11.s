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
	sub	sp, #92
	strd	r1, r0, [sp, #4]
	movw	r0, #65248
	movw	r2, :lower16:.Lloom_demo_n11.bias
	movw	r4, :lower16:.Lloom_demo_n11.weights
	movs	r3, #0
	movt	r0, #65535
	movt	r2, :upper16:.Lloom_demo_n11.bias
	movt	r4, :upper16:.Lloom_demo_n11.weights
.LBB0_1:
	ldr.w	r12, [sp, #8]
	adds	r6, r4, r3
	adds	r1, r2, r0
	mov.w	lr, #8388736
	ldr.w	r2, [r12, r3]
	strd	r0, r3, [sp, #84]
	ldr.w	r3, [r6, #216]
	ldr.w	r8, [r1, #288]
	sxtab16	r5, lr, r2
	ldr.w	r0, [r1, #292]
	sxtb16	r4, r3
	smlabb	r7, r5, r4, r8
	sxtab16	r2, lr, r2, ror #8
	ldr.w	lr, [sp, #88]
	str	r7, [sp, #80]
	ldr.w	r7, [r1, #296]
	smlatt	r11, r5, r4, r7
	ldr.w	r4, [r6, #288]
	add	r12, lr
	ldr.w	r1, [r1, #300]
	sxtb16	r3, r3, ror #8
	sxtb16	r9, r4
	smlabb	r10, r2, r3, r0
	sxtb16	r4, r4, ror #8
	smlabb	r8, r5, r9, r8
	smlabb	r0, r2, r4, r0
	smlatt	r5, r5, r9, r7
	ldr.w	r7, [r12, #72]
	smlatt	r3, r2, r3, r1
	str	r0, [sp, #72]
	mov	r0, r12
	mov.w	r12, #8388736
	str	r3, [sp, #76]
	smlatt	r3, r2, r4, r1
	sxtab16	r2, r12, r7
	ldr	r1, [sp, #80]
	smlabb	lr, r2, r9, r1
	ldr	r1, [sp, #76]
	sxtab16	r7, r12, r7, ror #8
	smlatt	r9, r2, r9, r11
	ldr.w	r11, [r6, #360]
	smlabb	r10, r7, r4, r10
	smlatt	r12, r7, r4, r1
	ldr	r1, [sp, #72]
	sxtb16	r4, r11
	str	r0, [sp, #60]
	sxtb16	r11, r11, ror #8
	smlabb	r8, r2, r4, r8
	smlabb	r1, r7, r11, r1
	smlatt	r2, r2, r4, r5
	str	r1, [sp, #76]
	ldr.w	r1, [r0, #144]
	str	r2, [sp, #72]
	smlatt	r2, r7, r11, r3
	mov	r3, r0
	str	r2, [sp, #80]
	mov.w	r2, #8388736
	sxtab16	r5, r2, r1
	smlabb	r7, r5, r4, lr
	sxtab16	r1, r2, r1, ror #8
	smlatt	r9, r5, r4, r9
	ldr.w	r5, [r0, #864]
	smlabb	lr, r1, r11, r10
	ldr.w	r10, [r6, #432]
	smlatt	r12, r1, r11, r12
	sxtab16	r0, r2, r5
	sxtb16	r4, r10
	smlabb	r11, r0, r4, r7
	sxtab16	r5, r2, r5, ror #8
	ldr.w	r2, [r3, #936]
	sxtb16	r7, r10, ror #8
	mov.w	r3, #8388736
	smlabb	r1, r5, r7, lr
	str	r1, [sp, #68]
	smlatt	r1, r5, r7, r12
	ldr.w	r7, [r6, #504]
	smlatt	lr, r0, r4, r9
	str	r1, [sp, #64]
	ldr	r1, [sp, #76]
	sxtb16	r4, r7
	sxtb16	r7, r7, ror #8
	smlabb	r12, r0, r4, r8
	smlabb	r8, r5, r7, r1
	ldr	r1, [sp, #72]
	smlatt	r0, r0, r4, r1
	ldr	r1, [sp, #80]
	smlatt	r1, r5, r7, r1
	str	r1, [sp, #72]
	sxtab16	r1, r3, r2
	smlabb	r5, r1, r4, r11
	str	r5, [sp, #76]
	smlatt	r5, r1, r4, lr
	str	r5, [sp, #80]
	ldr.w	r5, [r6, #576]
	sxtb16	r6, r5
	smlatt	r0, r1, r6, r0
	str	r0, [sp, #52]
	movw	r0, :lower16:.Lloom_demo_n11.multiplier
	smlabb	r4, r1, r6, r12
	movt	r0, :upper16:.Lloom_demo_n11.multiplier
	ldr	r1, [sp, #84]
	add.w	lr, r0, r1
	movw	r0, :lower16:.Lloom_demo_n11.requant_offset
	sxtab16	r2, r3, r2, ror #8
	movt	r0, :upper16:.Lloom_demo_n11.requant_offset
	sxtb16	r5, r5, ror #8
	ldr	r1, [sp, #84]
	smlabb	r12, r2, r5, r8
	add.w	r8, r0, r1
	lsl.w	r10, r4, #1
	lsl.w	r0, r12, #1
	ldrd	r9, r3, [lr, #288]
	ldrd	r4, r11, [r8, #288]
	@APP
	smmlar	r1, r10, r9, r4
	@NO_APP
	str	r3, [sp, #48]
	add.w	r1, r1, r10, asr #31
	str	r1, [sp, #44]
	@APP
	smmlar	r1, r0, r3, r11
	@NO_APP
	add.w	r0, r1, r0, asr #31
	str	r0, [sp, #56]
	ldr	r0, [sp, #68]
	smlabb	r0, r2, r7, r0
	ldr	r1, [sp, #60]
	str	r0, [sp, #40]
	ldr	r0, [sp, #64]
	smlatt	r0, r2, r7, r0
	ldr.w	r7, [lr, #296]
	str	r0, [sp, #64]
	ldr	r0, [sp, #52]
	lsls	r0, r0, #1
	str	r7, [sp, #68]
	ldr.w	r10, [r8, #296]
	ldr.w	r3, [r1, #1008]
	@APP
	smmlar	r1, r0, r7, r10
	@NO_APP
	ldr	r7, [sp, #72]
	smlatt	r2, r2, r5, r7
	add.w	r0, r1, r0, asr #31
	mov.w	r7, #8388736
	str	r0, [sp, #72]
	sxtab16	r12, r7, r3
	ldr	r0, [sp, #76]
	smlabb	r0, r12, r6, r0
	lsls	r2, r2, #1
	ldr.w	r1, [lr, #300]
	str	r1, [sp, #76]
	lsls	r0, r0, #1
	@APP
	smmlar	r4, r0, r9, r4
	@NO_APP
	ldr.w	r8, [r8, #300]
	@APP
	smmlar	lr, r2, r1, r8
	@NO_APP
	add.w	r9, r4, r0, asr #31
	movw	r0, :lower16:.Lloom_demo_n11.right_shift
	add.w	r1, lr, r2, asr #31
	movt	r0, :upper16:.Lloom_demo_n11.right_shift
	ldr	r2, [sp, #84]
	str	r1, [sp, #60]
	adds	r4, r0, r2
	ldr	r0, [sp, #40]
	sxtab16	r3, r7, r3, ror #8
	ldr	r1, [sp, #44]
	smlabb	r2, r3, r5, r0
	ldr.w	r0, [r4, #288]
	ldr	r7, [sp, #80]
	asrs	r1, r0
	lsls	r2, r2, #1
	smlatt	r6, r12, r6, r7
	asr.w	r9, r9, r0
	ldr	r0, [sp, #48]
	ldr	r7, [sp, #64]
	smlatt	r3, r3, r5, r7
	@APP
	smmlar	r0, r2, r0, r11
	@NO_APP
	str	r3, [sp, #80]
	ldr.w	r3, [r4, #292]
	add.w	lr, r0, r2, asr #31
	ldr	r0, [sp, #56]
	ldr.w	r11, [r4, #296]
	asr.w	r2, r0, r3
	ldr	r0, [sp, #4]
	ldr	r5, [sp, #88]
	lsls	r6, r6, #1
	ssat	r12, #8, r1
	ldr	r1, [sp, #88]
	add	r1, r0
	strb.w	r12, [r0, r5]
	ldr	r0, [sp, #72]
	asr.w	r12, lr, r3
	asr.w	r0, r0, r11
	ldr.w	r3, [r4, #300]
	ssat	r2, #8, r2
	strb	r2, [r1, #1]
	ssat	r2, #8, r0
	ldr	r0, [sp, #68]
	@APP
	smmlar	r7, r6, r0, r10
	@NO_APP
	ldr	r0, [sp, #60]
	asr.w	r4, r0, r3
	strb	r2, [r1, #2]
	add.w	r2, r7, r6, asr #31
	ldr	r0, [sp, #80]
	ssat	r7, #8, r4
	movw	r4, :lower16:.Lloom_demo_n11.weights
	strb	r7, [r1, #3]
	lsls	r7, r0, #1
	ldr	r0, [sp, #76]
	@APP
	smmlar	r6, r7, r0, r8
	@NO_APP
	add.w	r7, r6, r7, asr #31
	movt	r4, :upper16:.Lloom_demo_n11.weights
	ssat	r0, #8, r12
	asr.w	r2, r2, r11
	strb.w	r0, [r1, #73]
	asr.w	r0, r7, r3
	ldr	r3, [sp, #88]
	ssat	r2, #8, r2
	adds	r3, #4
	ssat	r0, #8, r0
	strb.w	r2, [r1, #74]
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb.w	r0, [r1, #75]
	ldr	r0, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	ssat	r5, #8, r9
	cmp	r3, #72
	add.w	r0, r0, #16
	strb.w	r5, [r1, #72]
	bne.w	.LBB0_1
	ldr	r7, [sp, #4]
	movs	r0, #1
	add.w	r5, r7, #219
	mov.w	r10, #8388736
	ldr.w	r12, [sp, #8]
.LBB0_3:
	movw	r1, #65248
	movs	r6, #0
	movt	r1, #65535
	str	r7, [sp, #32]
	str	r0, [sp, #24]
	str	r5, [sp, #28]
	str.w	r12, [sp, #80]
.LBB0_4:
	strd	r6, r1, [sp, #84]
	adds	r0, r2, r1
	ldr	r1, [sp, #80]
	add.w	r12, r1, r6
	adds	r3, r4, r6
	ldrd	r11, r9, [r0, #288]
	ldr.w	r5, [r12, #72]
	ldr.w	r6, [r3, #216]
	sxtb16	r4, r6
	ldr.w	r7, [r0, #296]
	sxtab16	r1, r10, r5
	ldr.w	r2, [r12, #144]
	smlabb	r8, r1, r4, r11
	ldr.w	r0, [r0, #300]
	smlatt	r1, r1, r4, r7
	str	r1, [sp, #76]
	mov.w	r1, #8388736
	sxtab16	lr, r1, r2
	sxtb16	r6, r6, ror #8
	smlabb	r11, lr, r4, r11
	sxtab16	r5, r10, r5, ror #8
	smlatt	r4, lr, r4, r7
	sxtab16	r2, r1, r2, ror #8
	ldr.w	r7, [r3, #288]
	smlabb	r10, r5, r6, r9
	ldr	r1, [sp, #76]
	smlatt	r5, r5, r6, r0
	smlabb	r9, r2, r6, r9
	smlatt	r0, r2, r6, r0
	sxtb16	r6, r7
	str	r0, [sp, #72]
	sxtb16	r7, r7, ror #8
	ldr.w	r0, [r12, #216]
	smlatt	r1, lr, r6, r1
	smlabb	r10, r2, r7, r10
	str	r1, [sp, #76]
	smlatt	r1, r2, r7, r5
	mov.w	r2, #8388736
	sxtab16	r5, r2, r0
	smlabb	r8, lr, r6, r8
	str	r1, [sp, #68]
	smlabb	lr, r5, r6, r11
	sxtab16	r0, r2, r0, ror #8
	smlatt	r11, r5, r6, r4
	ldr.w	r6, [r3, #360]
	ldr	r1, [sp, #72]
	smlabb	r9, r0, r7, r9
	ldr	r4, [sp, #76]
	smlatt	r7, r0, r7, r1
	sxtb16	r1, r6
	sxtb16	r6, r6, ror #8
	smlabb	r2, r5, r1, r8
	str	r2, [sp, #60]
	smlabb	r2, r0, r6, r10
	str	r2, [sp, #56]
	ldr.w	r2, [r12, #288]
	smlatt	r5, r5, r1, r4
	ldr	r4, [sp, #68]
	smlatt	r0, r0, r6, r4
	ldr.w	r10, [r3, #432]
	str	r0, [sp, #64]
	mov.w	r0, #8388736
	sxtab16	r8, r0, r2
	smlabb	r0, r8, r1, lr
	str	r0, [sp, #76]
	mov.w	r0, #8388736
	sxtab16	r2, r0, r2, ror #8
	smlatt	r4, r8, r1, r11
	smlabb	r0, r2, r6, r9
	ldr.w	r8, [r12, #936]
	str	r0, [sp, #72]
	mov	r9, r3
	smlatt	r0, r2, r6, r7
	mov.w	r2, #8388736
	str	r0, [sp, #68]
	ldr.w	r7, [r12, #1008]
	sxtb16	r1, r10
	ldr	r0, [sp, #60]
	sxtab16	r3, r2, r8
	ldr.w	r2, [r9, #504]
	smlabb	r11, r3, r1, r0
	mov.w	r0, #8388736
	smlatt	lr, r3, r1, r5
	ldr.w	r3, [r12, #1080]
	sxtab16	r6, r0, r7
	ldr	r0, [sp, #76]
	sxtb16	r5, r2
	smlatt	r4, r6, r1, r4
	smlabb	r0, r6, r1, r0
	smlatt	r1, r6, r5, lr
	str	r1, [sp, #40]
	mov.w	r1, #8388736
	smlabb	lr, r6, r5, r11
	sxtab16	r11, r1, r3
	ldr.w	r1, [r12, #1152]
	smlatt	r12, r11, r5, r4
	ldr.w	r4, [r9, #576]
	smlabb	r5, r11, r5, r0
	mov.w	r0, #8388736
	str	r1, [sp, #60]
	sxtab16	r0, r0, r1
	sxtb16	r1, r4
	sxtb16	r9, r2, ror #8
	mov.w	r2, #8388736
	smlatt	r6, r0, r1, r12
	sxtb16	r12, r4, ror #8
	smlabb	r0, r0, r1, r5
	sxtb16	r4, r10, ror #8
	movw	r5, :lower16:.Lloom_demo_n11.requant_offset
	sxtab16	r10, r2, r7, ror #8
	movw	r7, :lower16:.Lloom_demo_n11.multiplier
	ldr	r2, [sp, #88]
	movt	r7, :upper16:.Lloom_demo_n11.multiplier
	str	r0, [sp, #52]
	mov.w	r0, #8388736
	add	r7, r2
	ldr	r2, [sp, #88]
	movt	r5, :upper16:.Lloom_demo_n11.requant_offset
	str	r6, [sp, #76]
	sxtab16	r3, r0, r3, ror #8
	smlabb	r6, r11, r1, lr
	sxtab16	r8, r0, r8, ror #8
	ldr	r0, [sp, #56]
	add	r2, r5
	smlabb	r0, r8, r4, r0
	smlabb	lr, r10, r9, r0
	lsls	r6, r6, #1
	ldr.w	r0, [r2, #288]
	str.w	r12, [sp, #36]
	ldr.w	r5, [r7, #288]
	str	r0, [sp, #48]
	smlabb	lr, r3, r12, lr
	@APP
	smmlar	r12, r6, r5, r0
	@NO_APP
	ldr	r0, [sp, #40]
	smlatt	r1, r11, r1, r0
	add.w	r0, r12, r6, asr #31
	str	r5, [sp, #44]
	str	r0, [sp, #56]
	ldr	r0, [sp, #64]
	ldr	r5, [sp, #68]
	smlatt	r0, r8, r4, r0
	lsl.w	r6, lr, #1
	smlatt	lr, r10, r4, r5
	ldr	r5, [sp, #72]
	smlabb	r4, r10, r4, r5
	smlatt	r0, r10, r9, r0
	ldr	r5, [sp, #36]
	smlatt	r0, r3, r5, r0
	str	r4, [sp, #64]
	lsls	r4, r1, #1
	ldr.w	r11, [r7, #292]
	ldr.w	r8, [r2, #292]
	@APP
	smmlar	r12, r6, r11, r8
	@NO_APP
	add.w	r6, r12, r6, asr #31
	str	r6, [sp, #72]
	lsls	r0, r0, #1
	ldr.w	r10, [r7, #296]
	ldr.w	r12, [r2, #296]
	@APP
	smmlar	r6, r4, r10, r12
	@NO_APP
	add.w	r1, r6, r4, asr #31
	str	r1, [sp, #68]
	ldr.w	r4, [r7, #300]
	ldr.w	r7, [r2, #300]
	ldr	r1, [sp, #52]
	@APP
	smmlar	r2, r0, r4, r7
	@NO_APP
	add.w	r0, r2, r0, asr #31
	str	r0, [sp, #52]
	lsls	r6, r1, #1
	movw	r2, :lower16:.Lloom_demo_n11.right_shift
	ldrd	r1, r0, [sp, #44]
	@APP
	smmlar	r0, r6, r1, r0
	@NO_APP
	ldr	r1, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.right_shift
	smlatt	lr, r3, r9, lr
	add	r2, r1
	ldr	r1, [sp, #64]
	smlabb	r3, r3, r9, r1
	ldr	r1, [sp, #60]
	add.w	r9, r0, r6, asr #31
	mov.w	r0, #8388736
	sxtab16	r6, r0, r1, ror #8
	ldr.w	r0, [r2, #288]
	smlabb	r3, r6, r5, r3
	ldr	r1, [sp, #56]
	smlatt	lr, r6, r5, lr
	asrs	r1, r0
	lsls	r3, r3, #1
	ldr.w	r6, [r2, #292]
	asr.w	r9, r9, r0
	@APP
	smmlar	r5, r3, r11, r8
	@NO_APP
	ldr	r0, [sp, #72]
	add.w	r8, r5, r3, asr #31
	asrs	r0, r6
	ldr	r3, [sp, #32]
	ldr	r5, [sp, #84]
	asr.w	r8, r8, r6
	add	r5, r3
	ldr.w	r3, [r2, #296]
	ssat	r1, #8, r1
	ldr.w	r2, [r2, #300]
	ssat	r0, #8, r0
	strb.w	r1, [r5, #144]
	ldr	r1, [sp, #68]
	strb.w	r0, [r5, #145]
	ldr	r0, [sp, #76]
	asrs	r1, r3
	lsls	r6, r0, #1
	@APP
	smmlar	r0, r6, r10, r12
	@NO_APP
	ssat	r11, #8, r1
	ldr	r1, [sp, #52]
	add.w	r10, r0, r6, asr #31
	strb.w	r11, [r5, #146]
	lsl.w	r0, lr, #1
	ldr.w	r12, [sp, #80]
	asrs	r1, r2
	asr.w	lr, r10, r3
	@APP
	smmlar	r3, r0, r4, r7
	@NO_APP
	ssat	r7, #8, r9
	movw	r4, :lower16:.Lloom_demo_n11.weights
	add.w	r0, r3, r0, asr #31
	strb.w	r7, [r5, #216]
	ssat	r1, #8, r1
	movt	r4, :upper16:.Lloom_demo_n11.weights
	ssat	r3, #8, r8
	strb.w	r1, [r5, #147]
	asr.w	r7, r0, r2
	strb.w	r3, [r5, #217]
	ssat	r0, #8, lr
	movw	r2, :lower16:.Lloom_demo_n11.bias
	ldrd	r6, r1, [sp, #84]
	strb.w	r0, [r5, #218]
	ldr	r5, [sp, #28]
	ssat	r0, #8, r7
	mov.w	r10, #8388736
	strb	r0, [r5, r6]
	adds	r6, #4
	movt	r2, :upper16:.Lloom_demo_n11.bias
	cmp	r6, #72
	add.w	r1, r1, #16
	bne.w	.LBB0_4
	ldr	r0, [sp, #24]
	adds	r5, #144
	adds	r0, #1
	ldr	r7, [sp, #32]
	adds	r7, #144
	cmp	r0, #5
	add.w	r12, r12, #144
	bne.w	.LBB0_3
	movw	r1, #65248
	movs	r3, #0
	movt	r1, #65535
.LBB0_7:
	ldr	r0, [sp, #8]
	mov.w	lr, #8388736
	strd	r3, r1, [sp, #84]
	add.w	r11, r0, r3
	adds	r0, r2, r1
	movw	r1, :lower16:.Lloom_demo_n11.weights
	movt	r1, :upper16:.Lloom_demo_n11.weights
	ldr.w	r4, [r11, #720]
	add.w	r12, r1, r3
	ldr.w	r1, [r11, #648]
	ldr.w	r8, [r0, #288]
	ldr.w	r2, [r0, #292]
	ldr.w	r5, [r12, #216]
	sxtab16	r6, lr, r1
	sxtb16	r7, r5
	smlabb	r3, r6, r7, r8
	str	r3, [sp, #80]
	ldr.w	r3, [r0, #296]
	sxtab16	r10, lr, r4
	smlatt	r6, r6, r7, r3
	sxtab16	r1, lr, r1, ror #8
	ldr.w	r0, [r0, #300]
	sxtb16	r5, r5, ror #8
	smlabb	r8, r10, r7, r8
	sxtab16	r4, lr, r4, ror #8
	smlatt	r3, r10, r7, r3
	ldr.w	r7, [r12, #288]
	smlabb	r9, r1, r5, r2
	str	r6, [sp, #76]
	smlatt	r1, r1, r5, r0
	smlabb	r2, r4, r5, r2
	str	r1, [sp, #72]
	smlatt	r6, r4, r5, r0
	ldr	r0, [sp, #80]
	sxtb16	r5, r7
	ldr	r1, [sp, #76]
	smlabb	r0, r10, r5, r0
	str	r0, [sp, #68]
	ldr.w	r0, [r11, #792]
	sxtb16	r7, r7, ror #8
	smlatt	r10, r10, r5, r1
	ldr	r1, [sp, #72]
	smlabb	r9, r4, r7, r9
	smlatt	r1, r4, r7, r1
	sxtab16	r4, lr, r0
	sxtab16	r0, lr, r0, ror #8
	smlabb	r8, r4, r5, r8
	smlabb	r2, r0, r7, r2
	smlatt	r3, r4, r5, r3
	ldr.w	r5, [r12, #360]
	str	r2, [sp, #80]
	smlatt	r7, r0, r7, r6
	sxtb16	r6, r5
	ldr	r2, [sp, #68]
	smlabb	r2, r4, r6, r2
	smlatt	r10, r4, r6, r10
	ldr.w	r6, [r11, #1512]
	sxtb16	r5, r5, ror #8
	ldr.w	r4, [r12, #432]
	smlabb	r9, r0, r5, r9
	smlatt	r0, r0, r5, r1
	sxtab16	r1, lr, r6
	sxtb16	r5, r4
	smlabb	r2, r1, r5, r2
	sxtab16	r6, lr, r6, ror #8
	smlatt	r10, r1, r5, r10
	sxtb16	r4, r4, ror #8
	ldr.w	r1, [r11, #1584]
	smlatt	r0, r6, r4, r0
	str	r0, [sp, #64]
	smlabb	r9, r6, r4, r9
	sxtab16	r0, lr, r1
	smlabb	r6, r0, r5, r8
	str	r6, [sp, #68]
	sxtab16	r6, lr, r1, ror #8
	ldr	r1, [sp, #80]
	smlabb	r1, r6, r4, r1
	str	r1, [sp, #80]
	smlatt	r1, r0, r5, r3
	str	r1, [sp, #72]
	smlatt	r1, r6, r4, r7
	str	r1, [sp, #76]
	ldr.w	r1, [r12, #504]
	sxtb16	r3, r1
	smlabb	r8, r0, r3, r2
	ldr.w	r2, [r11, #1656]
	sxtb16	r1, r1, ror #8
	str	r1, [sp, #60]
	smlabb	r5, r6, r1, r9
	ldr.w	r1, [r12, #576]
	smlatt	r0, r0, r3, r10
	sxtab16	r4, lr, r2
	sxtb16	r7, r1
	sxtab16	r10, lr, r2, ror #8
	smlabb	r2, r4, r7, r8
	sxtb16	r9, r1, ror #8
	smlatt	r0, r4, r7, r0
	movw	r1, :lower16:.Lloom_demo_n11.multiplier
	str	r0, [sp, #44]
	ldr	r0, [sp, #88]
	movt	r1, :upper16:.Lloom_demo_n11.multiplier
	add.w	r8, r1, r0
	lsls	r1, r2, #1
	movw	r2, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r0, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.requant_offset
	smlabb	lr, r10, r9, r5
	add.w	r12, r2, r0
	lsl.w	r2, lr, #1
	ldrd	r11, lr, [r8, #288]
	ldrd	r5, r0, [r12, #288]
	@APP
	smmlar	r7, r1, r11, r5
	@NO_APP
	add.w	r1, r7, r1, asr #31
	str.w	lr, [sp, #56]
	str	r0, [sp, #52]
	str	r1, [sp, #40]
	@APP
	smmlar	r1, r2, lr, r0
	@NO_APP
	ldrd	lr, r0, [sp, #60]
	smlatt	r6, r6, lr, r0
	add.w	r0, r1, r2, asr #31
	str	r0, [sp, #48]
	ldr	r0, [sp, #44]
	lsls	r7, r0, #1
	ldr	r0, [sp, #68]
	smlatt	r2, r10, r9, r6
	ldr.w	r1, [r8, #296]
	ldr.w	r6, [r12, #296]
	smlabb	r9, r4, r3, r0
	@APP
	smmlar	r0, r7, r1, r6
	@NO_APP
	str	r1, [sp, #64]
	ldr	r1, [sp, #72]
	add.w	r0, r0, r7, asr #31
	movw	r7, :lower16:.Lloom_demo_n11.right_shift
	smlatt	r1, r4, r3, r1
	str	r0, [sp, #68]
	lsls	r0, r2, #1
	ldr	r3, [sp, #88]
	movt	r7, :upper16:.Lloom_demo_n11.right_shift
	ldr.w	r8, [r8, #300]
	ldr.w	r4, [r12, #300]
	lsl.w	r2, r9, #1
	add	r3, r7
	@APP
	smmlar	r7, r0, r8, r4
	@NO_APP
	add.w	r12, r7, r0, asr #31
	ldr	r7, [sp, #80]
	str	r1, [sp, #72]
	@APP
	smmlar	r0, r2, r11, r5
	@NO_APP
	add.w	r9, r0, r2, asr #31
	ldr.w	r2, [r3, #288]
	smlabb	r7, r10, lr, r7
	ldr	r1, [sp, #40]
	asr.w	r9, r9, r2
	asr.w	r5, r1, r2
	ldr	r1, [sp, #76]
	smlatt	lr, r10, lr, r1
	lsls	r0, r7, #1
	ldrd	r2, r1, [sp, #52]
	@APP
	smmlar	r2, r0, r1, r2
	@NO_APP
	ldr.w	r7, [r3, #292]
	ldr	r1, [sp, #48]
	add.w	r11, r2, r0, asr #31
	ldr	r0, [sp, #4]
	asr.w	r11, r11, r7
	ldr	r2, [sp, #84]
	ssat	r10, #8, r5
	add	r0, r2
	asr.w	r5, r1, r7
	ldr.w	r2, [r3, #296]
	ldr	r1, [sp, #68]
	strb.w	r10, [r0, #720]
	ssat	r5, #8, r5
	ldr.w	r3, [r3, #300]
	asr.w	r10, r1, r2
	ldr	r1, [sp, #72]
	strb.w	r5, [r0, #721]
	lsls	r5, r1, #1
	ldr	r1, [sp, #64]
	@APP
	smmlar	r1, r5, r1, r6
	@NO_APP
	asr.w	r6, r12, r3
	ssat	r7, #8, r10
	strb.w	r7, [r0, #722]
	add.w	r1, r1, r5, asr #31
	ssat	r7, #8, r6
	strb.w	r7, [r0, #723]
	lsl.w	r7, lr, #1
	asrs	r1, r2
	@APP
	smmlar	r2, r7, r8, r4
	@NO_APP
	add.w	r2, r2, r7, asr #31
	asrs	r2, r3
	ldr	r3, [sp, #84]
	ssat	r1, #8, r1
	adds	r3, #4
	strb.w	r1, [r0, #794]
	cmp	r3, #72
	ssat	r1, #8, r2
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb.w	r1, [r0, #795]
	ldr	r1, [sp, #88]
	ssat	r6, #8, r9
	movt	r2, :upper16:.Lloom_demo_n11.bias
	ssat	r7, #8, r11
	add.w	r1, r1, #16
	strb.w	r6, [r0, #792]
	strb.w	r7, [r0, #793]
	bne.w	.LBB0_7
	ldr	r3, [sp, #4]
	ldr	r4, [sp, #8]
	add.w	r1, r3, #1008
	add.w	r0, r3, #864
	str	r1, [sp, #16]
	addw	r1, r3, #1587
	movs	r3, #1
.LBB0_9:
	str	r3, [sp, #12]
	movw	r3, #65248
	strd	r1, r0, [sp, #20]
	movs	r1, #0
	movt	r3, #65535
	str	r4, [sp, #32]
.LBB0_10:
	strd	r3, r1, [sp, #84]
	adds	r0, r2, r3
	movw	r3, :lower16:.Lloom_demo_n11.weights
	movt	r3, :upper16:.Lloom_demo_n11.weights
	ldr	r2, [sp, #88]
	add.w	lr, r3, r1
	ldr	r1, [sp, #88]
	ldr	r6, [r3, r2]
	mov.w	r3, #8388736
	ldr	r1, [r4, r1]
	ldr.w	r10, [r0, #288]
	sxtb16	r4, r6
	ldr.w	r2, [r0, #292]
	sxtab16	r5, r3, r1
	ldr.w	r7, [r0, #300]
	sxtab16	r1, r3, r1, ror #8
	ldr.w	r3, [r0, #296]
	sxtb16	r6, r6, ror #8
	smlatt	r0, r5, r4, r3
	str	r0, [sp, #76]
	smlatt	r0, r1, r6, r7
	smlabb	r12, r5, r4, r10
	str	r0, [sp, #80]
	ldr	r0, [sp, #32]
	smlabb	r8, r1, r6, r2
	ldr	r4, [sp, #88]
	ldr.w	r6, [lr, #72]
	add	r0, r4
	ldr.w	r4, [lr, #144]
	sxtb16	r9, r6
	sxtb16	r6, r6, ror #8
	smlabb	r10, r5, r9, r10
	smlabb	r11, r1, r6, r2
	smlatt	r2, r5, r9, r3
	ldr	r5, [r0, #72]
	str	r2, [sp, #72]
	mov	r2, r0
	mov.w	r0, #8388736
	smlatt	r1, r1, r6, r7
	sxtab16	r7, r0, r5
	ldr	r3, [sp, #72]
	sxtab16	r5, r0, r5, ror #8
	ldr	r0, [sp, #76]
	smlabb	r12, r7, r9, r12
	smlatt	r9, r7, r9, r0
	ldr	r0, [sp, #80]
	smlabb	r8, r5, r6, r8
	smlatt	r0, r5, r6, r0
	sxtb16	r6, r4
	str	r0, [sp, #68]
	sxtb16	r4, r4, ror #8
	smlabb	r10, r7, r6, r10
	smlabb	r0, r5, r4, r11
	str	r0, [sp, #76]
	ldr.w	r0, [r2, #144]
	smlatt	r1, r5, r4, r1
	str	r1, [sp, #80]
	mov.w	r1, #8388736
	sxtab16	r5, r1, r0
	smlatt	r11, r7, r6, r3
	smlabb	r12, r5, r6, r12
	mov	r7, r2
	smlatt	r9, r5, r6, r9
	ldr.w	r6, [r2, #864]
	sxtab16	r0, r1, r0, ror #8
	ldr.w	r5, [lr, #216]
	smlabb	r8, r0, r4, r8
	ldr	r2, [sp, #68]
	smlatt	r0, r0, r4, r2
	mov.w	r2, #8388736
	sxtab16	r3, r1, r6
	sxtb16	r4, r5
	smlabb	r12, r3, r4, r12
	sxtab16	r6, r1, r6, ror #8
	smlatt	r9, r3, r4, r9
	sxtb16	r5, r5, ror #8
	ldr.w	r4, [lr, #288]
	smlabb	r8, r6, r5, r8
	ldr	r1, [sp, #76]
	smlatt	r0, r6, r5, r0
	sxtb16	r5, r4
	sxtb16	r4, r4, ror #8
	smlabb	r10, r3, r5, r10
	smlabb	r1, r6, r4, r1
	str	r1, [sp, #76]
	smlatt	r1, r3, r5, r11
	str	r1, [sp, #72]
	mov	r1, r7
	ldr.w	r7, [r7, #936]
	ldr	r3, [sp, #80]
	smlatt	r11, r6, r4, r3
	ldr	r3, [sp, #76]
	sxtab16	r6, r2, r7
	str	r1, [sp, #60]
	sxtab16	r7, r2, r7, ror #8
	smlabb	r12, r6, r5, r12
	smlabb	r8, r7, r4, r8
	smlatt	r5, r6, r5, r9
	smlatt	r9, r7, r4, r0
	ldr.w	r4, [lr, #360]
	sxtb16	r0, r4
	sxtb16	r4, r4, ror #8
	smlabb	r10, r6, r0, r10
	smlabb	r3, r7, r4, r3
	str	r3, [sp, #80]
	ldr	r3, [sp, #72]
	smlatt	r3, r6, r0, r3
	ldr.w	r6, [r1, #1008]
	smlatt	r11, r7, r4, r11
	sxtab16	r7, r2, r6
	smlabb	r12, r7, r0, r12
	sxtab16	r6, r2, r6, ror #8
	smlatt	r0, r7, r0, r5
	ldr.w	r5, [r1, #1728]
	smlabb	r8, r6, r4, r8
	smlatt	r9, r6, r4, r9
	ldr.w	r6, [lr, #432]
	sxtab16	r7, r2, r5
	sxtb16	r4, r6
	sxtab16	r5, r2, r5, ror #8
	smlabb	r12, r7, r4, r12
	sxtb16	r6, r6, ror #8
	smlabb	r2, r5, r6, r8
	smlatt	r8, r7, r4, r0
	ldr.w	r4, [lr, #504]
	smlatt	r0, r5, r6, r9
	str	r2, [sp, #68]
	str	r0, [sp, #64]
	ldr	r2, [sp, #80]
	sxtb16	r0, r4
	sxtb16	r6, r4, ror #8
	ldr.w	r4, [r1, #1800]
	smlabb	r9, r7, r0, r10
	smlabb	r10, r5, r6, r2
	mov.w	r2, #8388736
	smlatt	r1, r5, r6, r11
	str	r1, [sp, #72]
	smlatt	r7, r7, r0, r3
	sxtab16	r1, r2, r4
	smlabb	r3, r1, r0, r12
	smlatt	r0, r1, r0, r8
	str	r3, [sp, #76]
	str	r0, [sp, #80]
	ldr.w	r0, [lr, #576]
	sxtb16	r3, r0
	sxtab16	r4, r2, r4, ror #8
	smlabb	r2, r1, r3, r9
	smlatt	r11, r1, r3, r7
	movw	r1, :lower16:.Lloom_demo_n11.multiplier
	sxtb16	r5, r0, ror #8
	ldr	r0, [sp, #84]
	movt	r1, :upper16:.Lloom_demo_n11.multiplier
	smlabb	r8, r4, r5, r10
	add.w	r12, r1, r0
	lsls	r1, r2, #1
	movw	r2, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r0, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.requant_offset
	add.w	lr, r2, r0
	lsl.w	r0, r8, #1
	ldrd	r8, r2, [r12, #288]
	ldrd	r7, r10, [lr, #288]
	@APP
	smmlar	r9, r1, r8, r7
	@NO_APP
	add.w	r1, r9, r1, asr #31
	str	r1, [sp, #52]
	@APP
	smmlar	r1, r0, r2, r10
	@NO_APP
	add.w	r0, r1, r0, asr #31
	str	r0, [sp, #56]
	ldr	r0, [sp, #68]
	ldr.w	r1, [r12, #296]
	smlabb	r0, r4, r6, r0
	ldr.w	r9, [lr, #296]
	str	r0, [sp, #48]
	ldr	r0, [sp, #64]
	smlatt	r0, r4, r6, r0
	lsl.w	r6, r11, #1
	str	r0, [sp, #64]
	ldr	r0, [sp, #60]
	str	r1, [sp, #68]
	ldr.w	lr, [lr, #300]
	ldr.w	r11, [r0, #1872]
	@APP
	smmlar	r0, r6, r1, r9
	@NO_APP
	add.w	r0, r0, r6, asr #31
	ldr	r1, [sp, #72]
	smlatt	r4, r4, r5, r1
	str	r0, [sp, #72]
	mov.w	r0, #8388736
	ldr	r1, [sp, #76]
	sxtab16	r0, r0, r11
	ldr.w	r6, [r12, #300]
	smlabb	r1, r0, r3, r1
	lsls	r4, r4, #1
	str	r6, [sp, #76]
	@APP
	smmlar	r6, r4, r6, lr
	@NO_APP
	lsls	r1, r1, #1
	add.w	r6, r6, r4, asr #31
	str	r6, [sp, #60]
	@APP
	smmlar	r6, r1, r8, r7
	@NO_APP
	movw	r7, :lower16:.Lloom_demo_n11.right_shift
	add.w	r8, r6, r1, asr #31
	ldr	r1, [sp, #84]
	movt	r7, :upper16:.Lloom_demo_n11.right_shift
	ldr	r4, [sp, #80]
	adds	r6, r7, r1
	mov.w	r1, #8388736
	sxtab16	r7, r1, r11, ror #8
	ldr	r1, [sp, #48]
	smlabb	r11, r7, r5, r1
	ldr.w	r1, [r6, #288]
	smlatt	r12, r0, r3, r4
	ldr	r0, [sp, #52]
	asr.w	r3, r0, r1
	ldr	r0, [sp, #64]
	smlatt	r7, r7, r5, r0
	lsl.w	r5, r11, #1
	asr.w	r8, r8, r1
	@APP
	smmlar	r2, r5, r2, r10
	@NO_APP
	ldr.w	r1, [r6, #292]
	ldr	r0, [sp, #56]
	add.w	r10, r2, r5, asr #31
	ldr	r4, [sp, #88]
	asr.w	r2, r0, r1
	ldr	r0, [sp, #24]
	ssat	r5, #8, r3
	ldr	r3, [sp, #88]
	ldr.w	r11, [r6, #296]
	add	r3, r0
	strb	r5, [r0, r4]
	ldr	r0, [sp, #72]
	asr.w	r5, r0, r11
	ldr	r4, [sp, #60]
	ssat	r2, #8, r2
	strb	r2, [r3, #1]
	lsl.w	r0, r12, #1
	ssat	r2, #8, r5
	ldr.w	r5, [r6, #300]
	asrs	r4, r5
	ldr	r6, [sp, #68]
	@APP
	smmlar	r6, r0, r6, r9
	@NO_APP
	strb	r2, [r3, #2]
	add.w	r0, r6, r0, asr #31
	ssat	r2, #8, r4
	ldr	r4, [sp, #32]
	asr.w	r1, r10, r1
	strb	r2, [r3, #3]
	lsls	r2, r7, #1
	ldr	r7, [sp, #76]
	asr.w	r0, r0, r11
	@APP
	smmlar	r7, r2, r7, lr
	@NO_APP
	add.w	r2, r7, r2, asr #31
	ssat	r1, #8, r1
	ssat	r0, #8, r0
	strb.w	r1, [r3, #73]
	asr.w	r1, r2, r5
	strb.w	r0, [r3, #74]
	ldr	r0, [sp, #88]
	movw	r2, :lower16:.Lloom_demo_n11.bias
	adds	r0, #4
	str	r0, [sp, #88]
	ssat	r6, #8, r8
	movt	r2, :upper16:.Lloom_demo_n11.bias
	ssat	r0, #8, r1
	strb.w	r6, [r3, #72]
	ldr	r1, [sp, #88]
	strb.w	r0, [r3, #75]
	ldr	r3, [sp, #84]
	cmp	r1, #72
	add.w	r3, r3, #16
	bne.w	.LBB0_10
	movs	r0, #1
	ldr	r1, [sp, #16]
	mov	r3, r4
.LBB0_12:
	str	r1, [sp, #40]
	movw	r1, #65248
	movs	r6, #0
	movt	r1, #65535
	str	r0, [sp, #28]
	str	r3, [sp, #36]
.LBB0_13:
	movw	lr, :lower16:.Lloom_demo_n11.weights
	add.w	r10, r3, r6
	movt	lr, :upper16:.Lloom_demo_n11.weights
	adds	r0, r2, r1
	strd	r1, r6, [sp, #84]
	ldr.w	r3, [lr, r6]
	ldr.w	r6, [r10, #72]
	mov.w	r8, #8388736
	ldr.w	r7, [r0, #296]
	sxtb16	r5, r3
	mov.w	r12, #8388736
	sxtab16	r4, r8, r6
	ldrd	r1, r9, [r0, #288]
	sxtb16	r3, r3, ror #8
	smlabb	r2, r4, r5, r1
	sxtab16	r6, r8, r6, ror #8
	str	r2, [sp, #80]
	smlabb	r2, r6, r3, r9
	str	r2, [sp, #76]
	ldr.w	r2, [r10, #144]
	smlatt	r4, r4, r5, r7
	str	r4, [sp, #72]
	ldr.w	r4, [r0, #300]
	ldr	r0, [sp, #88]
	smlatt	r6, r6, r3, r4
	sxtab16	r8, r8, r2
	add	lr, r0
	sxtab16	r2, r12, r2, ror #8
	smlatt	r0, r8, r5, r7
	str	r0, [sp, #64]
	smlatt	r0, r2, r3, r4
	ldr.w	r4, [lr, #72]
	str	r0, [sp, #68]
	sxtb16	r7, r4
	ldr	r0, [sp, #80]
	smlabb	r11, r8, r5, r1
	sxtb16	r4, r4, ror #8
	smlabb	r1, r8, r7, r0
	ldr	r0, [sp, #76]
	smlabb	r5, r2, r4, r0
	ldr.w	r0, [r10, #216]
	smlabb	r9, r2, r3, r9
	ldr	r3, [sp, #72]
	smlatt	r8, r8, r7, r3
	smlatt	r2, r2, r4, r6
	ldr	r3, [sp, #64]
	sxtab16	r6, r12, r0
	smlatt	r3, r6, r7, r3
	smlabb	r11, r6, r7, r11
	str	r3, [sp, #64]
	sxtab16	r0, r12, r0, ror #8
	ldr.w	r7, [lr, #144]
	ldr	r3, [sp, #68]
	smlabb	r9, r0, r4, r9
	smlatt	r3, r0, r4, r3
	sxtb16	r4, r7
	sxtb16	r7, r7, ror #8
	smlabb	r1, r6, r4, r1
	str	r1, [sp, #72]
	smlabb	r1, r0, r7, r5
	str	r1, [sp, #80]
	ldr.w	r1, [r10, #288]
	smlatt	r0, r0, r7, r2
	sxtab16	r2, r12, r1
	smlatt	r6, r6, r4, r8
	sxtab16	r1, r12, r1, ror #8
	str	r0, [sp, #76]
	smlabb	r9, r1, r7, r9
	ldr	r0, [sp, #64]
	smlatt	r1, r1, r7, r3
	ldr.w	r3, [r10, #936]
	smlabb	r8, r2, r4, r11
	ldr.w	r11, [lr, #216]
	smlatt	r2, r2, r4, r0
	ldr	r0, [sp, #72]
	sxtb16	r4, r11
	sxtab16	r5, r12, r3
	sxtb16	r7, r11, ror #8
	smlabb	r11, r5, r4, r0
	sxtab16	r3, r12, r3, ror #8
	ldr	r0, [sp, #80]
	smlabb	r0, r3, r7, r0
	smlatt	r5, r5, r4, r6
	ldr.w	r6, [r10, #1008]
	str	r0, [sp, #80]
	ldr	r0, [sp, #76]
	smlatt	r0, r3, r7, r0
	sxtab16	r3, r12, r6
	str	r0, [sp, #76]
	smlabb	r8, r3, r4, r8
	ldr	r0, [sp, #80]
	sxtab16	r6, r12, r6, ror #8
	smlatt	r2, r3, r4, r2
	ldr.w	r4, [lr, #288]
	smlabb	r9, r6, r7, r9
	smlatt	r1, r6, r7, r1
	sxtb16	r7, r4
	sxtb16	r4, r4, ror #8
	smlabb	r11, r3, r7, r11
	smlabb	r0, r6, r4, r0
	smlatt	r3, r3, r7, r5
	ldr.w	r5, [r10, #1080]
	str	r0, [sp, #80]
	ldr	r0, [sp, #76]
	smlatt	r0, r6, r4, r0
	sxtab16	r6, r12, r5
	str	r0, [sp, #76]
	sxtab16	r5, r12, r5, ror #8
	smlabb	r8, r6, r7, r8
	smlabb	r9, r5, r4, r9
	smlatt	r1, r5, r4, r1
	ldr.w	r4, [lr, #360]
	smlatt	r2, r6, r7, r2
	sxtb16	r7, r4
	smlabb	r0, r6, r7, r11
	sxtb16	r4, r4, ror #8
	str	r0, [sp, #68]
	ldr	r0, [sp, #80]
	smlatt	r3, r6, r7, r3
	ldr.w	r6, [r10, #1152]
	smlabb	r11, r5, r4, r0
	ldr	r0, [sp, #76]
	str.w	r11, [sp, #80]
	smlatt	r0, r5, r4, r0
	sxtab16	r5, r12, r6
	str	r0, [sp, #76]
	sxtab16	r6, r12, r6, ror #8
	smlabb	r8, r5, r7, r8
	smlabb	r0, r6, r4, r9
	smlatt	r2, r5, r7, r2
	ldr.w	r5, [r10, #1800]
	str	r0, [sp, #72]
	smlatt	r0, r6, r4, r1
	ldr.w	r4, [lr, #432]
	str	r0, [sp, #64]
	sxtb16	r6, r4
	ldr	r0, [sp, #68]
	sxtab16	r7, r12, r5
	ldr	r1, [sp, #72]
	sxtb16	r4, r4, ror #8
	smlabb	r11, r7, r6, r0
	sxtab16	r5, r12, r5, ror #8
	ldr	r0, [sp, #80]
	smlatt	r3, r7, r6, r3
	ldr.w	r7, [r10, #1872]
	smlabb	r9, r5, r4, r0
	ldr	r0, [sp, #76]
	smlatt	r5, r5, r4, r0
	sxtab16	r0, r12, r7
	sxtab16	r7, r12, r7, ror #8
	smlabb	r8, r0, r6, r8
	smlabb	r1, r7, r4, r1
	str	r1, [sp, #68]
	smlatt	r2, r0, r6, r2
	ldr	r1, [sp, #64]
	ldr.w	r6, [lr, #504]
	smlatt	r1, r7, r4, r1
	sxtb16	r4, r6
	str	r1, [sp, #64]
	sxtb16	r1, r6, ror #8
	smlabb	r6, r0, r4, r11
	smlatt	r11, r0, r4, r3
	ldr.w	r3, [r10, #1944]
	smlabb	r12, r7, r1, r9
	smlatt	r0, r7, r1, r5
	mov.w	r7, #8388736
	sxtab16	r5, r7, r3
	str	r0, [sp, #72]
	smlatt	r2, r5, r4, r2
	str	r2, [sp, #80]
	ldr.w	r2, [lr, #576]
	smlabb	r0, r5, r4, r8
	sxtab16	r9, r7, r3, ror #8
	str	r0, [sp, #76]
	sxtb16	r3, r2
	sxtb16	r7, r2, ror #8
	smlabb	r2, r5, r3, r6
	smlatt	r0, r5, r3, r11
	movw	r6, :lower16:.Lloom_demo_n11.multiplier
	str	r0, [sp, #56]
	ldr	r0, [sp, #84]
	movt	r6, :upper16:.Lloom_demo_n11.multiplier
	smlabb	r4, r9, r7, r12
	add.w	r12, r6, r0
	lsls	r6, r2, #1
	movw	r2, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r0, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.requant_offset
	lsls	r5, r4, #1
	add	r2, r0
	ldrd	lr, r0, [r12, #288]
	ldrd	r4, r11, [r2, #288]
	@APP
	smmlar	r8, r6, lr, r4
	@NO_APP
	add.w	r6, r8, r6, asr #31
	str	r0, [sp, #52]
	ldr.w	r8, [r2, #296]
	str	r6, [sp, #48]
	@APP
	smmlar	r6, r5, r0, r11
	@NO_APP
	add.w	r0, r6, r5, asr #31
	str	r0, [sp, #60]
	ldr	r0, [sp, #68]
	ldr.w	r5, [r10, #2016]
	smlabb	r0, r9, r1, r0
	str	r0, [sp, #44]
	ldr	r0, [sp, #64]
	smlatt	r0, r9, r1, r0
	ldr.w	r1, [r12, #300]
	str	r0, [sp, #64]
	ldr	r0, [sp, #56]
	lsls	r6, r0, #1
	ldr.w	r0, [r12, #296]
	str	r0, [sp, #68]
	@APP
	smmlar	r10, r6, r0, r8
	@NO_APP
	ldr	r0, [sp, #72]
	smlatt	r9, r9, r7, r0
	add.w	r0, r10, r6, asr #31
	str	r0, [sp, #72]
	mov.w	r0, #8388736
	lsl.w	r9, r9, #1
	sxtab16	r10, r0, r5
	ldr	r0, [sp, #76]
	smlabb	r0, r10, r3, r0
	str	r1, [sp, #76]
	ldr.w	r12, [r2, #300]
	@APP
	smmlar	r6, r9, r1, r12
	@NO_APP
	lsls	r0, r0, #1
	movw	r2, :lower16:.Lloom_demo_n11.right_shift
	add.w	r1, r6, r9, asr #31
	str	r1, [sp, #56]
	@APP
	smmlar	r1, r0, lr, r4
	@NO_APP
	add.w	r0, r1, r0, asr #31
	ldr	r1, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.right_shift
	adds	r4, r2, r1
	mov.w	r1, #8388736
	sxtab16	r1, r1, r5, ror #8
	ldr	r2, [sp, #44]
	smlabb	r5, r1, r7, r2
	ldr	r2, [sp, #80]
	ldr.w	r6, [r4, #288]
	smlatt	r10, r10, r3, r2
	ldr	r2, [sp, #48]
	asr.w	r3, r2, r6
	ldr	r2, [sp, #64]
	smlatt	r1, r1, r7, r2
	lsls	r7, r5, #1
	asr.w	r5, r0, r6
	ldr	r0, [sp, #52]
	@APP
	smmlar	r0, r7, r0, r11
	@NO_APP
	ldr.w	r6, [r4, #292]
	add.w	r11, r0, r7, asr #31
	ldr	r0, [sp, #60]
	asrs	r0, r6
	str	r1, [sp, #80]
	ldr	r1, [sp, #40]
	ldr.w	r7, [r4, #296]
	ssat	r2, #8, r0
	ldr	r0, [sp, #88]
	ldr.w	r9, [sp, #88]
	add	r0, r1
	ssat	r3, #8, r3
	ldr.w	r4, [r4, #300]
	strb.w	r3, [r1, r9]
	ldr	r1, [sp, #72]
	asr.w	r3, r1, r7
	strb	r2, [r0, #1]
	ldr	r2, [sp, #56]
	asr.w	r11, r11, r6
	asr.w	lr, r2, r4
	ldr	r1, [sp, #68]
	ssat	r3, #8, r3
	ldr	r2, [sp, #80]
	lsl.w	r6, r10, #1
	strb	r3, [r0, #2]
	ssat	r3, #8, lr
	@APP
	smmlar	r1, r6, r1, r8
	@NO_APP
	strb	r3, [r0, #3]
	lsls	r3, r2, #1
	ldr	r2, [sp, #76]
	add.w	r1, r1, r6, asr #31
	@APP
	smmlar	r2, r3, r2, r12
	@NO_APP
	asrs	r1, r7
	add.w	r2, r2, r3, asr #31
	ldr	r6, [sp, #88]
	asrs	r2, r4
	adds	r6, #4
	ssat	r1, #8, r1
	cmp	r6, #72
	strb.w	r1, [r0, #74]
	ssat	r1, #8, r2
	movw	r2, :lower16:.Lloom_demo_n11.bias
	ssat	r3, #8, r11
	strb.w	r1, [r0, #75]
	ldr	r1, [sp, #84]
	strb.w	r3, [r0, #73]
	ssat	r7, #8, r5
	ldr	r3, [sp, #36]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	add.w	r1, r1, #16
	strb.w	r7, [r0, #72]
	bne.w	.LBB0_13
	ldr	r0, [sp, #28]
	ldr	r1, [sp, #40]
	adds	r0, #1
	adds	r3, #144
	cmp	r0, #5
	add.w	r1, r1, #144
	bne.w	.LBB0_12
	movw	r1, #65248
	movs	r3, #0
	movt	r1, #65535
.LBB0_16:
	strd	r3, r1, [sp, #84]
	ldr	r0, [sp, #32]
	mov.w	r12, #8388736
	add.w	lr, r0, r3
	ldr	r0, [sp, #88]
	adds	r1, r2, r0
	movw	r0, :lower16:.Lloom_demo_n11.weights
	movt	r0, :upper16:.Lloom_demo_n11.weights
	ldr.w	r2, [lr, #648]
	ldr.w	r9, [r1, #288]
	ldr.w	r7, [r1, #292]
	ldr	r6, [r0, r3]
	ldr.w	r3, [lr, #720]
	sxtab16	r5, r12, r2
	sxtb16	r4, r6
	smlabb	r0, r5, r4, r9
	str	r0, [sp, #80]
	ldr.w	r0, [r1, #296]
	smlatt	r5, r5, r4, r0
	ldr.w	r1, [r1, #300]
	sxtab16	r2, r12, r2, ror #8
	str	r5, [sp, #76]
	sxtb16	r6, r6, ror #8
	sxtab16	r5, r12, r3
	smlabb	r8, r2, r6, r7
	smlatt	r10, r2, r6, r1
	smlabb	r2, r5, r4, r9
	ldr.w	r9, [sp, #76]
	sxtab16	r11, r12, r3, ror #8
	movw	r3, :lower16:.Lloom_demo_n11.weights
	str	r2, [sp, #72]
	ldr	r2, [sp, #84]
	movt	r3, :upper16:.Lloom_demo_n11.weights
	smlatt	r0, r5, r4, r0
	add	r3, r2
	str	r0, [sp, #64]
	smlatt	r0, r11, r6, r1
	ldr	r2, [sp, #72]
	ldr	r4, [r3, #72]
	smlabb	r7, r11, r6, r7
	str	r0, [sp, #68]
	ldr	r0, [sp, #80]
	sxtb16	r6, r4
	smlabb	r1, r5, r6, r0
	ldr.w	r0, [lr, #792]
	sxtb16	r4, r4, ror #8
	smlatt	r5, r5, r6, r9
	smlabb	r8, r11, r4, r8
	smlatt	r10, r11, r4, r10
	sxtab16	r11, r12, r0
	smlabb	r9, r11, r6, r2
	ldr	r2, [sp, #64]
	sxtab16	r0, r12, r0, ror #8
	smlatt	r2, r11, r6, r2
	smlabb	r7, r0, r4, r7
	str	r2, [sp, #76]
	ldr.w	r6, [r3, #144]
	ldr	r2, [sp, #68]
	smlatt	r4, r0, r4, r2
	ldr.w	r2, [r3, #288]
	str	r4, [sp, #80]
	sxtb16	r4, r6
	smlabb	r1, r11, r4, r1
	smlatt	r11, r11, r4, r5
	ldr.w	r5, [lr, #1512]
	sxtb16	r6, r6, ror #8
	ldr.w	r4, [r3, #216]
	smlabb	r8, r0, r6, r8
	smlatt	r10, r0, r6, r10
	sxtab16	r6, r12, r5
	sxtb16	r0, r4
	smlabb	r1, r6, r0, r1
	smlatt	r11, r6, r0, r11
	ldr.w	r6, [lr, #1584]
	sxtab16	r5, r12, r5, ror #8
	str	r1, [sp, #72]
	sxtb16	r4, r4, ror #8
	ldr	r1, [sp, #76]
	smlabb	r8, r5, r4, r8
	smlatt	r10, r5, r4, r10
	sxtab16	r5, r12, r6
	smlabb	r9, r5, r0, r9
	sxtab16	r6, r12, r6, ror #8
	smlatt	r0, r5, r0, r1
	ldr	r1, [sp, #80]
	smlabb	r7, r6, r4, r7
	str	r0, [sp, #76]
	smlatt	r1, r6, r4, r1
	sxtb16	r4, r2
	ldr	r0, [sp, #72]
	smlabb	r0, r5, r4, r0
	smlatt	r11, r5, r4, r11
	ldr.w	r5, [lr, #1656]
	sxtb16	r2, r2, ror #8
	str	r0, [sp, #80]
	smlabb	r8, r6, r2, r8
	ldr	r0, [sp, #76]
	smlatt	r10, r6, r2, r10
	sxtab16	r6, r12, r5
	sxtab16	r5, r12, r5, ror #8
	smlatt	r0, r6, r4, r0
	smlabb	r7, r5, r2, r7
	str	r0, [sp, #76]
	smlatt	r0, r5, r2, r1
	ldr.w	r2, [r3, #360]
	smlabb	r9, r6, r4, r9
	str	r0, [sp, #60]
	sxtb16	r4, r2
	ldr	r0, [sp, #80]
	smlabb	r0, r6, r4, r0
	sxtb16	r2, r2, ror #8
	smlatt	r11, r6, r4, r11
	ldr.w	r6, [lr, #2376]
	smlabb	r8, r5, r2, r8
	smlatt	r10, r5, r2, r10
	ldr.w	r5, [r3, #432]
	sxtab16	r2, r12, r6
	sxtb16	r4, r5
	smlabb	r1, r2, r4, r0
	smlatt	r11, r2, r4, r11
	ldr.w	r2, [lr, #2448]
	sxtab16	r6, r12, r6, ror #8
	sxtb16	r5, r5, ror #8
	smlatt	r0, r6, r5, r10
	sxtab16	r10, r12, r2
	smlabb	r8, r6, r5, r8
	str	r0, [sp, #64]
	smlabb	r0, r10, r4, r9
	sxtab16	r6, r12, r2, ror #8
	str	r0, [sp, #68]
	smlabb	r0, r6, r5, r7
	str	r0, [sp, #80]
	ldr	r0, [sp, #76]
	smlatt	r0, r10, r4, r0
	str	r0, [sp, #72]
	ldr	r0, [sp, #60]
	smlatt	r0, r6, r5, r0
	str	r0, [sp, #76]
	ldr.w	r0, [r3, #504]
	sxtb16	r7, r0
	ldr.w	r3, [r3, #576]
	sxtb16	r0, r0, ror #8
	str	r0, [sp, #48]
	smlabb	r8, r6, r0, r8
	ldr.w	r0, [lr, #2520]
	smlabb	r9, r10, r7, r1
	smlatt	r1, r10, r7, r11
	sxtab16	r5, r12, r0
	sxtb16	r2, r3
	sxtab16	r11, r12, r0, ror #8
	smlabb	r0, r5, r2, r9
	smlatt	r1, r5, r2, r1
	movw	r2, :lower16:.Lloom_demo_n11.multiplier
	sxtb16	r10, r3, ror #8
	str	r1, [sp, #44]
	ldr	r1, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.multiplier
	smlabb	r3, r11, r10, r8
	add.w	r8, r2, r1
	movw	r2, :lower16:.Lloom_demo_n11.requant_offset
	lsl.w	lr, r0, #1
	ldr	r0, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.requant_offset
	adds	r4, r2, r0
	lsl.w	r12, r3, #1
	ldr.w	r0, [r8, #288]
	ldr.w	r9, [r8, #292]
	str	r0, [sp, #28]
	ldr.w	r2, [r4, #288]
	str.w	r9, [sp, #60]
	ldr.w	r1, [r4, #292]
	@APP
	smmlar	r3, lr, r0, r2
	@NO_APP
	add.w	r0, r3, lr, asr #31
	@APP
	smmlar	lr, r12, r9, r1
	@NO_APP
	ldr.w	r9, [sp, #48]
	str	r2, [sp, #36]
	ldr	r2, [sp, #64]
	str	r0, [sp, #40]
	smlatt	r3, r6, r9, r2
	add.w	r0, lr, r12, asr #31
	str	r0, [sp, #52]
	smlatt	r0, r11, r10, r3
	str	r1, [sp, #56]
	ldr	r1, [sp, #44]
	ldr.w	r3, [r8, #296]
	lsls	r1, r1, #1
	str	r3, [sp, #64]
	ldr.w	r6, [r4, #296]
	ldr	r2, [sp, #68]
	@APP
	smmlar	r10, r1, r3, r6
	@NO_APP
	ldr	r3, [sp, #72]
	lsls	r0, r0, #1
	smlabb	r2, r5, r7, r2
	smlatt	r3, r5, r7, r3
	ldr.w	r8, [r8, #300]
	str	r3, [sp, #72]
	ldr.w	r4, [r4, #300]
	movw	r3, :lower16:.Lloom_demo_n11.right_shift
	@APP
	smmlar	r5, r0, r8, r4
	@NO_APP
	add.w	r0, r5, r0, asr #31
	movt	r3, :upper16:.Lloom_demo_n11.right_shift
	add.w	r10, r10, r1, asr #31
	str	r0, [sp, #68]
	lsls	r1, r2, #1
	ldr	r2, [sp, #88]
	ldr	r0, [sp, #36]
	add	r2, r3
	ldr	r3, [sp, #28]
	@APP
	smmlar	r0, r1, r3, r0
	@NO_APP
	add.w	r12, r0, r1, asr #31
	ldr	r0, [sp, #80]
	ldr.w	r1, [r2, #288]
	smlabb	lr, r11, r9, r0
	ldr	r0, [sp, #40]
	ldr	r3, [sp, #76]
	asrs	r0, r1
	smlatt	r9, r11, r9, r3
	asr.w	r1, r12, r1
	str	r1, [sp, #80]
	ssat	r11, #8, r0
	ldr.w	r7, [r2, #292]
	lsl.w	r0, lr, #1
	ldr	r5, [sp, #64]
	ldrd	r3, r1, [sp, #56]
	@APP
	smmlar	r1, r0, r1, r3
	@NO_APP
	ldr	r3, [sp, #52]
	asr.w	lr, r3, r7
	ldr.w	r12, [r2, #296]
	add.w	r3, r1, r0, asr #31
	ldr	r1, [sp, #20]
	ldr	r0, [sp, #84]
	ldr.w	r2, [r2, #300]
	add	r0, r1
	asr.w	r10, r10, r12
	ssat	lr, #8, lr
	strb	lr, [r0, #-2]
	asr.w	lr, r3, r7
	ldr	r3, [sp, #72]
	strb	r11, [r0, #-3]
	lsls	r3, r3, #1
	@APP
	smmlar	r6, r3, r5, r6
	@NO_APP
	ldr	r5, [sp, #68]
	asrs	r5, r2
	add.w	r3, r6, r3, asr #31
	ldr	r6, [sp, #84]
	ssat	r5, #8, r5
	strb	r5, [r1, r6]
	lsl.w	r5, r9, #1
	asr.w	r1, r3, r12
	@APP
	smmlar	r3, r5, r8, r4
	@NO_APP
	add.w	r3, r3, r5, asr #31
	ssat	r7, #8, r10
	asr.w	r2, r3, r2
	strb	r7, [r0, #-1]
	ldr	r7, [sp, #80]
	ldr	r3, [sp, #84]
	ssat	r1, #8, r1
	adds	r3, #4
	strb.w	r1, [r0, #71]
	cmp	r3, #72
	ssat	r1, #8, r2
	movw	r2, :lower16:.Lloom_demo_n11.bias
	ssat	r7, #8, r7
	strb.w	r1, [r0, #72]
	ldr	r1, [sp, #88]
	strb.w	r7, [r0, #69]
	ssat	r7, #8, lr
	movt	r2, :upper16:.Lloom_demo_n11.bias
	add.w	r1, r1, #16
	strb.w	r7, [r0, #70]
	bne.w	.LBB0_16
	ldr	r1, [sp, #16]
	ldr	r3, [sp, #12]
	add.w	r1, r1, #864
	adds	r3, #1
	ldr	r4, [sp, #32]
	str	r1, [sp, #16]
	ldr	r0, [sp, #24]
	ldr	r1, [sp, #20]
	add.w	r4, r4, #864
	add.w	r0, r0, #864
	cmp	r3, #11
	add.w	r1, r1, #864
	bne.w	.LBB0_9
	movw	r0, #9579
	ldr	r1, [sp, #4]
	add	r0, r1
	movw	r1, #65248
	str	r0, [sp, #20]
	movw	r0, #8712
	ldr.w	r12, [sp, #8]
	movs	r3, #0
	movt	r1, #65535
	add	r0, r12
	str	r0, [sp, #16]
.LBB0_19:
	strd	r1, r3, [sp, #84]
	adds	r0, r2, r1
	add.w	r1, r12, r3
	mov.w	r2, #8640
	movw	r8, :lower16:.Lloom_demo_n11.weights
	movt	r8, :upper16:.Lloom_demo_n11.weights
	mov.w	r12, #8388736
	ldr	r1, [r1, r2]
	ldr	r2, [sp, #88]
	ldr.w	lr, [r0, #288]
	ldr.w	r3, [r0, #292]
	ldr.w	r6, [r8, r2]
	ldr.w	r7, [r0, #296]
	sxtab16	r5, r12, r1
	ldr.w	r0, [r0, #300]
	sxtb16	r4, r6
	smlabb	r2, r5, r4, lr
	str	r2, [sp, #80]
	ldr	r2, [sp, #88]
	add	r8, r2
	smlatt	r4, r5, r4, r7
	sxtab16	r1, r12, r1, ror #8
	sxtb16	r6, r6, ror #8
	smlabb	r2, r1, r6, r3
	smlatt	r11, r1, r6, r0
	ldr.w	r6, [r8, #72]
	sxtb16	r9, r6
	str	r2, [sp, #76]
	sxtb16	r6, r6, ror #8
	smlatt	r2, r5, r9, r7
	smlabb	r10, r5, r9, lr
	str	r2, [sp, #72]
	smlabb	lr, r1, r6, r3
	ldr	r3, [sp, #16]
	ldr	r2, [sp, #88]
	ldr	r5, [sp, #88]
	ldr	r7, [r3, r2]
	smlatt	r2, r1, r6, r0
	ldr	r1, [sp, #80]
	add	r3, r5
	sxtab16	r0, r12, r7
	smlabb	r1, r0, r9, r1
	str	r1, [sp, #64]
	ldr	r1, [sp, #76]
	sxtab16	r7, r12, r7, ror #8
	smlatt	r4, r0, r9, r4
	smlabb	r1, r7, r6, r1
	str	r1, [sp, #68]
	ldr.w	r1, [r8, #144]
	smlatt	r11, r7, r6, r11
	sxtb16	r6, r1
	smlabb	r12, r0, r6, r10
	sxtb16	r10, r1, ror #8
	ldr	r1, [sp, #72]
	smlatt	r0, r0, r6, r1
	mov	r1, r3
	str	r0, [sp, #80]
	ldr	r3, [r3, #72]
	smlatt	r0, r7, r10, r2
	str	r1, [sp, #60]
	str	r0, [sp, #76]
	mov.w	r0, #8388736
	sxtab16	r2, r0, r3, ror #8
	smlabb	lr, r7, r10, lr
	smlatt	r7, r2, r10, r11
	sxtab16	r5, r0, r3
	ldr	r3, [sp, #68]
	smlabb	r2, r2, r10, r3
	ldr.w	r3, [r8, #216]
	str	r2, [sp, #68]
	ldr.w	r2, [r1, #792]
	str	r7, [sp, #72]
	smlatt	r9, r5, r6, r4
	str	r3, [sp, #52]
	ldr	r4, [sp, #64]
	sxtb16	r7, r3
	ldr.w	r3, [r8, #288]
	smlabb	r5, r5, r6, r4
	ldr.w	r1, [r1, #864]
	sxtab16	r6, r0, r2
	sxtb16	r0, r3
	smlabb	r11, r6, r7, r5
	smlatt	r9, r6, r7, r9
	ldr	r5, [sp, #80]
	smlabb	r7, r6, r0, r12
	smlatt	r6, r6, r0, r5
	str	r6, [sp, #56]
	mov.w	r6, #8388736
	sxtab16	r5, r6, r1
	smlabb	r4, r5, r0, r11
	smlatt	r0, r5, r0, r9
	str	r4, [sp, #64]
	str	r0, [sp, #80]
	mov.w	r0, #8388736
	movw	r4, :lower16:.Lloom_demo_n11.multiplier
	sxtab16	r9, r6, r2, ror #8
	ldr.w	r6, [r8, #360]
	sxtb16	r2, r3, ror #8
	movt	r4, :upper16:.Lloom_demo_n11.multiplier
	sxtab16	r10, r0, r1, ror #8
	ldr	r0, [sp, #84]
	smlabb	r3, r9, r2, lr
	add.w	r11, r4, r0
	sxtb16	lr, r6
	movw	r4, :lower16:.Lloom_demo_n11.requant_offset
	smlabb	r1, r5, lr, r7
	ldr	r0, [sp, #84]
	movt	r4, :upper16:.Lloom_demo_n11.requant_offset
	str	r2, [sp, #48]
	add.w	r12, r4, r0
	lsls	r1, r1, #1
	ldr.w	r0, [r11, #288]
	str	r0, [sp, #44]
	sxtb16	r6, r6, ror #8
	ldr.w	r2, [r12, #288]
	@APP
	smmlar	r7, r1, r0, r2
	@NO_APP
	ldr	r0, [sp, #56]
	smlabb	r3, r10, r6, r3
	add.w	r1, r7, r1, asr #31
	smlatt	r8, r5, lr, r0
	ldr	r0, [sp, #52]
	str	r2, [sp, #40]
	mov	r2, lr
	str	r1, [sp, #56]
	ldr	r1, [sp, #68]
	sxtb16	lr, r0, ror #8
	lsls	r3, r3, #1
	ldr.w	r0, [r12, #292]
	smlabb	r1, r9, lr, r1
	ldr.w	r4, [r11, #292]
	str	r0, [sp, #36]
	str	r1, [sp, #28]
	@APP
	smmlar	r5, r3, r4, r0
	@NO_APP
	ldr	r1, [sp, #72]
	smlatt	r0, r9, lr, r1
	str	r4, [sp, #52]
	ldr	r1, [sp, #76]
	str	r0, [sp, #24]
	add.w	r0, r5, r3, asr #31
	ldr	r4, [sp, #48]
	str	r0, [sp, #68]
	smlatt	r0, r9, r4, r1
	ldr	r1, [sp, #60]
	lsl.w	lr, r8, #1
	ldr.w	r7, [r11, #296]
	ldr.w	r5, [r12, #296]
	ldr.w	r3, [r1, #936]
	@APP
	smmlar	r1, lr, r7, r5
	@NO_APP
	str	r7, [sp, #72]
	add.w	r1, r1, lr, asr #31
	mov.w	r7, #8388736
	str	r1, [sp, #60]
	smlatt	r1, r10, r6, r0
	sxtab16	r8, r7, r3
	ldr	r7, [sp, #64]
	smlabb	r7, r8, r2, r7
	lsls	r0, r1, #1
	str	r5, [sp, #76]
	ldr.w	r5, [r11, #300]
	ldr.w	r11, [r12, #300]
	lsls	r1, r7, #1
	@APP
	smmlar	r7, r0, r5, r11
	@NO_APP
	mov	r9, r2
	add.w	r12, r7, r0, asr #31
	ldr	r7, [sp, #28]
	ldrd	r2, r0, [sp, #40]
	@APP
	smmlar	r0, r1, r0, r2
	@NO_APP
	mov	r2, r4
	smlabb	r7, r10, r4, r7
	movw	r4, :lower16:.Lloom_demo_n11.right_shift
	str	r5, [sp, #32]
	ldr	r5, [sp, #84]
	movt	r4, :upper16:.Lloom_demo_n11.right_shift
	add.w	r0, r0, r1, asr #31
	add.w	lr, r4, r5
	mov.w	r1, #8388736
	sxtab16	r1, r1, r3, ror #8
	ldr	r4, [sp, #24]
	smlatt	r2, r10, r2, r4
	ldr.w	r3, [lr, #288]
	smlabb	r7, r1, r6, r7
	ldr	r4, [sp, #56]
	smlatt	r2, r1, r6, r2
	asr.w	r1, r0, r3
	ldr	r0, [sp, #80]
	asrs	r4, r3
	smlatt	r9, r8, r9, r0
	lsls	r0, r7, #1
	ldr	r3, [sp, #52]
	ldr.w	r7, [lr, #292]
	ldr	r5, [sp, #36]
	@APP
	smmlar	r3, r0, r3, r5
	@NO_APP
	add.w	r3, r3, r0, asr #31
	ldr.w	r10, [sp, #20]
	ldr	r0, [sp, #88]
	asr.w	r8, r3, r7
	add	r0, r10
	ldr	r6, [sp, #60]
	ssat	r4, #8, r4
	strb	r4, [r0, #-75]
	ldr	r4, [sp, #68]
	asrs	r4, r7
	ldrd	r3, r7, [lr, #296]
	asrs	r6, r3
	ssat	r4, #8, r4
	ssat	r6, #8, r6
	strb	r4, [r0, #-74]
	ldrd	r4, r5, [sp, #72]
	lsls	r2, r2, #1
	strb	r6, [r0, #-73]
	lsl.w	r6, r9, #1
	@APP
	smmlar	r4, r6, r4, r5
	@NO_APP
	ldr	r5, [sp, #32]
	asr.w	r12, r12, r7
	@APP
	smmlar	r5, r2, r5, r11
	@NO_APP
	add.w	r2, r5, r2, asr #31
	ssat	r1, #8, r1
	add.w	r6, r4, r6, asr #31
	strb	r1, [r0, #-3]
	asr.w	r1, r2, r7
	ssat	r2, #8, r8
	strb	r2, [r0, #-2]
	asr.w	r2, r6, r3
	ldr	r3, [sp, #88]
	ssat	r1, #8, r1
	strb.w	r1, [r10, r3]
	adds	r3, #4
	ssat	r1, #8, r2
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb	r1, [r0, #-1]
	ldr	r1, [sp, #84]
	ssat	r4, #8, r12
	ldr.w	r12, [sp, #8]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	cmp	r3, #72
	add.w	r1, r1, #16
	strb	r4, [r0, #-72]
	bne.w	.LBB0_19
	movw	r0, #9723
	ldr	r1, [sp, #4]
	adds	r3, r1, r0
	movw	r0, #8712
	movw	r1, #8784
	movw	r8, :lower16:.Lloom_demo_n11.weights
	add.w	r9, r12, r0
	add.w	r0, r12, r1
	movs	r1, #1
	mov.w	r4, #8388736
	movt	r8, :upper16:.Lloom_demo_n11.weights
.LBB0_21:
	str	r1, [sp]
	movw	r1, #65248
	str	r3, [sp, #24]
	movs	r3, #0
	movt	r1, #65535
	str.w	r9, [sp, #12]
	strd	r12, r0, [sp, #16]
.LBB0_22:
	strd	r1, r3, [sp, #84]
	ldr	r7, [sp, #88]
	adds	r0, r2, r1
	ldr	r3, [sp, #88]
	ldr.w	r12, [sp, #20]
	ldr.w	r7, [r9, r7]
	ldr.w	r3, [r8, r3]
	sxtb16	r6, r3
	sxtab16	r5, r4, r7
	sxtb16	r3, r3, ror #8
	sxtab16	r7, r4, r7, ror #8
	ldr.w	r4, [r0, #296]
	ldrd	r1, lr, [r0, #288]
	smlabb	r2, r7, r3, lr
	ldr.w	r0, [r0, #300]
	smlabb	r11, r5, r6, r1
	str	r2, [sp, #80]
	smlatt	r2, r5, r6, r4
	ldr	r5, [sp, #88]
	str	r2, [sp, #76]
	smlatt	r2, r7, r3, r0
	ldr.w	r5, [r12, r5]
	mov.w	r7, #8388736
	str	r2, [sp, #72]
	ldr	r2, [sp, #88]
	sxtab16	r7, r7, r5
	add	r2, r9
	smlabb	r10, r7, r6, r1
	mov.w	r1, #8388736
	sxtab16	r5, r1, r5, ror #8
	ldr	r1, [sp, #88]
	add	r1, r8
	smlabb	lr, r5, r3, lr
	smlatt	r0, r5, r3, r0
	ldr.w	r2, [r2, #144]
	ldr	r3, [r1, #72]
	smlatt	r8, r7, r6, r4
	str	r0, [sp, #68]
	ldr	r0, [sp, #80]
	sxtb16	r6, r3
	ldr	r4, [sp, #68]
	sxtb16	r3, r3, ror #8
	smlabb	r11, r7, r6, r11
	smlabb	r9, r5, r3, r0
	ldr	r0, [sp, #76]
	smlatt	r7, r7, r6, r0
	ldr	r0, [sp, #72]
	smlatt	r0, r5, r3, r0
	str	r0, [sp, #80]
	mov.w	r0, #8388736
	sxtab16	r5, r0, r2
	sxtab16	r2, r0, r2, ror #8
	ldr	r0, [sp, #88]
	smlabb	r10, r5, r6, r10
	add	r0, r12
	smlatt	r6, r5, r6, r8
	str	r6, [sp, #76]
	ldr.w	r6, [r1, #144]
	sxtb16	r8, r6
	ldr.w	r0, [r0, #144]
	sxtb16	r6, r6, ror #8
	smlabb	lr, r2, r3, lr
	smlatt	r3, r2, r3, r4
	smlabb	r12, r5, r8, r11
	smlabb	r4, r2, r6, r9
	smlatt	r11, r5, r8, r7
	mov.w	r7, #8388736
	str	r4, [sp, #72]
	ldr	r4, [sp, #80]
	smlatt	r2, r2, r6, r4
	ldr	r5, [sp, #88]
	sxtab16	r7, r7, r0
	str	r2, [sp, #60]
	smlabb	r2, r7, r8, r10
	ldr	r4, [sp, #76]
	str	r2, [sp, #68]
	mov.w	r2, #8388736
	sxtab16	r0, r2, r0, ror #8
	smlatt	r9, r7, r8, r4
	smlabb	r2, r0, r6, lr
	ldr.w	lr, [r1, #216]
	str	r2, [sp, #80]
	ldr	r2, [sp, #16]
	smlatt	r0, r0, r6, r3
	add	r5, r2
	str	r0, [sp, #76]
	movw	r0, #9576
	sxtb16	r4, lr, ror #8
	str	r4, [sp, #52]
	ldr	r3, [r5, r0]
	mov.w	r0, #8388736
	sxtb16	r6, lr
	str	r5, [sp, #64]
	sxtab16	r7, r0, r3
	sxtab16	r3, r0, r3, ror #8
	ldr	r0, [sp, #72]
	smlabb	r10, r3, r4, r0
	movw	r0, #9648
	smlabb	r12, r7, r6, r12
	smlatt	r11, r7, r6, r11
	ldr	r7, [r5, r0]
	ldr	r0, [sp, #60]
	smlatt	r0, r3, r4, r0
	ldr.w	r3, [r1, #288]
	str	r0, [sp, #72]
	mov.w	r0, #8388736
	sxtab16	r2, r0, r7
	ldr	r0, [sp, #68]
	mov.w	r4, #8388736
	smlabb	r0, r2, r6, r0
	sxtab16	lr, r4, r7, ror #8
	smlatt	r4, r2, r6, r9
	sxtb16	r6, r3
	str	r4, [sp, #60]
	sxtb16	r4, r3, ror #8
	smlabb	r3, r2, r6, r12
	smlatt	r2, r2, r6, r11
	str	r4, [sp, #48]
	str	r2, [sp, #40]
	movw	r2, #9720
	smlabb	r11, lr, r4, r10
	ldr	r5, [r5, r2]
	mov.w	r2, #8388736
	sxtab16	r7, r2, r5
	movw	r2, :lower16:.Lloom_demo_n11.multiplier
	smlabb	r0, r7, r6, r0
	movt	r2, :upper16:.Lloom_demo_n11.multiplier
	str	r0, [sp, #68]
	ldr.w	r0, [r1, #360]
	mov.w	r1, #8388736
	sxtb16	r12, r0
	sxtab16	r5, r1, r5, ror #8
	ldr	r1, [sp, #84]
	smlabb	r4, r7, r12, r3
	adds	r3, r2, r1
	movw	r2, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r1, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.requant_offset
	ldr.w	r10, [r3, #288]
	add.w	r9, r2, r1
	sxtb16	r8, r0, ror #8
	lsls	r0, r4, #1
	ldr.w	r1, [r9, #288]
	@APP
	smmlar	r4, r0, r10, r1
	@NO_APP
	add.w	r0, r4, r0, asr #31
	str	r1, [sp, #44]
	ldr	r1, [sp, #60]
	smlatt	r2, r7, r6, r1
	str	r0, [sp, #56]
	ldr	r0, [sp, #40]
	smlabb	r11, r5, r8, r11
	str	r2, [sp, #60]
	smlatt	r0, r7, r12, r0
	ldr	r2, [sp, #80]
	ldr	r7, [sp, #52]
	lsl.w	r11, r11, #1
	smlabb	r2, lr, r7, r2
	mov	r1, r12
	str	r2, [sp, #32]
	ldr	r2, [sp, #76]
	smlatt	r2, lr, r7, r2
	ldr.w	r6, [r3, #292]
	ldr.w	r4, [r9, #292]
	@APP
	smmlar	r12, r11, r6, r4
	@NO_APP
	str	r2, [sp, #28]
	add.w	r2, r12, r11, asr #31
	str	r4, [sp, #36]
	ldr	r4, [sp, #48]
	str	r2, [sp, #52]
	ldr	r2, [sp, #72]
	smlatt	r12, lr, r4, r2
	lsl.w	r11, r0, #1
	mov.w	r2, #9792
	ldr	r7, [sp, #64]
	ldr.w	r0, [r3, #296]
	str	r6, [sp, #40]
	str	r0, [sp, #80]
	ldr.w	r6, [r9, #296]
	ldr.w	lr, [r7, r2]
	@APP
	smmlar	r7, r11, r0, r6
	@NO_APP
	add.w	r0, r7, r11, asr #31
	str	r0, [sp, #72]
	mov.w	r0, #8388736
	str	r6, [sp, #76]
	smlatt	r6, r5, r8, r12
	ldr	r2, [sp, #68]
	sxtab16	r0, r0, lr
	ldr.w	r3, [r3, #300]
	smlabb	r2, r0, r1, r2
	lsls	r6, r6, #1
	str	r3, [sp, #64]
	ldr.w	r11, [r9, #300]
	lsls	r7, r2, #1
	@APP
	smmlar	r3, r6, r3, r11
	@NO_APP
	ldr	r2, [sp, #44]
	add.w	r9, r3, r6, asr #31
	@APP
	smmlar	r6, r7, r10, r2
	@NO_APP
	ldr	r2, [sp, #32]
	movw	r3, :lower16:.Lloom_demo_n11.right_shift
	smlabb	r12, r5, r4, r2
	ldr	r2, [sp, #84]
	movt	r3, :upper16:.Lloom_demo_n11.right_shift
	add.w	r10, r3, r2
	ldr	r2, [sp, #28]
	smlatt	r5, r5, r4, r2
	mov.w	r2, #8388736
	sxtab16	r4, r2, lr, ror #8
	ldr	r3, [sp, #60]
	add.w	r6, r6, r7, asr #31
	ldr.w	r7, [r10, #288]
	smlabb	r12, r4, r8, r12
	ldr	r2, [sp, #56]
	smlatt	r3, r0, r1, r3
	asr.w	r0, r6, r7
	asrs	r2, r7
	str	r0, [sp, #68]
	lsl.w	r0, r12, #1
	ldr.w	r12, [sp, #24]
	ldrd	r7, r1, [sp, #36]
	@APP
	smmlar	r1, r0, r1, r7
	@NO_APP
	add.w	r0, r1, r0, asr #31
	ldr	r1, [sp, #88]
	ldr.w	r7, [r10, #292]
	add	r1, r12
	smlatt	r4, r4, r8, r5
	ssat	r2, #8, r2
	ldr	r6, [sp, #72]
	strb	r2, [r1, #-75]
	ldr	r2, [sp, #52]
	asrs	r2, r7
	movw	r8, :lower16:.Lloom_demo_n11.weights
	asr.w	lr, r0, r7
	movt	r8, :upper16:.Lloom_demo_n11.weights
	ldrd	r0, r5, [r10, #296]
	asr.w	r7, r6, r0
	ssat	r2, #8, r2
	ssat	r7, #8, r7
	strb	r2, [r1, #-74]
	asr.w	r2, r9, r5
	strb	r7, [r1, #-73]
	lsls	r3, r3, #1
	ldr.w	r9, [sp, #12]
	ldrd	r6, r7, [sp, #76]
	lsls	r4, r4, #1
	@APP
	smmlar	r7, r3, r7, r6
	@NO_APP
	ssat	r2, #8, r2
	ldr	r6, [sp, #64]
	add.w	r3, r7, r3, asr #31
	@APP
	smmlar	r7, r4, r6, r11
	@NO_APP
	strb	r2, [r1, #-72]
	add.w	r2, r7, r4, asr #31
	ldr	r4, [sp, #68]
	asrs	r2, r5
	asr.w	r0, r3, r0
	ldr	r3, [sp, #88]
	ssat	r7, #8, r4
	mov.w	r4, #8388736
	strb	r7, [r1, #-3]
	ssat	r7, #8, lr
	ssat	r2, #8, r2
	strb	r7, [r1, #-2]
	ssat	r0, #8, r0
	strb.w	r2, [r12, r3]
	movw	r2, :lower16:.Lloom_demo_n11.bias
	adds	r3, #4
	strb	r0, [r1, #-1]
	ldr	r1, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	cmp	r3, #72
	add.w	r1, r1, #16
	bne.w	.LBB0_22
	ldr	r1, [sp]
	ldr	r0, [sp, #20]
	adds	r1, #1
	ldr	r3, [sp, #24]
	ldr	r7, [sp, #16]
	adds	r3, #144
	add.w	r9, r9, #144
	cmp	r1, #5
	add.w	r0, r0, #144
	add.w	r12, r7, #144
	bne.w	.LBB0_21
	movw	r0, #10299
	ldr	r1, [sp, #4]
	add	r0, r1
	str	r0, [sp, #28]
	movw	r0, #9288
	ldr	r3, [sp, #8]
	movw	r1, #9360
	add	r0, r3
	str	r0, [sp, #24]
	adds	r0, r3, r1
	str	r0, [sp, #20]
	movw	r0, #9432
	movw	r1, #10296
	add	r0, r3
	str	r0, [sp, #16]
	adds	r0, r3, r1
	str	r0, [sp, #12]
	movw	r0, #65248
	movs	r3, #0
	movt	r0, #65535
.LBB0_25:
	strd	r0, r3, [sp, #84]
	ldr	r0, [sp, #84]
	ldr	r1, [sp, #24]
	add	r0, r2
	ldr	r2, [sp, #88]
	ldr	r1, [r1, r3]
	mov.w	lr, #8388736
	ldr.w	r3, [r8, r2]
	ldr.w	r4, [r0, #288]
	sxtab16	r6, lr, r1
	ldr.w	r7, [r0, #296]
	sxtb16	r5, r3
	ldr.w	r12, [r0, #292]
	smlabb	r2, r6, r5, r4
	ldr.w	r0, [r0, #300]
	str	r2, [sp, #80]
	smlatt	r8, r6, r5, r7
	ldr	r6, [sp, #20]
	ldr	r2, [sp, #88]
	sxtab16	r1, lr, r1, ror #8
	ldr	r6, [r6, r2]
	sxtb16	r3, r3, ror #8
	smlabb	r9, r1, r3, r12
	smlatt	r10, r1, r3, r0
	sxtab16	r1, lr, r6
	smlabb	r2, r1, r5, r4
	ldr	r4, [sp, #88]
	str	r2, [sp, #76]
	movw	r2, :lower16:.Lloom_demo_n11.weights
	movt	r2, :upper16:.Lloom_demo_n11.weights
	smlatt	r5, r1, r5, r7
	add.w	r11, r2, r4
	ldr	r2, [sp, #80]
	sxtab16	r6, lr, r6, ror #8
	smlabb	r4, r6, r3, r12
	smlatt	r12, r6, r3, r0
	ldr.w	r0, [r11, #72]
	sxtb16	r3, r0
	sxtb16	r0, r0, ror #8
	smlabb	r2, r1, r3, r2
	smlabb	r7, r6, r0, r9
	str	r7, [sp, #72]
	smlatt	r8, r1, r3, r8
	ldr	r1, [sp, #16]
	smlatt	r6, r6, r0, r10
	ldr	r7, [sp, #88]
	ldr	r1, [r1, r7]
	ldr	r7, [sp, #76]
	sxtab16	r9, lr, r1
	sxtab16	r1, lr, r1, ror #8
	smlabb	r10, r9, r3, r7
	smlabb	r4, r1, r0, r4
	str	r4, [sp, #80]
	ldr.w	r4, [r11, #144]
	smlatt	r3, r9, r3, r5
	smlatt	r12, r1, r0, r12
	str	r3, [sp, #76]
	sxtb16	r0, r4
	ldr	r3, [sp, #88]
	smlabb	r5, r9, r0, r2
	ldr	r2, [sp, #12]
	adds	r7, r2, r3
	smlatt	r8, r9, r0, r8
	sxtb16	r4, r4, ror #8
	ldr	r3, [sp, #72]
	ldr	r0, [r7, #-144]
	ldr.w	r9, [r11, #216]
	ldr	r7, [r7, #-72]
	smlabb	r3, r1, r4, r3
	smlatt	r6, r1, r4, r6
	sxtab16	r4, lr, r0
	sxtb16	r1, r9
	sxtab16	r0, lr, r0, ror #8
	smlabb	r5, r4, r1, r5
	sxtb16	r9, r9, ror #8
	smlatt	r4, r4, r1, r8
	smlabb	r3, r0, r9, r3
	smlatt	r8, r0, r9, r6
	sxtab16	r0, lr, r7
	smlabb	r6, r0, r1, r10
	sxtab16	r10, lr, r7, ror #8
	ldr	r7, [sp, #80]
	str	r6, [sp, #68]
	smlabb	r6, r10, r9, r7
	ldr	r7, [sp, #76]
	smlatt	r1, r0, r1, r7
	str	r6, [sp, #72]
	smlatt	r6, r10, r9, r12
	str	r1, [sp, #80]
	ldr.w	r1, [r11, #288]
	str	r6, [sp, #76]
	sxtb16	r6, r1
	str	r6, [sp, #64]
	smlabb	r9, r0, r6, r5
	ldr.w	r5, [r11, #360]
	smlatt	r6, r0, r6, r4
	ldr	r0, [sp, #88]
	sxtb16	r1, r1, ror #8
	str	r1, [sp, #60]
	ldr	r4, [r2, r0]
	smlabb	r7, r10, r1, r3
	smlatt	r0, r10, r1, r8
	movw	r1, :lower16:.Lloom_demo_n11.multiplier
	str	r0, [sp, #52]
	ldr	r0, [sp, #84]
	sxtab16	r3, lr, r4
	movt	r1, :upper16:.Lloom_demo_n11.multiplier
	sxtb16	r2, r5
	add.w	r11, r1, r0
	smlabb	r9, r3, r2, r9
	movw	r1, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r0, [sp, #84]
	movt	r1, :upper16:.Lloom_demo_n11.requant_offset
	sxtab16	r8, lr, r4, ror #8
	adds	r4, r1, r0
	lsl.w	r0, r9, #1
	ldr.w	r12, [r11, #288]
	sxtb16	r5, r5, ror #8
	ldr.w	r10, [r4, #288]
	@APP
	smmlar	r1, r0, r12, r10
	@NO_APP
	add.w	r0, r1, r0, asr #31
	smlabb	r7, r8, r5, r7
	str	r0, [sp, #56]
	ldr	r0, [sp, #52]
	smlatt	r2, r3, r2, r6
	smlatt	r0, r8, r5, r0
	ldr.w	r5, [r11, #292]
	str	r0, [sp, #32]
	lsls	r0, r7, #1
	lsl.w	lr, r2, #1
	ldr.w	r1, [r11, #296]
	ldrd	r6, r2, [r4, #292]
	@APP
	smmlar	r9, r0, r5, r6
	@NO_APP
	add.w	r0, r9, r0, asr #31
	str	r0, [sp, #44]
	@APP
	smmlar	r0, lr, r1, r2
	@NO_APP
	add.w	r0, r0, lr, asr #31
	str	r2, [sp, #52]
	str	r0, [sp, #40]
	ldr.w	r9, [r4, #300]
	ldrd	r2, r0, [sp, #64]
	smlabb	lr, r3, r2, r0
	ldr	r0, [sp, #32]
	movw	r4, :lower16:.Lloom_demo_n11.right_shift
	str	r1, [sp, #48]
	lsls	r0, r0, #1
	ldr	r1, [sp, #84]
	movt	r4, :upper16:.Lloom_demo_n11.right_shift
	str	r5, [sp, #36]
	ldr.w	r11, [r11, #300]
	lsl.w	lr, lr, #1
	add	r4, r1
	@APP
	smmlar	r5, r0, r11, r9
	@NO_APP
	add.w	r5, r5, r0, asr #31
	@APP
	smmlar	r0, lr, r12, r10
	@NO_APP
	ldr	r1, [sp, #72]
	ldr.w	r12, [sp, #60]
	add.w	lr, r0, lr, asr #31
	ldr.w	r0, [r4, #288]
	smlabb	r10, r8, r12, r1
	ldr	r1, [sp, #56]
	asrs	r1, r0
	ldr	r7, [sp, #80]
	asr.w	r0, lr, r0
	str	r0, [sp, #80]
	ldr	r0, [sp, #76]
	smlatt	r7, r3, r2, r7
	smlatt	r8, r8, r12, r0
	lsl.w	r0, r10, #1
	ldr	r2, [sp, #36]
	ldr.w	r3, [r4, #292]
	@APP
	smmlar	r2, r0, r2, r6
	@NO_APP
	ldr.w	lr, [sp, #28]
	add.w	r2, r2, r0, asr #31
	ldr	r0, [sp, #88]
	add	r0, lr
	asr.w	r10, r2, r3
	ssat	r1, #8, r1
	strb	r1, [r0, #-75]
	ldr	r1, [sp, #44]
	asrs	r1, r3
	ldr	r3, [sp, #40]
	ldrd	r2, r4, [r4, #296]
	asrs	r3, r2
	ssat	r1, #8, r1
	ssat	r3, #8, r3
	strb	r1, [r0, #-74]
	asr.w	r1, r5, r4
	strb	r3, [r0, #-73]
	lsls	r3, r7, #1
	ldrd	r6, r7, [sp, #48]
	@APP
	smmlar	r5, r3, r6, r7
	@NO_APP
	lsl.w	r6, r8, #1
	ssat	r1, #8, r1
	ldr	r7, [sp, #80]
	add.w	r3, r5, r3, asr #31
	@APP
	smmlar	r5, r6, r11, r9
	@NO_APP
	strb	r1, [r0, #-72]
	add.w	r1, r5, r6, asr #31
	asrs	r1, r4
	movw	r8, :lower16:.Lloom_demo_n11.weights
	asr.w	r2, r3, r2
	ldr	r3, [sp, #88]
	ssat	r7, #8, r7
	movt	r8, :upper16:.Lloom_demo_n11.weights
	ssat	r1, #8, r1
	strb	r7, [r0, #-3]
	ssat	r7, #8, r10
	strb.w	r1, [lr, r3]
	ssat	r1, #8, r2
	strb	r7, [r0, #-2]
	adds	r3, #4
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb	r1, [r0, #-1]
	ldr	r0, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	cmp	r3, #72
	add.w	r0, r0, #16
	bne.w	.LBB0_25
	add	sp, #92
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

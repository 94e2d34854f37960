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
	movw	r9, :lower16:.Lloom_demo_n11.weights
	movs	r3, #0
	movt	r0, #65535
	movt	r2, :upper16:.Lloom_demo_n11.bias
	movt	r9, :upper16:.Lloom_demo_n11.weights
.LBB0_1:
	ldr.w	r12, [sp, #8]
	add.w	r6, r9, r3
	adds	r1, r2, r0
	mov.w	lr, #8388736
	ldr.w	r2, [r12, r3]
	ldr.w	r7, [r6, #216]
	sxtb16	r4, r7
	ldr.w	r8, [r1, #288]
	sxtab16	r5, lr, r2
	strd	r0, r3, [sp, #84]
	smlabb	r3, r5, r4, r8
	ldr.w	r0, [r1, #292]
	str	r3, [sp, #80]
	ldr.w	r3, [r1, #296]
	sxtab16	r2, lr, r2, ror #8
	smlatt	r11, r5, r4, r3
	ldr.w	r4, [r6, #288]
	ldr.w	lr, [sp, #88]
	sxtb16	r7, r7, ror #8
	add	r12, lr
	sxtb16	r9, r4
	smlabb	r10, r2, r7, r0
	sxtb16	r4, r4, ror #8
	ldr.w	r1, [r1, #300]
	smlatt	r7, r2, r7, r1
	smlabb	r0, r2, r4, r0
	str	r7, [sp, #76]
	smlabb	r7, r5, r9, r8
	str	r0, [sp, #64]
	smlatt	r0, r5, r9, r3
	ldr.w	r5, [r12, #72]
	str	r0, [sp, #72]
	mov	r0, r12
	mov.w	r12, #8388736
	smlatt	r8, r2, r4, r1
	sxtab16	r2, r12, r5
	ldr	r1, [sp, #80]
	smlabb	lr, r2, r9, r1
	ldr	r1, [sp, #76]
	sxtab16	r5, r12, r5, ror #8
	str	r7, [sp, #68]
	smlatt	r9, r2, r9, r11
	ldr.w	r11, [r6, #360]
	smlatt	r1, r5, r4, r1
	ldr	r3, [sp, #72]
	smlabb	r10, r5, r4, r10
	str	r1, [sp, #56]
	sxtb16	r4, r11
	ldr	r1, [sp, #68]
	smlabb	r1, r2, r4, r1
	mov.w	r7, #8388736
	str	r1, [sp, #60]
	ldr	r1, [sp, #64]
	sxtb16	r11, r11, ror #8
	smlatt	r2, r2, r4, r3
	smlabb	r1, r5, r11, r1
	mov	r12, r0
	str	r1, [sp, #76]
	ldr.w	r1, [r0, #144]
	smlatt	r3, r5, r11, r8
	str	r3, [sp, #80]
	sxtab16	r3, r7, r1
	smlabb	r5, r3, r4, lr
	sxtab16	r1, r7, r1, ror #8
	smlatt	r9, r3, r4, r9
	ldr.w	r4, [r0, #864]
	smlabb	lr, r1, r11, r10
	ldr.w	r10, [r6, #432]
	ldr	r0, [sp, #56]
	smlatt	r1, r1, r11, r0
	sxtab16	r0, r7, r4
	sxtb16	r3, r10
	smlabb	r11, r0, r3, r5
	sxtab16	r5, r7, r4, ror #8
	sxtb16	r4, r10, ror #8
	mov.w	r10, #8388736
	smlabb	r7, r5, r4, lr
	smlatt	r1, r5, r4, r1
	ldr.w	r4, [r6, #504]
	smlatt	lr, r0, r3, r9
	str	r1, [sp, #64]
	sxtb16	r3, r4
	ldr	r1, [sp, #60]
	str	r7, [sp, #68]
	smlabb	r7, r0, r3, r1
	sxtb16	r4, r4, ror #8
	ldr	r1, [sp, #76]
	smlabb	r8, r5, r4, r1
	ldr	r1, [sp, #80]
	smlatt	r0, r0, r3, r2
	ldr.w	r2, [r12, #936]
	smlatt	r1, r5, r4, r1
	str	r1, [sp, #72]
	sxtab16	r1, r10, r2
	smlabb	r5, r1, r3, r11
	smlatt	r3, r1, r3, lr
	str	r5, [sp, #76]
	str	r3, [sp, #80]
	ldr.w	r3, [r6, #576]
	sxtb16	r9, r3
	smlatt	r0, r1, r9, r0
	str	r0, [sp, #56]
	movw	r0, :lower16:.Lloom_demo_n11.multiplier
	smlabb	r6, r1, r9, r7
	movt	r0, :upper16:.Lloom_demo_n11.multiplier
	ldr	r1, [sp, #84]
	add.w	lr, r0, r1
	movw	r0, :lower16:.Lloom_demo_n11.requant_offset
	sxtab16	r2, r10, r2, ror #8
	movt	r0, :upper16:.Lloom_demo_n11.requant_offset
	sxtb16	r5, r3, ror #8
	ldr	r1, [sp, #84]
	smlabb	r3, r2, r5, r8
	add.w	r8, r0, r1
	lsl.w	r10, r6, #1
	lsls	r6, r3, #1
	ldrd	r1, r7, [lr, #288]
	ldrd	r3, r11, [r8, #288]
	@APP
	smmlar	r0, r10, r1, r3
	@NO_APP
	str	r7, [sp, #52]
	add.w	r0, r0, r10, asr #31
	str	r0, [sp, #48]
	@APP
	smmlar	r0, r6, r7, r11
	@NO_APP
	ldr.w	r7, [r12, #1008]
	add.w	r0, r0, r6, asr #31
	str	r0, [sp, #60]
	ldr	r0, [sp, #68]
	ldr.w	r10, [r8, #296]
	smlabb	r0, r2, r4, r0
	mov.w	r12, #8388736
	str	r0, [sp, #44]
	ldr	r0, [sp, #64]
	smlatt	r0, r2, r4, r0
	ldr.w	r4, [lr, #296]
	str	r0, [sp, #64]
	ldr	r0, [sp, #56]
	lsls	r0, r0, #1
	@APP
	smmlar	r6, r0, r4, r10
	@NO_APP
	str	r4, [sp, #68]
	ldr	r4, [sp, #72]
	add.w	r0, r6, r0, asr #31
	str	r0, [sp, #72]
	sxtab16	r6, r12, r7
	ldr	r0, [sp, #76]
	smlatt	r2, r2, r5, r4
	ldr.w	r4, [lr, #300]
	smlabb	r0, r6, r9, r0
	ldr.w	r8, [r8, #300]
	lsls	r2, r2, #1
	@APP
	smmlar	lr, r2, r4, r8
	@NO_APP
	lsls	r0, r0, #1
	@APP
	smmlar	r1, r0, r1, r3
	@NO_APP
	add.w	r2, lr, r2, asr #31
	str	r2, [sp, #56]
	add.w	r0, r1, r0, asr #31
	movw	r1, :lower16:.Lloom_demo_n11.right_shift
	movt	r1, :upper16:.Lloom_demo_n11.right_shift
	ldr	r2, [sp, #84]
	add	r2, r1
	str	r4, [sp, #76]
	sxtab16	r1, r12, r7, ror #8
	ldr	r3, [sp, #44]
	ldr	r4, [sp, #80]
	smlabb	r7, r1, r5, r3
	ldr.w	r3, [r2, #288]
	smlatt	r6, r6, r9, r4
	ldr	r4, [sp, #48]
	asr.w	r12, r4, r3
	ldr	r4, [sp, #64]
	smlatt	r1, r1, r5, r4
	asr.w	r5, r0, r3
	str	r1, [sp, #80]
	lsls	r1, r7, #1
	ldr	r0, [sp, #52]
	ldr.w	r3, [r2, #292]
	@APP
	smmlar	r0, r1, r0, r11
	@NO_APP
	add.w	r11, r0, r1, asr #31
	ldr	r0, [sp, #60]
	ldr.w	r9, [sp, #88]
	asr.w	r1, r0, r3
	ldr	r0, [sp, #4]
	ssat	r12, #8, r12
	ldr.w	r7, [r2, #296]
	strb.w	r12, [r0, r9]
	asr.w	r12, r11, r3
	ldr	r3, [sp, #68]
	ldr.w	r2, [r2, #300]
	ssat	lr, #8, r1
	ldr	r1, [sp, #88]
	lsls	r6, r6, #1
	@APP
	smmlar	r4, r6, r3, r10
	@NO_APP
	ldr	r3, [sp, #56]
	add	r1, r0
	ldr	r0, [sp, #72]
	asrs	r3, r2
	asrs	r0, r7
	movw	r9, :lower16:.Lloom_demo_n11.weights
	ssat	r3, #8, r3
	movt	r9, :upper16:.Lloom_demo_n11.weights
	ssat	r0, #8, r0
	strb	r3, [r1, #3]
	ldr	r3, [sp, #80]
	strb	r0, [r1, #2]
	add.w	r0, r4, r6, asr #31
	strb.w	lr, [r1, #1]
	lsls	r3, r3, #1
	asrs	r0, r7
	ldr	r7, [sp, #76]
	@APP
	smmlar	r7, r3, r7, r8
	@NO_APP
	add.w	r3, r7, r3, asr #31
	asr.w	r2, r3, r2
	ldr	r3, [sp, #88]
	ssat	r0, #8, r0
	adds	r3, #4
	strb.w	r0, [r1, #74]
	cmp	r3, #72
	ssat	r0, #8, r2
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb.w	r0, [r1, #75]
	ldr	r0, [sp, #84]
	ssat	r6, #8, r5
	movt	r2, :upper16:.Lloom_demo_n11.bias
	ssat	r7, #8, r12
	add.w	r0, r0, #16
	strb.w	r6, [r1, #72]
	strb.w	r7, [r1, #73]
	bne.w	.LBB0_1
	movs	r0, #1
	mov.w	r1, #8388736
	ldrd	r3, r12, [sp, #4]
.LBB0_3:
	str	r3, [sp, #36]
	movw	r3, #65248
	movs	r5, #0
	movt	r3, #65535
	str	r0, [sp, #28]
	str.w	r12, [sp, #32]
.LBB0_4:
	add.w	r4, r12, r5
	adds	r0, r2, r3
	add.w	r2, r9, r5
	str	r2, [sp, #80]
	ldr	r6, [r4, #72]
	ldr.w	r10, [r0, #296]
	ldr.w	r7, [r2, #216]
	strd	r5, r3, [sp, #84]
	sxtb16	r5, r7
	mov.w	r3, #8388736
	sxtab16	r2, r1, r6
	ldrd	r8, r12, [r0, #288]
	smlabb	lr, r2, r5, r8
	ldr.w	r0, [r0, #300]
	sxtab16	r6, r1, r6, ror #8
	ldr.w	r1, [r4, #144]
	smlatt	r2, r2, r5, r10
	str	r2, [sp, #76]
	mov.w	r2, #8388736
	sxtab16	r2, r2, r1
	smlabb	r11, r2, r5, r8
	ldr.w	r8, [sp, #80]
	sxtb16	r7, r7, ror #8
	smlatt	r10, r2, r5, r10
	sxtab16	r1, r3, r1, ror #8
	ldr.w	r5, [r8, #288]
	smlabb	r9, r6, r7, r12
	ldr	r3, [sp, #76]
	smlatt	r6, r6, r7, r0
	smlabb	r12, r1, r7, r12
	smlatt	r0, r1, r7, r0
	sxtb16	r7, r5
	str	r0, [sp, #72]
	sxtb16	r5, r5, ror #8
	ldr.w	r0, [r4, #216]
	smlabb	r9, r1, r5, r9
	smlatt	r1, r1, r5, r6
	str	r1, [sp, #68]
	mov.w	r1, #8388736
	sxtab16	r6, r1, r0
	smlabb	lr, r2, r7, lr
	smlatt	r2, r2, r7, r3
	smlabb	r11, r6, r7, r11
	str	r2, [sp, #76]
	sxtab16	r0, r1, r0, ror #8
	smlatt	r10, r6, r7, r10
	ldr.w	r7, [r8, #360]
	ldr	r1, [sp, #72]
	smlatt	r3, r0, r5, r1
	sxtb16	r1, r7
	smlabb	r12, r0, r5, r12
	sxtb16	r2, r7, ror #8
	smlabb	r7, r6, r1, lr
	str	r7, [sp, #64]
	smlabb	r7, r0, r2, r9
	str	r7, [sp, #60]
	ldr.w	r7, [r4, #288]
	ldr	r5, [sp, #76]
	smlatt	lr, r6, r1, r5
	ldr	r5, [sp, #68]
	smlatt	r0, r0, r2, r5
	mov.w	r6, #8388736
	str	r0, [sp, #68]
	mov.w	r0, #8388736
	sxtab16	r6, r6, r7, ror #8
	sxtab16	r0, r0, r7
	smlabb	r7, r6, r2, r12
	smlabb	r9, r0, r1, r11
	str	r7, [sp, #76]
	ldr.w	r7, [r8, #432]
	mov	r11, r8
	smlatt	r12, r0, r1, r10
	ldr.w	r8, [r4, #936]
	smlatt	r0, r6, r2, r3
	ldr.w	r1, [r4, #1008]
	str	r0, [sp, #72]
	mov.w	r0, #8388736
	sxtb16	r2, r7
	str	r7, [sp, #52]
	sxtab16	r3, r0, r8
	ldr	r0, [sp, #64]
	smlatt	lr, r3, r2, lr
	mov.w	r6, #8388736
	smlabb	r3, r3, r2, r0
	mov.w	r0, #8388736
	sxtab16	r5, r0, r1
	ldr.w	r0, [r11, #504]
	smlatt	r10, r5, r2, r12
	smlabb	r12, r5, r2, r9
	sxtb16	r2, r0
	smlatt	r7, r5, r2, lr
	ldr.w	lr, [r4, #1080]
	smlabb	r5, r5, r2, r3
	mov.w	r3, #8388736
	sxtab16	r9, r3, lr
	ldr.w	r3, [r4, #1152]
	ldr.w	r4, [r11, #576]
	smlatt	r10, r9, r2, r10
	smlabb	r2, r9, r2, r12
	str	r3, [sp, #64]
	sxtab16	r6, r6, r3
	str	r7, [sp, #44]
	sxtb16	r12, r4
	smlabb	r2, r6, r12, r2
	str	r2, [sp, #56]
	mov.w	r2, #8388736
	sxtab16	r11, r2, lr, ror #8
	ldr	r2, [sp, #52]
	smlatt	r3, r6, r12, r10
	movw	r6, :lower16:.Lloom_demo_n11.multiplier
	sxtb16	lr, r2, ror #8
	mov.w	r2, #8388736
	str	r3, [sp, #80]
	movt	r6, :upper16:.Lloom_demo_n11.multiplier
	sxtab16	r8, r2, r8, ror #8
	smlabb	r5, r9, r12, r5
	sxtab16	r3, r2, r1, ror #8
	ldr	r2, [sp, #88]
	adds	r7, r6, r2
	movw	r6, :lower16:.Lloom_demo_n11.requant_offset
	sxtb16	r10, r0, ror #8
	ldr	r0, [sp, #60]
	ldr	r2, [sp, #88]
	movt	r6, :upper16:.Lloom_demo_n11.requant_offset
	smlabb	r0, r8, lr, r0
	add	r6, r2
	sxtb16	r4, r4, ror #8
	smlabb	r2, r3, r10, r0
	lsls	r1, r5, #1
	ldr.w	r0, [r6, #288]
	smlabb	r2, r11, r4, r2
	ldr.w	r5, [r7, #288]
	str	r0, [sp, #52]
	str	r2, [sp, #40]
	@APP
	smmlar	r2, r1, r5, r0
	@NO_APP
	ldr	r0, [sp, #44]
	smlatt	r9, r9, r12, r0
	add.w	r0, r2, r1, asr #31
	str	r0, [sp, #60]
	ldr	r0, [sp, #68]
	smlatt	r12, r8, lr, r0
	ldr	r0, [sp, #40]
	ldr.w	r1, [r7, #292]
	lsls	r2, r0, #1
	ldr	r0, [sp, #72]
	smlatt	r0, r3, lr, r0
	str	r5, [sp, #48]
	str	r0, [sp, #44]
	ldr	r0, [sp, #76]
	str	r1, [sp, #68]
	ldr.w	r8, [r6, #292]
	@APP
	smmlar	r5, r2, r1, r8
	@NO_APP
	smlabb	r0, r3, lr, r0
	smlatt	r1, r3, r10, r12
	str	r0, [sp, #40]
	add.w	r0, r5, r2, asr #31
	smlatt	r5, r11, r4, r1
	lsl.w	r3, r9, #1
	str	r0, [sp, #76]
	ldr.w	r9, [r7, #296]
	ldr.w	lr, [r6, #296]
	@APP
	smmlar	r1, r3, r9, lr
	@NO_APP
	add.w	r0, r1, r3, asr #31
	lsls	r3, r5, #1
	str	r0, [sp, #72]
	ldr	r0, [sp, #56]
	ldr.w	r7, [r7, #300]
	ldr.w	r6, [r6, #300]
	lsls	r5, r0, #1
	@APP
	smmlar	r1, r3, r7, r6
	@NO_APP
	add.w	r0, r1, r3, asr #31
	str	r0, [sp, #56]
	movw	r2, :lower16:.Lloom_demo_n11.right_shift
	ldrd	r1, r0, [sp, #48]
	@APP
	smmlar	r0, r5, r1, r0
	@NO_APP
	ldr	r1, [sp, #44]
	smlatt	r3, r11, r10, r1
	ldr	r1, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.right_shift
	mov	r12, r4
	add	r1, r2
	ldr	r2, [sp, #40]
	smlabb	r4, r11, r10, r2
	add.w	r10, r0, r5, asr #31
	ldr	r5, [sp, #64]
	mov.w	r0, #8388736
	sxtab16	r5, r0, r5, ror #8
	ldr.w	r0, [r1, #288]
	smlatt	r3, r5, r12, r3
	asr.w	r10, r10, r0
	str	r3, [sp, #64]
	ldr	r3, [sp, #60]
	asrs	r3, r0
	smlabb	r4, r5, r12, r4
	ldr	r5, [sp, #76]
	ldr.w	r12, [sp, #32]
	ssat	r0, #8, r3
	ldr	r3, [sp, #68]
	lsls	r2, r4, #1
	@APP
	smmlar	r3, r2, r3, r8
	@NO_APP
	ldr.w	r4, [r1, #292]
	add.w	r8, r3, r2, asr #31
	ldr	r2, [sp, #36]
	ldr	r3, [sp, #84]
	asrs	r5, r4
	add	r3, r2
	ldr.w	r2, [r1, #296]
	ssat	r5, #8, r5
	ldr.w	r1, [r1, #300]
	strb.w	r0, [r3, #144]
	ldr	r0, [sp, #72]
	asrs	r0, r2
	strb.w	r5, [r3, #145]
	asr.w	r8, r8, r4
	ssat	r11, #8, r0
	ldr	r0, [sp, #80]
	lsls	r5, r0, #1
	ldr	r0, [sp, #56]
	asrs	r0, r1
	@APP
	smmlar	r4, r5, r9, lr
	@NO_APP
	add.w	r5, r4, r5, asr #31
	movw	r9, :lower16:.Lloom_demo_n11.weights
	ssat	r0, #8, r0
	strb.w	r11, [r3, #146]
	strb.w	r0, [r3, #147]
	ldr	r0, [sp, #64]
	lsls	r0, r0, #1
	@APP
	smmlar	r7, r0, r7, r6
	@NO_APP
	asr.w	r2, r5, r2
	ldr	r5, [sp, #84]
	add.w	r0, r7, r0, asr #31
	adds	r5, #4
	asrs	r0, r1
	movt	r9, :upper16:.Lloom_demo_n11.weights
	ssat	r6, #8, r10
	cmp	r5, #72
	ssat	r7, #8, r8
	strb.w	r6, [r3, #216]
	ssat	r1, #8, r2
	strb.w	r7, [r3, #217]
	ssat	r0, #8, r0
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb.w	r1, [r3, #218]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	strb.w	r0, [r3, #219]
	ldr	r3, [sp, #88]
	mov.w	r1, #8388736
	add.w	r3, r3, #16
	bne.w	.LBB0_4
	ldr	r0, [sp, #28]
	add.w	r12, r12, #144
	adds	r0, #1
	ldr	r3, [sp, #36]
	cmp	r0, #5
	add.w	r3, r3, #144
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
	ldr.w	r8, [r0, #288]
	add.w	r12, r1, r3
	ldr.w	r1, [r11, #648]
	ldr.w	r7, [r0, #296]
	ldr.w	r2, [r0, #292]
	ldr.w	r5, [r12, #216]
	ldr.w	r0, [r0, #300]
	sxtab16	r6, lr, r1
	sxtb16	r3, r5
	smlabb	r4, r6, r3, r8
	str	r4, [sp, #80]
	ldr.w	r4, [r11, #720]
	sxtab16	r1, lr, r1, ror #8
	smlatt	r6, r6, r3, r7
	sxtab16	r10, lr, r4
	str	r6, [sp, #76]
	sxtb16	r5, r5, ror #8
	smlabb	r8, r10, r3, r8
	sxtab16	r4, lr, r4, ror #8
	smlatt	r3, r10, r3, r7
	ldr.w	r7, [r12, #288]
	smlabb	r9, r1, r5, r2
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
	smlatt	r6, r0, r7, r6
	sxtb16	r7, r5
	ldr	r2, [sp, #68]
	smlabb	r2, r4, r7, r2
	smlatt	r10, r4, r7, r10
	ldr.w	r7, [r11, #1512]
	sxtb16	r5, r5, ror #8
	ldr.w	r4, [r12, #432]
	smlabb	r9, r0, r5, r9
	smlatt	r0, r0, r5, r1
	sxtab16	r1, lr, r7
	sxtb16	r5, r4
	smlabb	r2, r1, r5, r2
	sxtab16	r7, lr, r7, ror #8
	smlatt	r10, r1, r5, r10
	sxtb16	r4, r4, ror #8
	ldr.w	r1, [r11, #1584]
	smlatt	r0, r7, r4, r0
	str	r0, [sp, #64]
	smlabb	r9, r7, r4, r9
	sxtab16	r0, lr, r1
	smlabb	r7, r0, r5, r8
	str	r7, [sp, #68]
	sxtab16	r7, lr, r1, ror #8
	ldr	r1, [sp, #80]
	smlabb	r1, r7, r4, r1
	str	r1, [sp, #80]
	smlatt	r1, r0, r5, r3
	str	r1, [sp, #72]
	smlatt	r1, r7, r4, r6
	str	r1, [sp, #76]
	ldr.w	r1, [r12, #504]
	sxtb16	r6, r1
	smlabb	r8, r0, r6, r2
	ldr.w	r2, [r11, #1656]
	sxtb16	r1, r1, ror #8
	str	r1, [sp, #60]
	smlabb	r5, r7, r1, r9
	ldr.w	r1, [r12, #576]
	smlatt	r0, r0, r6, r10
	sxtab16	r4, lr, r2
	sxtb16	r3, r1
	sxtab16	r10, lr, r2, ror #8
	smlabb	r2, r4, r3, r8
	sxtb16	r9, r1, ror #8
	smlatt	r0, r4, r3, r0
	movw	r1, :lower16:.Lloom_demo_n11.multiplier
	str	r0, [sp, #44]
	ldr	r0, [sp, #88]
	movt	r1, :upper16:.Lloom_demo_n11.multiplier
	add.w	lr, r1, r0
	lsls	r1, r2, #1
	movw	r2, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r0, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.requant_offset
	smlabb	r8, r10, r9, r5
	add.w	r12, r2, r0
	lsl.w	r2, r8, #1
	ldrd	r11, r0, [lr, #288]
	ldrd	r8, r5, [r12, #288]
	@APP
	smmlar	r3, r1, r11, r8
	@NO_APP
	add.w	r1, r3, r1, asr #31
	str	r0, [sp, #56]
	str	r5, [sp, #52]
	str	r1, [sp, #40]
	@APP
	smmlar	r1, r2, r0, r5
	@NO_APP
	ldrd	r5, r0, [sp, #60]
	smlatt	r3, r7, r5, r0
	add.w	r0, r1, r2, asr #31
	str	r0, [sp, #48]
	ldr	r0, [sp, #44]
	smlatt	r2, r10, r9, r3
	lsls	r3, r0, #1
	ldr.w	r1, [lr, #296]
	ldr	r0, [sp, #68]
	str	r1, [sp, #64]
	ldr.w	r7, [r12, #296]
	smlabb	r9, r4, r6, r0
	@APP
	smmlar	r0, r3, r1, r7
	@NO_APP
	ldr	r1, [sp, #72]
	add.w	r0, r0, r3, asr #31
	smlatt	r1, r4, r6, r1
	movw	r4, :lower16:.Lloom_demo_n11.right_shift
	str	r0, [sp, #68]
	lsls	r0, r2, #1
	ldr	r3, [sp, #88]
	movt	r4, :upper16:.Lloom_demo_n11.right_shift
	ldr.w	lr, [lr, #300]
	ldr.w	r6, [r12, #300]
	lsl.w	r2, r9, #1
	add	r4, r3
	@APP
	smmlar	r3, r0, lr, r6
	@NO_APP
	add.w	r12, r3, r0, asr #31
	ldr	r3, [sp, #80]
	str	r1, [sp, #72]
	@APP
	smmlar	r0, r2, r11, r8
	@NO_APP
	add.w	r9, r0, r2, asr #31
	ldr.w	r2, [r4, #288]
	smlabb	r3, r10, r5, r3
	ldr	r1, [sp, #40]
	mov	r0, r5
	asr.w	r5, r1, r2
	ldr	r1, [sp, #76]
	smlatt	r8, r10, r0, r1
	asr.w	r9, r9, r2
	lsls	r0, r3, #1
	ldr.w	r3, [r4, #292]
	ldrd	r2, r1, [sp, #52]
	@APP
	smmlar	r2, r0, r1, r2
	@NO_APP
	add.w	r11, r2, r0, asr #31
	ldr	r0, [sp, #84]
	ldr	r1, [sp, #48]
	ldr	r2, [sp, #4]
	asr.w	r11, r11, r3
	add	r0, r2
	ldr.w	r2, [r4, #296]
	ssat	r10, #8, r5
	ldr.w	r4, [r4, #300]
	asr.w	r5, r1, r3
	ldr	r1, [sp, #68]
	strb.w	r10, [r0, #720]
	asr.w	r10, r1, r2
	ldr	r1, [sp, #72]
	lsls	r3, r1, #1
	ldr	r1, [sp, #64]
	@APP
	smmlar	r1, r3, r1, r7
	@NO_APP
	asr.w	r7, r12, r4
	add.w	r1, r1, r3, asr #31
	ssat	r3, #8, r7
	strb.w	r3, [r0, #723]
	lsl.w	r3, r8, #1
	asrs	r1, r2
	@APP
	smmlar	r2, r3, lr, r6
	@NO_APP
	add.w	r2, r2, r3, asr #31
	asrs	r2, r4
	ssat	r3, #8, r11
	ssat	r1, #8, r1
	strb.w	r3, [r0, #793]
	ldr	r3, [sp, #84]
	strb.w	r1, [r0, #794]
	ssat	r1, #8, r2
	adds	r3, #4
	ssat	r5, #8, r5
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb.w	r1, [r0, #795]
	ldr	r1, [sp, #88]
	strb.w	r5, [r0, #721]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	ssat	r5, #8, r10
	cmp	r3, #72
	ssat	r7, #8, r9
	add.w	r1, r1, #16
	strb.w	r5, [r0, #722]
	strb.w	r7, [r0, #792]
	bne.w	.LBB0_7
	movs	r0, #1
	ldrd	r11, r1, [sp, #4]
.LBB0_9:
	str	r1, [sp, #20]
	movw	r1, #65248
	movs	r3, #0
	movt	r1, #65535
	str	r0, [sp]
	str.w	r11, [sp, #16]
.LBB0_10:
	strd	r3, r1, [sp, #84]
	ldr	r0, [sp, #88]
	movw	r7, :lower16:.Lloom_demo_n11.weights
	ldr.w	r12, [sp, #20]
	adds	r1, r2, r0
	movt	r7, :upper16:.Lloom_demo_n11.weights
	ldr	r0, [sp, #84]
	ldr.w	r2, [r12, r3]
	add.w	r8, r7, r3
	ldr	r7, [r7, r0]
	mov.w	lr, #8388736
	sxtab16	r5, lr, r2
	ldr.w	r3, [r1, #288]
	sxtb16	r6, r7
	ldr.w	r4, [r1, #292]
	smlabb	r0, r5, r6, r3
	str	r0, [sp, #80]
	ldr.w	r0, [r1, #296]
	sxtab16	r2, lr, r2, ror #8
	smlatt	r9, r5, r6, r0
	sxtb16	r7, r7, ror #8
	ldr	r6, [sp, #84]
	smlabb	lr, r2, r7, r4
	ldr.w	r1, [r1, #300]
	smlatt	r11, r2, r7, r1
	ldr.w	r7, [r8, #72]
	add	r12, r6
	sxtb16	r10, r7
	smlabb	r6, r5, r10, r3
	smlatt	r0, r5, r10, r0
	ldr.w	r5, [r12, #72]
	sxtb16	r7, r7, ror #8
	str	r0, [sp, #72]
	mov.w	r0, #8388736
	smlabb	r3, r2, r7, r4
	smlatt	r4, r2, r7, r1
	ldr	r1, [sp, #80]
	sxtab16	r2, r0, r5
	str	r3, [sp, #76]
	smlabb	r1, r2, r10, r1
	mov.w	r3, #8388736
	sxtab16	r5, r0, r5, ror #8
	smlatt	r9, r2, r10, r9
	ldr.w	r10, [r8, #144]
	smlabb	lr, r5, r7, lr
	smlatt	r11, r5, r7, r11
	sxtb16	r7, r10
	smlabb	r0, r2, r7, r6
	ldr	r6, [sp, #72]
	str	r0, [sp, #68]
	ldr	r0, [sp, #76]
	sxtb16	r10, r10, ror #8
	smlatt	r2, r2, r7, r6
	smlabb	r0, r5, r10, r0
	str	r0, [sp, #76]
	ldr.w	r0, [r12, #144]
	smlatt	r4, r5, r10, r4
	sxtab16	r5, r3, r0
	str	r4, [sp, #80]
	smlabb	r1, r5, r7, r1
	smlatt	r9, r5, r7, r9
	ldr.w	r7, [r12, #864]
	sxtab16	r0, r3, r0, ror #8
	ldr.w	r5, [r8, #216]
	smlabb	lr, r0, r10, lr
	smlatt	r10, r0, r10, r11
	sxtab16	r0, r3, r7
	sxtb16	r11, r5
	smlabb	r1, r0, r11, r1
	sxtab16	r7, r3, r7, ror #8
	smlatt	r9, r0, r11, r9
	sxtb16	r5, r5, ror #8
	ldr.w	r11, [r8, #288]
	str	r1, [sp, #72]
	smlabb	lr, r7, r5, lr
	smlatt	r10, r7, r5, r10
	ldr	r1, [sp, #68]
	sxtb16	r5, r11
	smlabb	r6, r0, r5, r1
	ldr	r1, [sp, #76]
	sxtb16	r11, r11, ror #8
	smlatt	r0, r0, r5, r2
	ldr.w	r2, [r12, #936]
	smlabb	r4, r7, r11, r1
	ldr	r1, [sp, #80]
	str	r0, [sp, #76]
	smlatt	r7, r7, r11, r1
	ldr	r0, [sp, #72]
	sxtab16	r1, r3, r2
	sxtab16	r2, r3, r2, ror #8
	smlabb	r0, r1, r5, r0
	smlatt	r5, r1, r5, r9
	str	r0, [sp, #80]
	smlatt	r9, r2, r11, r10
	ldr.w	r10, [r8, #360]
	smlabb	lr, r2, r11, lr
	ldr	r0, [sp, #76]
	sxtb16	r11, r10
	smlabb	r3, r1, r11, r6
	mov.w	r6, #8388736
	smlatt	r0, r1, r11, r0
	str	r3, [sp, #68]
	sxtb16	r3, r10, ror #8
	str	r0, [sp, #72]
	ldr.w	r0, [r12, #1008]
	smlabb	r10, r2, r3, r4
	smlatt	r2, r2, r3, r7
	ldr	r7, [sp, #80]
	str	r2, [sp, #64]
	sxtab16	r2, r6, r0
	sxtab16	r0, r6, r0, ror #8
	smlabb	r7, r2, r11, r7
	smlabb	r4, r0, r3, lr
	smlatt	lr, r2, r11, r5
	ldr.w	r11, [r12, #1728]
	ldr.w	r2, [r8, #432]
	smlatt	r9, r0, r3, r9
	sxtb16	r5, r2
	sxtab16	r3, r6, r11, ror #8
	sxtb16	r2, r2, ror #8
	smlabb	r1, r3, r2, r4
	ldr.w	r4, [r12, #1800]
	sxtab16	r0, r6, r11
	str	r1, [sp, #80]
	smlatt	r1, r3, r2, r9
	ldr.w	r2, [r8, #504]
	smlabb	r7, r0, r5, r7
	str	r1, [sp, #76]
	smlatt	lr, r0, r5, lr
	ldr	r1, [sp, #68]
	sxtb16	r5, r2
	smlabb	r9, r0, r5, r1
	sxtb16	r1, r2, ror #8
	smlabb	r11, r3, r1, r10
	mov	r10, r1
	ldr	r1, [sp, #72]
	smlatt	r0, r0, r5, r1
	str	r0, [sp, #60]
	mov.w	r0, #8388736
	sxtab16	r1, r0, r4
	smlabb	r2, r1, r5, r7
	ldr.w	r7, [r8, #576]
	str	r2, [sp, #68]
	smlatt	r2, r1, r5, lr
	sxtab16	r5, r0, r4, ror #8
	movw	r4, :lower16:.Lloom_demo_n11.multiplier
	ldr	r0, [sp, #88]
	movt	r4, :upper16:.Lloom_demo_n11.multiplier
	add.w	r8, r4, r0
	movw	r4, :lower16:.Lloom_demo_n11.requant_offset
	str	r2, [sp, #72]
	ldr	r0, [sp, #88]
	sxtb16	r2, r7
	movt	r4, :upper16:.Lloom_demo_n11.requant_offset
	smlabb	lr, r1, r2, r9
	add.w	r9, r4, r0
	sxtb16	r4, r7, ror #8
	ldr.w	r6, [r8, #288]
	lsl.w	lr, lr, #1
	ldr.w	r0, [r9, #288]
	str	r0, [sp, #52]
	smlabb	r11, r5, r4, r11
	@APP
	smmlar	r0, lr, r6, r0
	@NO_APP
	str	r6, [sp, #48]
	ldr	r6, [sp, #60]
	smlatt	r7, r1, r2, r6
	add.w	r0, r0, lr, asr #31
	str	r0, [sp, #60]
	ldr	r0, [sp, #64]
	lsl.w	r1, r11, #1
	smlatt	lr, r3, r10, r0
	lsls	r0, r7, #1
	str	r2, [sp, #28]
	mov	r2, r10
	ldr.w	r3, [r8, #292]
	ldr.w	r6, [r8, #296]
	ldrd	r11, r7, [r9, #292]
	@APP
	smmlar	r10, r1, r3, r11
	@NO_APP
	add.w	r1, r10, r1, asr #31
	str	r1, [sp, #36]
	@APP
	smmlar	r1, r0, r6, r7
	@NO_APP
	add.w	r0, r1, r0, asr #31
	str	r0, [sp, #40]
	smlatt	r0, r5, r4, lr
	ldr.w	lr, [r12, #1872]
	ldr.w	r10, [r9, #300]
	mov.w	r9, #8388736
	str	r6, [sp, #56]
	ldr	r1, [sp, #28]
	sxtab16	r6, r9, lr
	str	r3, [sp, #32]
	str	r7, [sp, #64]
	ldr.w	r7, [r8, #300]
	lsls	r0, r0, #1
	ldr	r3, [sp, #68]
	smlabb	r8, r6, r1, r3
	str	r7, [sp, #44]
	@APP
	smmlar	r7, r0, r7, r10
	@NO_APP
	add.w	r0, r7, r0, asr #31
	ldr	r7, [sp, #76]
	lsl.w	r3, r8, #1
	movw	r8, :lower16:.Lloom_demo_n11.right_shift
	str	r0, [sp, #68]
	ldr	r0, [sp, #80]
	smlatt	r12, r5, r2, r7
	ldr	r7, [sp, #88]
	movt	r8, :upper16:.Lloom_demo_n11.right_shift
	smlabb	r0, r5, r2, r0
	add	r7, r8
	ldrd	r5, r2, [sp, #48]
	@APP
	smmlar	r5, r3, r5, r2
	@NO_APP
	ldr	r2, [sp, #72]
	smlatt	r6, r6, r1, r2
	add.w	r2, r5, r3, asr #31
	sxtab16	r1, r9, lr, ror #8
	ldr.w	r3, [r7, #288]
	smlabb	r0, r1, r4, r0
	ldr	r5, [sp, #60]
	asrs	r5, r3
	smlatt	r4, r1, r4, r12
	asr.w	r12, r2, r3
	ldr	r2, [sp, #32]
	lsls	r0, r0, #1
	ldr.w	r3, [r7, #292]
	ssat	r1, #8, r5
	@APP
	smmlar	r5, r0, r2, r11
	@NO_APP
	ldr	r2, [sp, #36]
	ldr.w	r11, [sp, #16]
	asrs	r2, r3
	add.w	lr, r5, r0, asr #31
	ldr	r0, [sp, #84]
	add	r0, r11
	ldr.w	r5, [r7, #296]
	ssat	r2, #8, r2
	strb.w	r2, [r0, #865]
	asr.w	lr, lr, r3
	ldr.w	r3, [r7, #300]
	lsls	r7, r6, #1
	ldr	r2, [sp, #64]
	strb.w	r1, [r0, #864]
	ldr	r6, [sp, #56]
	@APP
	smmlar	r6, r7, r6, r2
	@NO_APP
	ldr	r2, [sp, #68]
	ldr	r1, [sp, #40]
	asrs	r2, r3
	asrs	r1, r5
	ssat	r2, #8, r2
	ssat	r1, #8, r1
	strb.w	r2, [r0, #867]
	lsls	r2, r4, #1
	strb.w	r1, [r0, #866]
	add.w	r1, r6, r7, asr #31
	ldr	r4, [sp, #44]
	asrs	r1, r5
	@APP
	smmlar	r4, r2, r4, r10
	@NO_APP
	add.w	r2, r4, r2, asr #31
	asrs	r2, r3
	ldr	r3, [sp, #84]
	ssat	r1, #8, r1
	adds	r3, #4
	strb.w	r1, [r0, #938]
	cmp	r3, #72
	ssat	r1, #8, r2
	movw	r2, :lower16:.Lloom_demo_n11.bias
	ssat	r7, #8, r12
	strb.w	r1, [r0, #939]
	ldr	r1, [sp, #88]
	strb.w	r7, [r0, #936]
	ssat	r7, #8, lr
	movt	r2, :upper16:.Lloom_demo_n11.bias
	add.w	r1, r1, #16
	strb.w	r7, [r0, #937]
	bne.w	.LBB0_10
	movs	r0, #1
	mov	r9, r11
	ldr	r1, [sp, #20]
.LBB0_12:
	movw	r5, #65248
	movs	r3, #0
	movt	r5, #65535
	str	r0, [sp, #12]
	strd	r1, r9, [sp, #24]
.LBB0_13:
	add.w	r8, r1, r3
	movw	r12, :lower16:.Lloom_demo_n11.weights
	movt	r12, :upper16:.Lloom_demo_n11.weights
	adds	r0, r2, r5
	ldr.w	r6, [r8, #72]
	mov.w	r2, #8388736
	ldr.w	r7, [r12, r3]
	strd	r3, r5, [sp, #84]
	sxtb16	r5, r7
	sxtab16	r4, r2, r6
	ldrd	r1, r9, [r0, #288]
	smlabb	r3, r4, r5, r1
	str	r3, [sp, #80]
	ldr.w	r3, [r0, #296]
	sxtab16	r6, r2, r6, ror #8
	ldr.w	r2, [r8, #144]
	smlatt	r4, r4, r5, r3
	sxtb16	r7, r7, ror #8
	str	r4, [sp, #76]
	ldr.w	r4, [r0, #300]
	mov.w	r0, #8388736
	smlabb	lr, r6, r7, r9
	smlatt	r11, r6, r7, r4
	sxtab16	r6, r0, r2
	sxtab16	r2, r0, r2, ror #8
	ldr	r0, [sp, #84]
	add	r12, r0
	smlabb	r10, r6, r5, r1
	smlatt	r3, r6, r5, r3
	smlatt	r0, r2, r7, r4
	ldr.w	r5, [r12, #72]
	smlabb	r9, r2, r7, r9
	str	r0, [sp, #72]
	sxtb16	r7, r5
	ldr	r0, [sp, #80]
	smlabb	r1, r6, r7, r0
	ldr.w	r0, [r8, #216]
	ldr	r4, [sp, #76]
	smlatt	r6, r6, r7, r4
	sxtb16	r5, r5, ror #8
	mov.w	r4, #8388736
	smlabb	lr, r2, r5, lr
	smlatt	r11, r2, r5, r11
	sxtab16	r2, r4, r0
	smlabb	r10, r2, r7, r10
	sxtab16	r0, r4, r0, ror #8
	smlatt	r3, r2, r7, r3
	ldr.w	r7, [r12, #144]
	ldr	r4, [sp, #72]
	smlabb	r9, r0, r5, r9
	smlatt	r4, r0, r5, r4
	sxtb16	r5, r7
	smlabb	r1, r2, r5, r1
	sxtb16	r7, r7, ror #8
	str	r1, [sp, #80]
	ldr.w	r1, [r8, #288]
	smlabb	lr, r0, r7, lr
	smlatt	r11, r0, r7, r11
	mov.w	r0, #8388736
	smlatt	r2, r2, r5, r6
	sxtab16	r6, r0, r1
	str	r2, [sp, #76]
	sxtab16	r1, r0, r1, ror #8
	mov.w	r2, #8388736
	smlabb	r9, r1, r7, r9
	ldr.w	r0, [r12, #216]
	smlatt	r1, r1, r7, r4
	ldr.w	r4, [r8, #936]
	smlabb	r10, r6, r5, r10
	str	r1, [sp, #72]
	smlatt	r3, r6, r5, r3
	ldr	r7, [sp, #80]
	sxtb16	r5, r0
	ldr	r1, [sp, #76]
	sxtab16	r6, r2, r4
	smlabb	r7, r6, r5, r7
	smlatt	r1, r6, r5, r1
	ldr.w	r6, [r8, #1008]
	sxtb16	r0, r0, ror #8
	str	r1, [sp, #80]
	sxtab16	r4, r2, r4, ror #8
	smlabb	lr, r4, r0, lr
	smlatt	r11, r4, r0, r11
	sxtab16	r4, r2, r6
	smlatt	r1, r4, r5, r3
	ldr	r3, [sp, #80]
	smlabb	r10, r4, r5, r10
	str	r1, [sp, #76]
	sxtab16	r6, r2, r6, ror #8
	ldr.w	r5, [r12, #288]
	ldr	r1, [sp, #72]
	smlabb	r9, r6, r0, r9
	smlatt	r0, r6, r0, r1
	sxtb16	r1, r5
	smlabb	r7, r4, r1, r7
	smlatt	r3, r4, r1, r3
	ldr.w	r4, [r8, #1080]
	sxtb16	r5, r5, ror #8
	str	r3, [sp, #80]
	smlabb	lr, r6, r5, lr
	ldr.w	r3, [r12, #360]
	smlatt	r11, r6, r5, r11
	sxtab16	r6, r2, r4
	sxtab16	r4, r2, r4, ror #8
	ldr	r2, [sp, #76]
	smlabb	r10, r6, r1, r10
	smlabb	r9, r4, r5, r9
	smlatt	r2, r6, r1, r2
	ldr	r1, [sp, #80]
	smlatt	r0, r4, r5, r0
	sxtb16	r5, r3
	smlabb	r7, r6, r5, r7
	smlatt	r1, r6, r5, r1
	ldr.w	r6, [r8, #1152]
	sxtb16	r3, r3, ror #8
	str	r1, [sp, #80]
	mov.w	r1, #8388736
	smlabb	lr, r4, r3, lr
	smlatt	r11, r4, r3, r11
	sxtab16	r4, r1, r6
	smlabb	r10, r4, r5, r10
	sxtab16	r6, r1, r6, ror #8
	smlatt	r2, r4, r5, r2
	ldr.w	r4, [r8, #1800]
	smlabb	r9, r6, r3, r9
	smlatt	r0, r6, r3, r0
	ldr.w	r3, [r12, #432]
	str	r2, [sp, #76]
	ldr	r2, [sp, #80]
	str	r0, [sp, #72]
	sxtb16	r6, r3
	sxtab16	r5, r1, r4
	sxtb16	r0, r3, ror #8
	smlabb	r7, r5, r6, r7
	sxtab16	r3, r1, r4, ror #8
	smlabb	r4, r3, r0, lr
	smlatt	lr, r5, r6, r2
	ldr.w	r2, [r8, #1872]
	smlatt	r3, r3, r0, r11
	sxtab16	r5, r1, r2
	str	r3, [sp, #60]
	smlabb	r11, r5, r6, r10
	sxtab16	r10, r1, r2, ror #8
	smlabb	r1, r10, r0, r9
	str	r1, [sp, #80]
	ldr	r1, [sp, #76]
	smlatt	r6, r5, r6, r1
	ldr	r1, [sp, #72]
	smlatt	r0, r10, r0, r1
	str	r0, [sp, #76]
	ldr.w	r0, [r12, #504]
	sxtb16	r1, r0
	sxtb16	r3, r0, ror #8
	smlatt	r0, r5, r1, lr
	smlabb	r9, r10, r3, r4
	ldr.w	r4, [r8, #1944]
	str	r0, [sp, #64]
	mov.w	r0, #8388736
	smlabb	r7, r5, r1, r7
	sxtab16	r5, r0, r4
	smlabb	r2, r5, r1, r11
	smlatt	r1, r5, r1, r6
	str	r2, [sp, #68]
	str	r1, [sp, #72]
	ldr.w	r1, [r12, #576]
	sxtab16	r11, r0, r4, ror #8
	movw	r4, :lower16:.Lloom_demo_n11.multiplier
	sxtb16	lr, r1
	ldr	r0, [sp, #88]
	movt	r4, :upper16:.Lloom_demo_n11.multiplier
	smlabb	r12, r5, lr, r7
	adds	r7, r4, r0
	movw	r4, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r0, [sp, #88]
	movt	r4, :upper16:.Lloom_demo_n11.requant_offset
	add	r4, r0
	ldr.w	r2, [r7, #288]
	sxtb16	r6, r1, ror #8
	lsl.w	r1, r12, #1
	ldr.w	r0, [r4, #288]
	str	r0, [sp, #52]
	smlabb	r9, r11, r6, r9
	@APP
	smmlar	r12, r1, r2, r0
	@NO_APP
	ldr	r0, [sp, #64]
	smlatt	r5, r5, lr, r0
	add.w	r0, r12, r1, asr #31
	str	r0, [sp, #64]
	ldr	r0, [sp, #60]
	lsl.w	r1, r9, #1
	str	r2, [sp, #48]
	smlatt	r0, r10, r3, r0
	lsls	r2, r5, #1
	str	r0, [sp, #44]
	ldrd	r9, r5, [r7, #292]
	ldrd	r12, r0, [r4, #292]
	@APP
	smmlar	r10, r1, r9, r12
	@NO_APP
	add.w	r1, r10, r1, asr #31
	str	r0, [sp, #60]
	mov.w	r10, #8388736
	str	r1, [sp, #32]
	@APP
	smmlar	r1, r2, r5, r0
	@NO_APP
	add.w	r0, r1, r2, asr #31
	str	r0, [sp, #36]
	ldr	r0, [sp, #44]
	ldr.w	r1, [r8, #2016]
	smlatt	r0, r11, r6, r0
	str	r5, [sp, #56]
	ldr.w	r5, [r7, #300]
	ldr	r2, [sp, #68]
	lsls	r0, r0, #1
	str	r5, [sp, #40]
	sxtab16	r7, r10, r1
	ldr.w	r4, [r4, #300]
	smlabb	r2, r7, lr, r2
	@APP
	smmlar	r5, r0, r5, r4
	@NO_APP
	add.w	r0, r5, r0, asr #31
	str	r0, [sp, #68]
	ldr	r0, [sp, #80]
	str	r4, [sp, #44]
	smlabb	r0, r11, r3, r0
	ldr	r5, [sp, #76]
	smlatt	r11, r11, r3, r5
	lsls	r4, r2, #1
	ldrd	r3, r2, [sp, #48]
	movw	r8, :lower16:.Lloom_demo_n11.right_shift
	@APP
	smmlar	r5, r4, r3, r2
	@NO_APP
	ldr	r3, [sp, #88]
	movt	r8, :upper16:.Lloom_demo_n11.right_shift
	sxtab16	r1, r10, r1, ror #8
	add	r3, r8
	smlabb	r0, r1, r6, r0
	ldr	r2, [sp, #72]
	smlatt	r7, r7, lr, r2
	add.w	r4, r5, r4, asr #31
	ldr.w	r5, [r3, #288]
	ldr	r2, [sp, #64]
	lsls	r0, r0, #1
	smlatt	r6, r1, r6, r11
	asrs	r2, r5
	asr.w	r11, r4, r5
	ldr.w	r4, [r3, #292]
	@APP
	smmlar	r5, r0, r9, r12
	@NO_APP
	add.w	lr, r5, r0, asr #31
	ldrd	r9, r1, [sp, #28]
	asrs	r1, r4
	ldr	r0, [sp, #84]
	add	r0, r9
	asr.w	lr, lr, r4
	ssat	r1, #8, r1
	ldr.w	r5, [r3, #296]
	strb.w	r1, [r0, #1009]
	ldr.w	r3, [r3, #300]
	ldrd	r4, r1, [sp, #56]
	ssat	r2, #8, r2
	lsls	r7, r7, #1
	@APP
	smmlar	r4, r7, r4, r1
	@NO_APP
	ldr	r1, [sp, #68]
	strb.w	r2, [r0, #1008]
	ldr	r2, [sp, #36]
	asrs	r1, r3
	asrs	r2, r5
	ssat	r1, #8, r1
	ssat	r2, #8, r2
	strb.w	r1, [r0, #1011]
	lsls	r1, r6, #1
	strb.w	r2, [r0, #1010]
	add.w	r2, r4, r7, asr #31
	ldrd	r6, r7, [sp, #40]
	asrs	r2, r5
	@APP
	smmlar	r7, r1, r6, r7
	@NO_APP
	add.w	r1, r7, r1, asr #31
	ldr	r5, [sp, #88]
	asrs	r1, r3
	ldr	r3, [sp, #84]
	ssat	r2, #8, r2
	adds	r3, #4
	strb.w	r2, [r0, #1082]
	movw	r2, :lower16:.Lloom_demo_n11.bias
	ssat	r1, #8, r1
	movt	r2, :upper16:.Lloom_demo_n11.bias
	ssat	r6, #8, r11
	cmp	r3, #72
	ssat	r7, #8, lr
	strb.w	r1, [r0, #1083]
	ldr	r1, [sp, #24]
	add.w	r5, r5, #16
	strb.w	r6, [r0, #1080]
	strb.w	r7, [r0, #1081]
	bne.w	.LBB0_13
	ldr	r0, [sp, #12]
	adds	r1, #144
	adds	r0, #1
	add.w	r9, r9, #144
	cmp	r0, #5
	bne.w	.LBB0_12
	movw	r1, #65248
	movs	r3, #0
	movt	r1, #65535
.LBB0_16:
	ldr	r0, [sp, #20]
	movw	r10, :lower16:.Lloom_demo_n11.weights
	strd	r3, r1, [sp, #84]
	add.w	lr, r0, r3
	ldr	r0, [sp, #88]
	movt	r10, :upper16:.Lloom_demo_n11.weights
	adds	r1, r2, r0
	ldr.w	r2, [lr, #648]
	mov.w	r12, #8388736
	ldr.w	r7, [r10, r3]
	ldr.w	r3, [lr, #720]
	sxtab16	r6, r12, r2
	ldr.w	r9, [r1, #288]
	sxtb16	r5, r7
	ldr.w	r4, [r1, #292]
	smlabb	r0, r6, r5, r9
	sxtab16	r2, r12, r2, ror #8
	str	r0, [sp, #80]
	sxtb16	r7, r7, ror #8
	ldr.w	r0, [r1, #296]
	smlabb	r8, r2, r7, r4
	ldr.w	r1, [r1, #300]
	smlatt	r6, r6, r5, r0
	smlatt	r11, r2, r7, r1
	str	r6, [sp, #76]
	sxtab16	r2, r12, r3
	smlabb	r6, r2, r5, r9
	str	r6, [sp, #72]
	ldr	r6, [sp, #84]
	add	r6, r10
	smlatt	r9, r2, r5, r0
	sxtab16	r3, r12, r3, ror #8
	ldr.w	r10, [sp, #76]
	smlatt	r0, r3, r7, r1
	ldr	r5, [r6, #72]
	smlabb	r4, r3, r7, r4
	str	r0, [sp, #68]
	sxtb16	r7, r5
	ldr	r0, [sp, #80]
	smlabb	r1, r2, r7, r0
	ldr.w	r0, [lr, #792]
	sxtb16	r5, r5, ror #8
	str	r4, [sp, #64]
	smlabb	r8, r3, r5, r8
	ldr	r4, [sp, #72]
	smlatt	r11, r3, r5, r11
	sxtab16	r3, r12, r0
	smlatt	r2, r2, r7, r10
	smlabb	r10, r3, r7, r4
	ldr	r4, [sp, #64]
	sxtab16	r0, r12, r0, ror #8
	smlatt	r9, r3, r7, r9
	smlabb	r4, r0, r5, r4
	ldr.w	r7, [r6, #144]
	str	r4, [sp, #76]
	ldr	r4, [sp, #68]
	smlatt	r5, r0, r5, r4
	str	r5, [sp, #80]
	sxtb16	r5, r7
	smlabb	r1, r3, r5, r1
	smlatt	r2, r3, r5, r2
	ldr.w	r3, [lr, #1512]
	sxtb16	r7, r7, ror #8
	ldr.w	r5, [r6, #216]
	smlabb	r8, r0, r7, r8
	smlatt	r11, r0, r7, r11
	sxtab16	r7, r12, r3
	sxtb16	r0, r5
	smlabb	r1, r7, r0, r1
	str	r1, [sp, #72]
	smlatt	r1, r7, r0, r2
	ldr.w	r7, [lr, #1584]
	str	r1, [sp, #68]
	sxtab16	r3, r12, r3, ror #8
	ldr	r1, [sp, #76]
	sxtb16	r5, r5, ror #8
	ldr	r2, [sp, #72]
	smlabb	r8, r3, r5, r8
	smlatt	r11, r3, r5, r11
	sxtab16	r3, r12, r7
	sxtab16	r7, r12, r7, ror #8
	smlabb	r10, r3, r0, r10
	smlabb	r4, r7, r5, r1
	ldr	r1, [sp, #80]
	smlatt	r9, r3, r0, r9
	ldr.w	r0, [r6, #288]
	smlatt	r1, r7, r5, r1
	sxtb16	r5, r0
	smlabb	r2, r3, r5, r2
	str	r2, [sp, #72]
	ldr	r2, [sp, #68]
	smlatt	r2, r3, r5, r2
	ldr.w	r3, [lr, #1656]
	sxtb16	r0, r0, ror #8
	smlabb	r8, r7, r0, r8
	smlatt	r11, r7, r0, r11
	sxtab16	r7, r12, r3
	sxtab16	r3, r12, r3, ror #8
	smlabb	r10, r7, r5, r10
	smlabb	r4, r3, r0, r4
	str	r4, [sp, #80]
	smlatt	r4, r7, r5, r9
	smlatt	r9, r3, r0, r1
	ldr.w	r1, [r6, #360]
	str	r4, [sp, #76]
	ldr	r4, [sp, #72]
	sxtb16	r0, r1
	smlabb	r4, r7, r0, r4
	sxtb16	r1, r1, ror #8
	smlatt	r0, r7, r0, r2
	ldr.w	r2, [lr, #2376]
	smlabb	r8, r3, r1, r8
	smlatt	r11, r3, r1, r11
	ldr.w	r3, [r6, #432]
	sxtab16	r7, r12, r2
	sxtb16	r1, r3
	smlabb	r5, r7, r1, r4
	smlatt	r0, r7, r1, r0
	ldr.w	r7, [lr, #2448]
	sxtab16	r2, r12, r2, ror #8
	sxtb16	r3, r3, ror #8
	smlabb	r8, r2, r3, r8
	smlatt	r2, r2, r3, r11
	sxtab16	r11, r12, r7
	str	r2, [sp, #64]
	smlabb	r2, r11, r1, r10
	str	r2, [sp, #68]
	ldr	r2, [sp, #80]
	sxtab16	r7, r12, r7, ror #8
	smlabb	r2, r7, r3, r2
	str	r2, [sp, #80]
	ldr	r2, [sp, #76]
	smlatt	r1, r11, r1, r2
	str	r1, [sp, #72]
	smlatt	r1, r7, r3, r9
	str	r1, [sp, #76]
	ldr.w	r1, [r6, #504]
	sxtb16	r4, r1
	ldr.w	r6, [r6, #576]
	sxtb16	r1, r1, ror #8
	str	r1, [sp, #60]
	smlabb	r8, r7, r1, r8
	ldr.w	r1, [lr, #2520]
	smlabb	r9, r11, r4, r5
	smlatt	lr, r11, r4, r0
	sxtab16	r5, r12, r1
	sxtb16	r3, r6
	sxtab16	r10, r12, r1, ror #8
	smlabb	r1, r5, r3, r9
	smlatt	r0, r5, r3, lr
	movw	r3, :lower16:.Lloom_demo_n11.multiplier
	str	r0, [sp, #56]
	ldr	r0, [sp, #88]
	movt	r3, :upper16:.Lloom_demo_n11.multiplier
	lsls	r2, r1, #1
	sxtb16	r9, r6, ror #8
	add.w	r12, r3, r0
	movw	r3, :lower16:.Lloom_demo_n11.requant_offset
	smlabb	r6, r10, r9, r8
	ldr	r0, [sp, #88]
	movt	r3, :upper16:.Lloom_demo_n11.requant_offset
	add.w	r11, r3, r0
	lsls	r1, r6, #1
	ldrd	lr, r0, [r12, #288]
	ldrd	r8, r3, [r11, #288]
	@APP
	smmlar	r6, r2, lr, r8
	@NO_APP
	add.w	r2, r6, r2, asr #31
	str	r0, [sp, #52]
	str	r3, [sp, #48]
	str	r2, [sp, #40]
	@APP
	smmlar	r2, r1, r0, r3
	@NO_APP
	ldrd	r3, r6, [sp, #60]
	add.w	r0, r2, r1, asr #31
	smlatt	r6, r7, r3, r6
	str	r0, [sp, #44]
	ldr	r0, [sp, #56]
	smlatt	r1, r10, r9, r6
	lsls	r6, r0, #1
	ldr.w	r7, [r11, #296]
	ldr	r0, [sp, #68]
	ldr.w	r2, [r12, #296]
	str	r7, [sp, #56]
	smlabb	r9, r5, r4, r0
	@APP
	smmlar	r0, r6, r2, r7
	@NO_APP
	ldr	r7, [sp, #72]
	add.w	r0, r0, r6, asr #31
	smlatt	r7, r5, r4, r7
	movw	r4, :lower16:.Lloom_demo_n11.right_shift
	str	r0, [sp, #72]
	lsls	r0, r1, #1
	ldr	r6, [sp, #88]
	movt	r4, :upper16:.Lloom_demo_n11.right_shift
	lsl.w	r1, r9, #1
	add.w	r9, r4, r6
	ldr.w	r12, [r12, #300]
	ldr.w	r5, [r11, #300]
	@APP
	smmlar	r6, r0, r12, r5
	@NO_APP
	add.w	r11, r6, r0, asr #31
	@APP
	smmlar	r0, r1, lr, r8
	@NO_APP
	str	r2, [sp, #64]
	add.w	r0, r0, r1, asr #31
	ldr.w	r1, [r9, #288]
	ldr	r6, [sp, #80]
	mov	r2, r3
	smlabb	lr, r10, r3, r6
	ldr	r3, [sp, #40]
	asr.w	r6, r3, r1
	ldr	r4, [sp, #76]
	smlatt	r8, r10, r2, r4
	asr.w	r4, r0, r1
	lsl.w	r0, lr, #1
	ldrd	r2, r1, [sp, #48]
	ssat	r10, #8, r6
	ldr.w	r6, [r9, #292]
	@APP
	smmlar	r3, r0, r1, r2
	@NO_APP
	ldr	r1, [sp, #44]
	asr.w	r2, r1, r6
	ldr	r1, [sp, #84]
	add.w	lr, r3, r0, asr #31
	ldr	r0, [sp, #16]
	add	r0, r1
	ldr.w	r1, [r9, #296]
	ldr	r3, [sp, #72]
	asr.w	lr, lr, r6
	asrs	r3, r1
	strb.w	r10, [r0, #1584]
	ssat	r2, #8, r2
	ldr.w	r6, [r9, #300]
	strb.w	r2, [r0, #1585]
	lsls	r2, r7, #1
	ssat	r10, #8, r3
	ldr	r3, [sp, #64]
	ldr	r7, [sp, #56]
	strb.w	r10, [r0, #1586]
	@APP
	smmlar	r7, r2, r3, r7
	@NO_APP
	asr.w	r3, r11, r6
	add.w	r2, r7, r2, asr #31
	ssat	r3, #8, r3
	strb.w	r3, [r0, #1587]
	lsl.w	r3, r8, #1
	asr.w	r1, r2, r1
	@APP
	smmlar	r2, r3, r12, r5
	@NO_APP
	add.w	r2, r2, r3, asr #31
	asrs	r2, r6
	ssat	r3, #8, lr
	ssat	r1, #8, r1
	strb.w	r3, [r0, #1657]
	ldr	r3, [sp, #84]
	strb.w	r1, [r0, #1658]
	ssat	r1, #8, r2
	adds	r3, #4
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb.w	r1, [r0, #1659]
	ldr	r1, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	ssat	r7, #8, r4
	cmp	r3, #72
	add.w	r1, r1, #16
	strb.w	r7, [r0, #1656]
	bne.w	.LBB0_16
	ldr	r0, [sp]
	ldr	r1, [sp, #20]
	adds	r0, #1
	ldr.w	r11, [sp, #16]
	cmp	r0, #11
	add.w	r1, r1, #864
	add.w	r11, r11, #864
	bne.w	.LBB0_9
	movw	r0, #9576
	ldr	r1, [sp, #4]
	add	r0, r1
	movw	r1, #65248
	str	r0, [sp, #28]
	movw	r0, #8712
	ldr	r3, [sp, #8]
	movs	r6, #0
	movt	r1, #65535
	add	r0, r3
	str	r0, [sp, #24]
.LBB0_19:
	strd	r1, r6, [sp, #84]
	adds	r0, r2, r1
	adds	r1, r3, r6
	mov.w	r2, #8640
	movw	r12, :lower16:.Lloom_demo_n11.weights
	movt	r12, :upper16:.Lloom_demo_n11.weights
	mov.w	lr, #8388736
	ldr	r1, [r1, r2]
	ldr	r2, [sp, #88]
	ldr.w	r10, [r0, #288]
	ldr.w	r7, [r0, #292]
	ldr.w	r6, [r12, r2]
	ldr.w	r3, [r0, #296]
	sxtab16	r5, lr, r1
	ldr.w	r0, [r0, #300]
	sxtb16	r4, r6
	smlabb	r2, r5, r4, r10
	str	r2, [sp, #80]
	ldr	r2, [sp, #88]
	add.w	r8, r12, r2
	smlatt	r4, r5, r4, r3
	sxtab16	r1, lr, r1, ror #8
	sxtb16	r6, r6, ror #8
	smlabb	lr, r1, r6, r7
	smlatt	r11, r1, r6, r0
	ldr.w	r6, [r8, #72]
	sxtb16	r9, r6
	smlatt	r2, r5, r9, r3
	ldr	r3, [sp, #24]
	str	r2, [sp, #76]
	ldr	r2, [sp, #88]
	smlabb	r10, r5, r9, r10
	ldr	r5, [r3, r2]
	mov.w	r2, #8388736
	sxtb16	r6, r6, ror #8
	smlabb	r7, r1, r6, r7
	smlatt	r12, r1, r6, r0
	ldr	r0, [sp, #80]
	sxtab16	r1, r2, r5
	sxtab16	r5, r2, r5, ror #8
	smlabb	r0, r1, r9, r0
	smlabb	lr, r5, r6, lr
	str	r0, [sp, #80]
	smlatt	r9, r1, r9, r4
	ldr.w	r4, [r8, #144]
	smlatt	r11, r5, r6, r11
	ldr	r6, [sp, #88]
	sxtb16	r0, r4
	add	r3, r6
	smlabb	r6, r1, r0, r10
	ldr	r2, [sp, #76]
	smlatt	r1, r1, r0, r2
	str	r3, [sp, #64]
	sxtb16	r4, r4, ror #8
	str	r1, [sp, #72]
	ldr	r1, [r3, #72]
	smlabb	r7, r5, r4, r7
	smlatt	r2, r5, r4, r12
	mov.w	r5, #8388736
	str	r2, [sp, #60]
	sxtab16	r2, r5, r1, ror #8
	smlatt	r11, r2, r4, r11
	smlabb	lr, r2, r4, lr
	ldr.w	r4, [r3, #792]
	sxtab16	r10, r5, r1
	mov.w	r1, #8388736
	ldr.w	r5, [r8, #216]
	ldr	r2, [sp, #80]
	smlatt	r9, r10, r0, r9
	smlabb	r0, r10, r0, r2
	sxtab16	r2, r1, r4
	sxtab16	r12, r1, r4, ror #8
	sxtb16	r4, r5, ror #8
	smlabb	r1, r12, r4, lr
	ldr.w	lr, [r3, #864]
	sxtb16	r10, r5
	str	r1, [sp, #80]
	ldr.w	r5, [r8, #288]
	smlatt	r1, r12, r4, r11
	str	r1, [sp, #76]
	ldr	r1, [sp, #72]
	sxtb16	r4, r5
	smlabb	r0, r2, r10, r0
	smlabb	r11, r2, r4, r6
	sxtb16	r6, r5, ror #8
	smlatt	r3, r2, r4, r1
	mov.w	r1, #8388736
	smlatt	r10, r2, r10, r9
	smlabb	r9, r12, r6, r7
	sxtab16	r7, r1, lr
	smlabb	r0, r7, r4, r0
	str	r0, [sp, #68]
	smlatt	r0, r7, r4, r10
	str	r0, [sp, #72]
	ldr.w	r0, [r8, #360]
	sxtab16	r2, r1, lr, ror #8
	movw	r1, :lower16:.Lloom_demo_n11.multiplier
	sxtb16	r10, r0
	ldr	r4, [sp, #84]
	movt	r1, :upper16:.Lloom_demo_n11.multiplier
	smlabb	r5, r7, r10, r11
	add.w	r8, r1, r4
	movw	r1, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r4, [sp, #84]
	movt	r1, :upper16:.Lloom_demo_n11.requant_offset
	add.w	r11, r1, r4
	ldr.w	r1, [r8, #288]
	sxtb16	r4, r0, ror #8
	lsls	r0, r5, #1
	ldr.w	r5, [r11, #288]
	smlabb	r9, r2, r4, r9
	@APP
	smmlar	lr, r0, r1, r5
	@NO_APP
	add.w	r0, lr, r0, asr #31
	str	r0, [sp, #56]
	ldr	r0, [sp, #60]
	str	r1, [sp, #44]
	smlatt	r1, r7, r10, r3
	smlatt	r12, r12, r6, r0
	lsl.w	r0, r9, #1
	str	r5, [sp, #48]
	lsls	r5, r1, #1
	ldr.w	r3, [r8, #292]
	ldr.w	r1, [r8, #296]
	ldrd	lr, r7, [r11, #292]
	@APP
	smmlar	r9, r0, r3, lr
	@NO_APP
	add.w	r0, r9, r0, asr #31
	str	r1, [sp, #52]
	ldr.w	r11, [r11, #300]
	str	r0, [sp, #36]
	@APP
	smmlar	r0, r5, r1, r7
	@NO_APP
	ldr	r1, [sp, #64]
	add.w	r0, r0, r5, asr #31
	str	r0, [sp, #40]
	smlatt	r0, r2, r4, r12
	ldr.w	r9, [r1, #936]
	str	r3, [sp, #32]
	ldr.w	r3, [r8, #300]
	mov.w	r8, #8388736
	lsls	r0, r0, #1
	ldr	r1, [sp, #68]
	sxtab16	r5, r8, r9
	str	r3, [sp, #64]
	smlabb	r1, r5, r10, r1
	@APP
	smmlar	r3, r0, r3, r11
	@NO_APP
	add.w	r0, r3, r0, asr #31
	str	r0, [sp, #68]
	ldr	r0, [sp, #80]
	ldr	r3, [sp, #76]
	lsls	r1, r1, #1
	str	r7, [sp, #60]
	smlabb	r0, r2, r6, r0
	smlatt	r2, r2, r6, r3
	ldrd	r7, r3, [sp, #44]
	@APP
	smmlar	r6, r1, r7, r3
	@NO_APP
	add.w	r1, r6, r1, asr #31
	sxtab16	r6, r8, r9, ror #8
	movw	r7, :lower16:.Lloom_demo_n11.right_shift
	smlabb	r0, r6, r4, r0
	ldr	r3, [sp, #84]
	movt	r7, :upper16:.Lloom_demo_n11.right_shift
	smlatt	r9, r6, r4, r2
	add.w	r12, r7, r3
	ldr	r3, [sp, #72]
	lsls	r0, r0, #1
	smlatt	r10, r5, r10, r3
	ldr	r3, [sp, #32]
	@APP
	smmlar	r7, r0, r3, lr
	@NO_APP
	ldr.w	r5, [r12, #288]
	ldr	r2, [sp, #56]
	ldr.w	r4, [r12, #292]
	ldr	r3, [sp, #36]
	add.w	r7, r7, r0, asr #31
	ldr.w	lr, [sp, #28]
	asrs	r2, r5
	ldr	r0, [sp, #88]
	asr.w	r6, r3, r4
	ldr	r3, [sp, #60]
	asr.w	r8, r7, r4
	ldr	r7, [sp, #52]
	asrs	r1, r5
	add	r0, lr
	ldr.w	r5, [r12, #296]
	ldr.w	r12, [r12, #300]
	lsl.w	r4, r10, #1
	@APP
	smmlar	r7, r4, r7, r3
	@NO_APP
	ldr	r3, [sp, #68]
	ssat	r2, #8, r2
	asr.w	r3, r3, r12
	strb	r2, [r0, #-72]
	ldr	r2, [sp, #40]
	ssat	r6, #8, r6
	asrs	r2, r5
	strb	r6, [r0, #-71]
	ssat	r3, #8, r3
	ldr	r6, [sp, #88]
	strb	r3, [r0, #-69]
	lsl.w	r3, r9, #1
	ssat	r2, #8, r2
	ssat	r1, #8, r1
	strb	r2, [r0, #-70]
	add.w	r2, r7, r4, asr #31
	ldr	r4, [sp, #64]
	@APP
	smmlar	r7, r3, r4, r11
	@NO_APP
	strb.w	r1, [lr, r6]
	add.w	r1, r7, r3, asr #31
	adds	r6, #4
	asrs	r2, r5
	cmp	r6, #72
	asr.w	r1, r1, r12
	ssat	r2, #8, r2
	ssat	r1, #8, r1
	strb	r2, [r0, #2]
	ssat	r3, #8, r8
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb	r1, [r0, #3]
	ldr	r1, [sp, #84]
	strb	r3, [r0, #1]
	ldr	r3, [sp, #8]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	add.w	r1, r1, #16
	bne.w	.LBB0_19
	movw	r0, #8784
	movw	r1, #8712
	adds	r4, r3, r0
	movw	r0, #9576
	add.w	r8, r3, r1
	movw	r1, #9723
	add	r3, r0
	ldr	r0, [sp, #4]
	movw	lr, :lower16:.Lloom_demo_n11.weights
	add	r0, r1
	movs	r1, #1
	movt	lr, :upper16:.Lloom_demo_n11.weights
.LBB0_21:
	str	r1, [sp]
	movw	r1, #65248
	movs	r6, #0
	movt	r1, #65535
	strd	r3, r4, [sp, #16]
	str	r0, [sp, #24]
	str.w	r8, [sp, #12]
.LBB0_22:
	strd	r1, r6, [sp, #84]
	ldr	r0, [sp, #84]
	ldr.w	r7, [lr, r6]
	ldr.w	r6, [r8, r6]
	adds	r1, r2, r0
	mov.w	r0, #8388736
	ldr.w	r12, [sp, #20]
	sxtb16	r5, r7
	sxtab16	r4, r0, r6
	ldrd	r2, r3, [r1, #288]
	smlabb	r10, r4, r5, r2
	sxtab16	r6, r0, r6, ror #8
	ldr.w	r0, [r1, #296]
	smlatt	r4, r4, r5, r0
	ldr.w	r1, [r1, #300]
	str	r4, [sp, #80]
	ldr	r4, [sp, #88]
	sxtb16	r7, r7, ror #8
	smlabb	r11, r6, r7, r3
	ldr.w	r4, [r12, r4]
	smlatt	r6, r6, r7, r1
	str	r6, [sp, #76]
	mov.w	r6, #8388736
	sxtab16	r6, r6, r4
	smlabb	r9, r6, r5, r2
	mov.w	r2, #8388736
	sxtab16	r4, r2, r4, ror #8
	ldr	r2, [sp, #88]
	add	r2, lr
	smlabb	lr, r4, r7, r3
	ldr	r3, [sp, #88]
	add	r3, r8
	smlatt	r8, r6, r5, r0
	ldr	r5, [r2, #72]
	smlatt	r0, r4, r7, r1
	sxtb16	r7, r5
	str	r0, [sp, #72]
	sxtb16	r5, r5, ror #8
	smlabb	r0, r6, r7, r10
	str	r0, [sp, #68]
	smlabb	r0, r4, r5, r11
	str	r0, [sp, #64]
	ldr	r0, [sp, #80]
	smlatt	r11, r6, r7, r0
	ldr.w	r3, [r3, #144]
	ldr	r0, [sp, #76]
	smlatt	r10, r4, r5, r0
	mov.w	r0, #8388736
	ldr	r6, [sp, #68]
	sxtab16	r4, r0, r3
	sxtab16	r3, r0, r3, ror #8
	ldr	r0, [sp, #88]
	smlabb	r9, r4, r7, r9
	add.w	r1, r12, r0
	smlatt	r8, r4, r7, r8
	ldr.w	r7, [r2, #144]
	ldr	r0, [sp, #72]
	smlabb	lr, r3, r5, lr
	smlatt	r5, r3, r5, r0
	ldr.w	r1, [r1, #144]
	sxtb16	r0, r7
	sxtb16	r7, r7, ror #8
	smlabb	r12, r4, r0, r6
	ldr	r6, [sp, #64]
	smlatt	r4, r4, r0, r11
	smlabb	r6, r3, r7, r6
	smlatt	r3, r3, r7, r10
	str	r6, [sp, #68]
	str	r3, [sp, #72]
	mov.w	r6, #8388736
	mov.w	r3, #8388736
	sxtab16	r6, r6, r1
	sxtab16	r1, r3, r1, ror #8
	smlabb	r9, r6, r0, r9
	smlabb	r3, r1, r7, lr
	smlatt	lr, r6, r0, r8
	str	r3, [sp, #76]
	smlatt	r0, r1, r7, r5
	ldr	r3, [sp, #16]
	str	r0, [sp, #80]
	ldr	r0, [sp, #88]
	ldr.w	r6, [r2, #216]
	ldr	r5, [r3, r0]
	mov.w	r0, #8388736
	sxtb16	r1, r6
	sxtb16	r10, r6, ror #8
	sxtab16	r6, r0, r5
	ldr	r0, [sp, #88]
	add	r3, r0
	mov.w	r0, #8388736
	sxtab16	r5, r0, r5, ror #8
	ldr	r0, [sp, #68]
	smlabb	r8, r6, r1, r12
	mov	r7, r3
	smlabb	r12, r5, r10, r0
	ldr	r0, [sp, #72]
	smlatt	r4, r6, r1, r4
	ldr	r6, [r3, #72]
	smlatt	r0, r5, r10, r0
	str	r3, [sp, #64]
	str	r0, [sp, #72]
	mov.w	r0, #8388736
	sxtab16	r3, r0, r6
	ldr.w	r5, [r2, #288]
	smlabb	r0, r3, r1, r9
	smlatt	r9, r3, r1, lr
	sxtb16	r1, r5
	smlabb	lr, r3, r1, r8
	smlatt	r3, r3, r1, r4
	mov.w	r4, #8388736
	str	r3, [sp, #40]
	ldr.w	r3, [r7, #144]
	mov.w	r7, #8388736
	sxtab16	r8, r4, r6, ror #8
	sxtab16	r6, r7, r3
	movw	r7, :lower16:.Lloom_demo_n11.multiplier
	smlabb	r0, r6, r1, r0
	movt	r7, :upper16:.Lloom_demo_n11.multiplier
	sxtb16	r4, r5, ror #8
	str	r0, [sp, #68]
	ldr.w	r0, [r2, #360]
	mov.w	r2, #8388736
	smlabb	r11, r8, r4, r12
	str	r4, [sp, #52]
	sxtb16	r12, r0
	smlatt	r1, r6, r1, r9
	sxtab16	r5, r2, r3, ror #8
	ldr	r3, [sp, #84]
	smlabb	r2, r6, r12, lr
	add.w	lr, r7, r3
	movw	r7, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r3, [sp, #84]
	movt	r7, :upper16:.Lloom_demo_n11.requant_offset
	str	r1, [sp, #60]
	add	r3, r7
	ldr.w	r1, [lr, #292]
	sxtb16	r7, r0, ror #8
	lsls	r0, r2, #1
	ldr.w	r4, [r3, #288]
	ldr.w	r2, [lr, #288]
	str	r4, [sp, #48]
	@APP
	smmlar	r4, r0, r2, r4
	@NO_APP
	add.w	r0, r4, r0, asr #31
	str	r0, [sp, #56]
	ldr	r0, [sp, #40]
	smlabb	r11, r5, r7, r11
	smlatt	r9, r6, r12, r0
	ldr	r0, [sp, #76]
	smlabb	r0, r8, r10, r0
	str	r2, [sp, #44]
	lsl.w	r2, r11, #1
	str	r0, [sp, #32]
	ldr	r0, [sp, #80]
	ldr.w	r4, [r3, #292]
	smlatt	r0, r8, r10, r0
	@APP
	smmlar	r6, r2, r1, r4
	@NO_APP
	str	r0, [sp, #28]
	add.w	r0, r6, r2, asr #31
	str	r1, [sp, #40]
	ldr	r1, [sp, #52]
	str	r0, [sp, #76]
	ldr	r0, [sp, #72]
	str	r4, [sp, #36]
	smlatt	r8, r8, r1, r0
	lsl.w	r4, r9, #1
	ldr	r0, [sp, #64]
	ldr.w	r2, [lr, #296]
	ldr.w	r11, [r3, #296]
	ldr.w	r6, [r0, #216]
	@APP
	smmlar	r10, r4, r2, r11
	@NO_APP
	add.w	r0, r10, r4, asr #31
	str	r2, [sp, #80]
	str	r0, [sp, #72]
	smlatt	r2, r5, r7, r8
	mov.w	r0, #8388736
	ldr.w	r3, [r3, #300]
	sxtab16	r4, r0, r6
	ldr	r0, [sp, #68]
	smlabb	r0, r4, r12, r0
	lsls	r2, r2, #1
	mov	r9, r7
	ldr.w	r7, [lr, #300]
	str	r3, [sp, #68]
	@APP
	smmlar	r3, r2, r7, r3
	@NO_APP
	str	r7, [sp, #64]
	lsls	r0, r0, #1
	add.w	lr, r3, r2, asr #31
	movw	r7, :lower16:.Lloom_demo_n11.right_shift
	ldrd	r3, r2, [sp, #44]
	@APP
	smmlar	r2, r0, r3, r2
	@NO_APP
	ldr	r3, [sp, #84]
	movt	r7, :upper16:.Lloom_demo_n11.right_shift
	mov	r10, r12
	mov	r12, r1
	ldr	r1, [sp, #32]
	add.w	r8, r7, r3
	add.w	r0, r2, r0, asr #31
	mov.w	r2, #8388736
	smlabb	r1, r5, r12, r1
	sxtab16	r2, r2, r6, ror #8
	ldr.w	r6, [r8, #288]
	smlabb	r1, r2, r9, r1
	ldr	r7, [sp, #56]
	ldr	r3, [sp, #28]
	smlatt	r5, r5, r12, r3
	asr.w	r12, r7, r6
	ldr	r7, [sp, #60]
	asrs	r0, r6
	smlatt	r7, r4, r10, r7
	str	r0, [sp, #60]
	smlatt	r4, r2, r9, r5
	lsls	r0, r1, #1
	ldr.w	r10, [sp, #24]
	ldrd	r2, r1, [sp, #36]
	@APP
	smmlar	r1, r0, r1, r2
	@NO_APP
	add.w	r0, r1, r0, asr #31
	ldr	r1, [sp, #88]
	ldr.w	r2, [r8, #292]
	add	r1, r10
	asrs	r0, r2
	ssat	r3, #8, r12
	ldr	r6, [sp, #72]
	strb	r3, [r1, #-75]
	ldr	r3, [sp, #76]
	asrs	r3, r2
	ldrd	r9, r2, [r8, #296]
	asr.w	r5, r6, r9
	ldr	r6, [sp, #88]
	ssat	r3, #8, r3
	ldr.w	r8, [sp, #12]
	ssat	r5, #8, r5
	strb	r3, [r1, #-74]
	lsls	r7, r7, #1
	ldr	r3, [sp, #80]
	strb	r5, [r1, #-73]
	@APP
	smmlar	r5, r7, r3, r11
	@NO_APP
	lsls	r3, r4, #1
	add.w	r7, r5, r7, asr #31
	ldrd	r5, r4, [sp, #64]
	@APP
	smmlar	r5, r3, r5, r4
	@NO_APP
	add.w	r3, r5, r3, asr #31
	ssat	r0, #8, r0
	ldr	r5, [sp, #60]
	asr.w	r12, lr, r2
	strb	r0, [r1, #-2]
	asr.w	r2, r3, r2
	movw	lr, :lower16:.Lloom_demo_n11.weights
	asr.w	r0, r7, r9
	movt	lr, :upper16:.Lloom_demo_n11.weights
	ssat	r4, #8, r12
	ssat	r5, #8, r5
	strb	r4, [r1, #-72]
	ssat	r2, #8, r2
	strb	r5, [r1, #-3]
	ssat	r0, #8, r0
	strb.w	r2, [r10, r6]
	movw	r2, :lower16:.Lloom_demo_n11.bias
	adds	r6, #4
	strb	r0, [r1, #-1]
	ldr	r1, [sp, #84]
	movt	r2, :upper16:.Lloom_demo_n11.bias
	cmp	r6, #72
	add.w	r1, r1, #16
	bne.w	.LBB0_22
	ldr	r1, [sp]
	ldr	r7, [sp, #20]
	adds	r1, #1
	ldr	r3, [sp, #16]
	ldr	r0, [sp, #24]
	add.w	r4, r7, #144
	add.w	r8, r8, #144
	cmp	r1, #5
	add.w	r3, r3, #144
	add.w	r0, r0, #144
	bne.w	.LBB0_21
	movw	r0, #9288
	ldr	r3, [sp, #8]
	add	r0, r3
	str	r0, [sp, #24]
	movw	r0, #9360
	movw	r1, #9432
	add	r0, r3
	str	r0, [sp, #20]
	adds	r0, r3, r1
	str	r0, [sp, #16]
	movw	r0, #10299
	ldr	r7, [sp, #4]
	movw	r1, #10296
	add	r0, r7
	str	r0, [sp, #12]
	adds	r0, r3, r1
	str	r0, [sp, #8]
	movw	r0, #65248
	mov.w	r9, #0
	movt	r0, #65535
.LBB0_25:
	str	r0, [sp, #88]
	adds	r1, r2, r0
	ldr	r0, [sp, #24]
	movw	r11, :lower16:.Lloom_demo_n11.weights
	movt	r11, :upper16:.Lloom_demo_n11.weights
	mov.w	lr, #8388736
	ldr.w	r2, [r0, r9]
	ldr.w	r3, [r1, #288]
	ldr.w	r7, [r11, r9]
	add	r11, r9
	sxtab16	r6, lr, r2
	ldr.w	r4, [r1, #292]
	sxtb16	r5, r7
	smlabb	r12, r6, r5, r3
	sxtb16	r0, r7, ror #8
	ldr.w	r7, [r1, #296]
	smlatt	r6, r6, r5, r7
	ldr.w	r1, [r1, #300]
	str	r6, [sp, #84]
	ldr	r6, [sp, #20]
	sxtab16	r2, lr, r2, ror #8
	ldr.w	r6, [r6, r9]
	smlabb	r10, r2, r0, r4
	smlatt	r8, r2, r0, r1
	sxtab16	r2, lr, r6
	sxtab16	r6, lr, r6, ror #8
	smlabb	r3, r2, r5, r3
	smlabb	r4, r6, r0, r4
	str	r3, [sp, #80]
	smlatt	r5, r2, r5, r7
	smlatt	r7, r6, r0, r1
	ldr.w	r0, [r11, #72]
	sxtb16	r1, r0
	sxtb16	r0, r0, ror #8
	smlabb	r12, r2, r1, r12
	smlabb	r3, r6, r0, r10
	str	r3, [sp, #76]
	ldr	r3, [sp, #84]
	smlatt	r2, r2, r1, r3
	ldr	r3, [sp, #80]
	str	r2, [sp, #72]
	ldr	r2, [sp, #16]
	smlatt	r8, r6, r0, r8
	ldr	r6, [sp, #72]
	ldr.w	r2, [r2, r9]
	sxtab16	r10, lr, r2
	smlabb	r3, r10, r1, r3
	sxtab16	r2, lr, r2, ror #8
	str	r3, [sp, #84]
	smlabb	r3, r2, r0, r4
	ldr	r4, [sp, #8]
	smlatt	r1, r10, r1, r5
	str	r3, [sp, #80]
	str	r1, [sp, #68]
	ldr.w	r1, [r11, #144]
	smlatt	r0, r2, r0, r7
	add.w	r7, r4, r9
	str	r0, [sp, #64]
	ldr	r3, [sp, #76]
	sxtb16	r0, r1
	smlabb	r5, r10, r0, r12
	smlatt	r12, r10, r0, r6
	ldr	r0, [r7, #-144]
	sxtb16	r1, r1, ror #8
	ldr.w	r10, [r11, #216]
	ldr	r7, [r7, #-72]
	smlabb	r3, r2, r1, r3
	smlatt	r6, r2, r1, r8
	sxtab16	r2, lr, r0
	sxtb16	r1, r10
	sxtab16	r0, lr, r0, ror #8
	smlabb	r8, r2, r1, r5
	sxtb16	r10, r10, ror #8
	ldr	r5, [sp, #84]
	smlabb	r3, r0, r10, r3
	smlatt	r6, r0, r10, r6
	sxtab16	r0, lr, r7
	smlatt	r2, r2, r1, r12
	smlabb	r5, r0, r1, r5
	ldr.w	r12, [r11, #360]
	str	r5, [sp, #72]
	ldr	r5, [sp, #80]
	sxtab16	r7, lr, r7, ror #8
	smlabb	r5, r7, r10, r5
	str	r5, [sp, #76]
	ldr	r5, [sp, #68]
	smlatt	r1, r0, r1, r5
	ldr	r5, [sp, #64]
	str	r1, [sp, #84]
	ldr.w	r1, [r11, #288]
	smlatt	r5, r7, r10, r5
	str	r5, [sp, #80]
	sxtb16	r5, r1
	str	r5, [sp, #68]
	smlabb	r8, r0, r5, r8
	smlatt	r0, r0, r5, r2
	sxtb16	r1, r1, ror #8
	str	r0, [sp, #60]
	ldr.w	r0, [r4, r9]
	smlabb	r3, r7, r1, r3
	str	r1, [sp, #64]
	smlatt	r10, r7, r1, r6
	str	r3, [sp, #56]
	sxtab16	r3, lr, r0
	sxtb16	r1, r12
	mov	r4, r3
	smlabb	r2, r3, r1, r8
	movw	r3, :lower16:.Lloom_demo_n11.multiplier
	sxtab16	r7, lr, r0, ror #8
	ldr	r0, [sp, #88]
	movt	r3, :upper16:.Lloom_demo_n11.multiplier
	lsl.w	lr, r2, #1
	add.w	r11, r3, r0
	movw	r3, :lower16:.Lloom_demo_n11.requant_offset
	ldr	r0, [sp, #88]
	movt	r3, :upper16:.Lloom_demo_n11.requant_offset
	adds	r5, r3, r0
	ldr	r2, [sp, #56]
	sxtb16	r0, r12, ror #8
	ldr.w	r6, [r11, #288]
	ldr.w	r3, [r5, #288]
	smlabb	r2, r7, r0, r2
	str	r3, [sp, #48]
	@APP
	smmlar	r8, lr, r6, r3
	@NO_APP
	mov	r3, r4
	smlatt	r0, r7, r0, r10
	str	r4, [sp, #28]
	ldr	r4, [sp, #60]
	smlatt	r1, r3, r1, r4
	str	r0, [sp, #32]
	lsls	r0, r2, #1
	ldr.w	r12, [r11, #300]
	add.w	r4, r8, lr, asr #31
	str	r4, [sp, #60]
	lsls	r4, r1, #1
	str.w	r12, [sp, #36]
	ldrd	r10, r1, [r11, #292]
	ldrd	r8, r2, [r5, #292]
	@APP
	smmlar	lr, r0, r10, r8
	@NO_APP
	add.w	r0, lr, r0, asr #31
	str	r0, [sp, #44]
	@APP
	smmlar	r0, r4, r1, r2
	@NO_APP
	add.w	r0, r0, r4, asr #31
	str	r0, [sp, #40]
	ldrd	lr, r0, [sp, #68]
	smlabb	r4, r3, lr, r0
	ldr	r0, [sp, #32]
	lsls	r0, r0, #1
	str	r2, [sp, #56]
	movw	r2, :lower16:.Lloom_demo_n11.right_shift
	str	r1, [sp, #52]
	ldr.w	r3, [r5, #300]
	ldr	r1, [sp, #88]
	movt	r2, :upper16:.Lloom_demo_n11.right_shift
	@APP
	smmlar	r12, r0, r12, r3
	@NO_APP
	add.w	r0, r12, r0, asr #31
	adds	r5, r2, r1
	lsls	r4, r4, #1
	str	r0, [sp, #32]
	ldr	r0, [sp, #48]
	ldr	r1, [sp, #76]
	ldr	r2, [sp, #64]
	@APP
	smmlar	r0, r4, r6, r0
	@NO_APP
	smlabb	r1, r7, r2, r1
	str	r3, [sp, #72]
	add.w	r0, r0, r4, asr #31
	ldr.w	r4, [r5, #288]
	ldr	r3, [sp, #60]
	lsls	r1, r1, #1
	asr.w	r12, r3, r4
	ldr	r3, [sp, #28]
	ldr	r6, [sp, #84]
	smlatt	r11, r3, lr, r6
	asrs	r0, r4
	@APP
	smmlar	r3, r1, r10, r8
	@NO_APP
	ldr.w	lr, [sp, #12]
	str	r0, [sp, #84]
	ldr	r0, [sp, #80]
	add.w	r3, r3, r1, asr #31
	add.w	r1, lr, r9
	smlatt	r7, r7, r2, r0
	ldr.w	r4, [r5, #292]
	ldr	r0, [sp, #44]
	ssat	r2, #8, r12
	strb	r2, [r1, #-75]
	asr.w	r6, r0, r4
	asrs	r3, r4
	ldr	r0, [sp, #40]
	ldrd	r2, r4, [r5, #296]
	asr.w	r5, r0, r2
	ldr	r0, [sp, #32]
	ssat	r6, #8, r6
	ssat	r5, #8, r5
	strb	r6, [r1, #-74]
	asr.w	r12, r0, r4
	strb	r5, [r1, #-73]
	lsl.w	r5, r11, #1
	ldrd	r6, r0, [sp, #52]
	@APP
	smmlar	r6, r5, r6, r0
	@NO_APP
	lsls	r7, r7, #1
	add.w	r5, r6, r5, asr #31
	ldr	r0, [sp, #72]
	ldr	r6, [sp, #36]
	asr.w	r2, r5, r2
	@APP
	smmlar	r6, r7, r6, r0
	@NO_APP
	ssat	r0, #8, r12
	strb	r0, [r1, #-72]
	add.w	r0, r6, r7, asr #31
	asrs	r0, r4
	ldr	r7, [sp, #84]
	ssat	r3, #8, r3
	ssat	r0, #8, r0
	strb	r3, [r1, #-2]
	strb.w	r0, [lr, r9]
	add.w	r9, r9, #4
	ssat	r0, #8, r2
	movw	r2, :lower16:.Lloom_demo_n11.bias
	strb	r0, [r1, #-1]
	ldr	r0, [sp, #88]
	ssat	r7, #8, r7
	movt	r2, :upper16:.Lloom_demo_n11.bias
	cmp.w	r9, #72
	add.w	r0, r0, #16
	strb	r7, [r1, #-3]
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

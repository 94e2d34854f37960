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
	.file	"loom_demo_n13"
	.section	.text.loom_demo_n13,"ax",%progbits
	.globl	loom_demo_n13
	.p2align	1
	.type	loom_demo_n13,%function
	.code	16
	.thumb_func
loom_demo_n13:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #8
	subs	r1, #3
	subs	r0, #3
	subs	r5, r2, #4
	movw	lr, #26278
	ldrsb	r4, [r1, #4]!
	ldrsb	r2, [r0, #4]!
	ldrsb	r6, [r1, #-1]
	ldrsb	r7, [r0, #-1]
	add	r4, r2
	ldrsb.w	r2, [r0, #2]
	add	r6, r7
	ldrsb.w	r7, [r1, #2]
	ldrsb.w	r10, [r1, #1]
	ldrsb.w	r3, [r0, #1]
	lsl.w	r9, r6, #20
	add	r2, r7
	movt	lr, #26214
	mov.w	r8, #262144
	@APP
	smmlar	r7, r9, lr, r8
	@NO_APP
	lsl.w	r11, r4, #20
	add	r3, r10
	add.w	r6, r7, r6, asr #11
	@APP
	smmlar	r7, r11, lr, r8
	@NO_APP
	add.w	r4, r7, r4, asr #11
	lsl.w	r10, r3, #20
	ssat	r7, #8, r4, asr #19
	@APP
	smmlar	r4, r10, lr, r8
	@NO_APP
	add.w	r3, r4, r3, asr #11
	lsl.w	r12, r2, #20
	@APP
	smmlar	r4, r12, lr, r8
	@NO_APP
	ssat	r6, #8, r6, asr #19
	ssat	r3, #8, r3, asr #19
	add.w	r4, r4, r2, asr #11
	uxtb	r2, r6
	uxtb	r6, r3
	mov.w	r3, #864
	ssat	r4, #8, r4, asr #19
	subs.w	lr, r3, #1
	bfi	r2, r7, #8, #8
	orr.w	r2, r2, r6, lsl #16
	beq	.LBB0_3
	movw	r8, #26278
	movt	r8, #26214
.LBB0_2:
	ldrsb	r11, [r0, #4]!
	ldrsb	r7, [r1, #4]!
	strd	r4, r2, [sp]
	ldrsb.w	r2, [r0, #1]
	ldrsb.w	r4, [r1, #1]
	ldrsb	r3, [r0, #-1]
	ldrsb	r6, [r1, #-1]
	add	r2, r4
	add	r7, r11
	adds	r4, r3, r6
	lsl.w	r10, r2, #20
	ldrsb.w	r6, [r0, #2]
	ldrsb.w	r3, [r1, #2]
	mov	r9, r5
	mov.w	r11, #262144
	@APP
	smmlar	r5, r10, r8, r11
	@NO_APP
	add.w	r10, r5, r2, asr #11
	lsls	r2, r7, #20
	add	r3, r6
	lsl.w	r12, r4, #20
	@APP
	smmlar	r5, r12, r8, r11
	@NO_APP
	@APP
	smmlar	r2, r2, r8, r11
	@NO_APP
	add.w	r6, r5, r4, asr #11
	lsls	r5, r3, #20
	subs.w	lr, lr, #1
	add.w	r2, r2, r7, asr #11
	@APP
	smmlar	r7, r5, r8, r11
	@NO_APP
	add.w	r3, r7, r3, asr #11
	mov	r5, r9
	ldrd	r4, r7, [sp]
	ssat	r6, #8, r6, asr #19
	orr.w	r7, r7, r4, lsl #24
	str	r7, [r5, #4]!
	ssat	r7, #8, r10, asr #19
	ssat	r2, #8, r2, asr #19
	uxtb	r6, r6
	bfi	r6, r2, #8, #8
	uxtb	r2, r7
	ssat	r4, #8, r3, asr #19
	orr.w	r2, r6, r2, lsl #16
	bne	.LBB0_2
.LBB0_3:
	orr.w	r0, r2, r4, lsl #24
	str	r0, [r5, #4]!
	add	sp, #8
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n13, .Lfunc_end0-loom_demo_n13
	.cantunwind
	.fnend

	.section	".note.GNU-stack","",%progbits

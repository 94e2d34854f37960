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
	sub	sp, #4
	subs	r3, r1, #1
	subs	r0, #1
	mov.w	r1, #3456
	mov.w	r8, #1073741824
	ldrsb	r5, [r3, #1]!
	ldrsb	r6, [r0, #1]!
	mov.w	r11, #0
	movw	r9, #26278
	lsls	r5, r5, #21
	sub.w	r12, r2, #1
	lsls	r6, r6, #21
	@APP
	smmlar	r5, r5, r8, r11
	@NO_APP
	movt	r9, #26214
	mov.w	lr, #262144
	@APP
	smmlar	r6, r6, r8, r11
	@NO_APP
	subs.w	r10, r1, #1
	add	r5, r6
	beq	.LBB0_7
	ldrsb	r6, [r3, #1]!
	ldrsb	r7, [r0, #1]!
	lsls	r5, r5, #1
	mov	r4, r9
	lsls	r6, r6, #21
	@APP
	smmlar	r9, r5, r9, lr
	@NO_APP
	lsls	r7, r7, #21
	@APP
	smmlar	r1, r6, r8, r11
	@NO_APP
	@APP
	smmlar	r7, r7, r8, r11
	@NO_APP
	subs.w	r2, r10, #1
	add.w	r6, r9, r5, asr #31
	add.w	r5, r7, r1
	beq	.LBB0_5
	ldrsb	r1, [r3, #1]!
	lsls	r5, r5, #1
	ssat	r10, #8, r6, asr #19
	ldrsb	r6, [r0, #1]!
	@APP
	smmlar	r7, r5, r4, lr
	@NO_APP
	str	r7, [sp]
	lsls	r1, r1, #21
	mov	r7, r4
	@APP
	smmlar	r4, r1, r8, r11
	@NO_APP
	subs	r1, r2, #1
	ldr	r2, [sp]
	lsl.w	r6, r6, #21
	@APP
	smmlar	r9, r6, r8, r11
	@NO_APP
	add.w	r6, r2, r5, asr #31
	add.w	r5, r9, r4
	mov	r9, r7
	beq	.LBB0_4
.LBB0_3:
	ldrsb	r4, [r0, #1]!
	ldrsb	r2, [r3, #1]!
	lsls	r5, r5, #1
	strb	r10, [r12, #1]!
	lsls	r4, r4, #21
	subs	r1, #1
	lsl.w	r2, r2, #21
	@APP
	smmlar	r7, r5, r9, lr
	@NO_APP
	ssat	r10, #8, r6, asr #19
	@APP
	smmlar	r4, r4, r8, r11
	@NO_APP
	add.w	r6, r7, r5, asr #31
	@APP
	smmlar	r2, r2, r8, r11
	@NO_APP
	add.w	r5, r4, r2
	bne	.LBB0_3
.LBB0_4:
	strb	r10, [r12, #1]!
	b	.LBB0_6
.LBB0_5:
	mov	r9, r4
.LBB0_6:
	ssat	r0, #8, r6, asr #19
	strb	r0, [r12, #1]!
.LBB0_7:
	lsls	r0, r5, #1
	@APP
	smmlar	r1, r0, r9, lr
	@NO_APP
	add.w	r0, r1, r0, asr #31
	ssat	r0, #8, r0, asr #19
	strb	r0, [r12, #1]!
	add	sp, #4
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n13, .Lfunc_end0-loom_demo_n13
	.cantunwind
	.fnend

	.section	".note.GNU-stack","",%progbits

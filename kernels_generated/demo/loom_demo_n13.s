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
	movw	r3, #65535
	movw	r9, #0
	movt	r3, #3
	sub.w	lr, r1, #2
	sub.w	r10, r0, #2
	subs	r2, #2
	mov.w	r1, #3456
	movt	r9, #16380
	add.w	r0, r3, #262144
	str	r0, [sp]
.LBB0_1:
	ldrsb	r6, [lr, #3]!
	str	r1, [sp, #4]
	ldrsb	r4, [lr, #-1]
	mov.w	r0, #-1
	mov.w	r12, #-1
	movw	r11, #26278
	asrs	r7, r4, #31
	cmp.w	r4, #-1
	and.w	r8, r9, r4, lsl #18
	movt	r11, #26214
	orr.w	r3, r8, r7, lsl #30
	movw	r8, #1
	movt	r8, #49152
	mov	r4, r8
	it	le
	addle	r3, r0
	ldrsb	r7, [r10, #3]!
	asr.w	r5, r3, #31
	it	gt
	movgt.w	r4, #1073741824
	ldrsb	r1, [r10, #-1]
	adds.w	r4, r4, r5, lsr #1
	adc	r3, r3, #0
	lsrs	r4, r4, #31
	asrs	r5, r1, #31
	cmp.w	r1, #-1
	and.w	r0, r9, r1, lsl #18
	mov	r1, r8
	orr.w	r0, r0, r5, lsl #30
	it	le
	addle	r0, r12
	asr.w	r5, r0, #31
	it	gt
	movgt.w	r1, #1073741824
	adds.w	r1, r1, r5, lsr #1
	adc	r0, r0, #0
	lsrs	r1, r1, #31
	orr.w	r3, r4, r3, lsl #1
	orr.w	r0, r1, r0, lsl #1
	add	r0, r3
	asrs	r1, r0, #31
	umull	r3, r4, r0, r11
	mla	r1, r1, r11, r4
	cmp.w	r0, #-1
	mov	r0, r8
	mov.w	r4, #-1
	itt	gt
	movgt.w	r0, #1073741824
	movgt	r4, #0
	adds	r0, r0, r3
	ldr.w	r12, [sp]
	adcs	r1, r4
	movw	r4, #65535
	asrs	r3, r1, #31
	movt	r4, #3
	adds.w	r0, r0, r3, lsr #1
	adc	r1, r1, #0
	lsrs	r0, r0, #31
	lsls	r3, r1, #1
	orr.w	r0, r0, r1, lsl #1
	and.w	r0, r0, r12
	add.w	r5, r4, r3, lsr #31
	sbfx	r4, r1, #18, #13
	cmp	r0, r5
	mov.w	r0, #1
	and.w	r1, r9, r6, lsl #18
	it	hi
	addhi.w	r4, r0, r3, asr #19
	asrs	r0, r6, #31
	cmp.w	r6, #-1
	mov.w	r6, #-1
	and.w	r5, r9, r7, lsl #18
	orr.w	r0, r1, r0, lsl #30
	mov	r1, r8
	it	le
	addle	r0, r6
	asr.w	r3, r0, #31
	it	gt
	movgt.w	r1, #1073741824
	adds.w	r1, r1, r3, lsr #1
	asr.w	r3, r7, #31
	adc	r0, r0, #0
	cmp.w	r7, #-1
	lsr.w	r1, r1, #31
	orr.w	r3, r5, r3, lsl #30
	mov	r5, r8
	it	le
	addle	r3, r6
	asr.w	r6, r3, #31
	mov.w	r7, #-1
	it	gt
	movgt.w	r5, #1073741824
	adds.w	r5, r5, r6, lsr #1
	orr.w	r0, r1, r0, lsl #1
	adc	r1, r3, #0
	lsrs	r3, r5, #31
	orr.w	r1, r3, r1, lsl #1
	add	r0, r1
	asrs	r1, r0, #31
	umull	r3, r5, r0, r11
	mla	r1, r1, r11, r5
	cmp.w	r0, #-1
	mov	r0, r8
	mov.w	r5, #-1
	itt	gt
	movgt.w	r0, #1073741824
	movgt	r5, #0
	adds	r0, r0, r3
	mov.w	r11, #-1
	adcs	r1, r5
	movw	r5, #65535
	asrs	r3, r1, #31
	movt	r5, #3
	adds.w	r0, r0, r3, lsr #1
	adc	r1, r1, #0
	lsrs	r0, r0, #31
	lsls	r3, r1, #1
	orr.w	r0, r0, r1, lsl #1
	and.w	r0, r0, r12
	add.w	r5, r5, r3, lsr #31
	cmp	r0, r5
	ldrsb.w	r0, [lr, #1]
	sbfx	r6, r1, #18, #13
	mov.w	r1, #1
	it	hi
	addhi.w	r6, r1, r3, asr #19
	asrs	r1, r0, #31
	cmp.w	r0, #-1
	and.w	r3, r9, r0, lsl #18
	mov	r0, r8
	orr.w	r1, r3, r1, lsl #30
	it	le
	addle	r1, r7
	asr.w	r3, r1, #31
	it	gt
	movgt.w	r0, #1073741824
	ldrsb.w	r5, [r10, #1]
	adds.w	r0, r0, r3, lsr #1
	adc	r1, r1, #0
	lsrs	r0, r0, #31
	asrs	r3, r5, #31
	cmp.w	r5, #-1
	and.w	r7, r9, r5, lsl #18
	mov	r5, r8
	orr.w	r3, r7, r3, lsl #30
	it	le
	addle	r3, r11
	asr.w	r7, r3, #31
	it	gt
	movgt.w	r5, #1073741824
	adds.w	r5, r5, r7, lsr #1
	movw	r7, #26278
	orr.w	r0, r0, r1, lsl #1
	adc	r1, r3, #0
	lsrs	r3, r5, #31
	movt	r7, #26214
	orr.w	r1, r3, r1, lsl #1
	add	r0, r1
	asrs	r1, r0, #31
	umull	r3, r5, r0, r7
	mla	r1, r1, r7, r5
	cmp.w	r0, #-1
	mov.w	r5, #-1
	movw	r7, #65535
	itt	gt
	movgt.w	r8, #1073741824
	movgt	r5, #0
	adds.w	r0, r3, r8
	movt	r7, #3
	adcs	r1, r5
	asrs	r3, r1, #31
	adds.w	r0, r0, r3, lsr #1
	adc	r1, r1, #0
	lsrs	r0, r0, #31
	lsls	r3, r1, #1
	orr.w	r0, r0, r1, lsl #1
	and.w	r0, r0, r12
	add.w	r5, r7, r3, lsr #31
	cmp	r0, r5
	ssat	r0, #8, r6
	sbfx	r1, r1, #18, #13
	strb	r0, [r2, #3]!
	mov.w	r0, #1
	it	hi
	addhi.w	r1, r0, r3, asr #19
	ssat	r0, #8, r4
	strb	r0, [r2, #-1]
	ssat	r0, #8, r1
	ldr	r1, [sp, #4]
	subs	r1, #3
	strb	r0, [r2, #1]
	bne.w	.LBB0_1
	add	sp, #8
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n13, .Lfunc_end0-loom_demo_n13
	.cantunwind
	.fnend

	.section	".note.GNU-stack","",%progbits

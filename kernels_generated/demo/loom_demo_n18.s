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
	.file	"loom_demo_n18"
	.section	.text.loom_demo_n18,"ax",%progbits
	.globl	loom_demo_n18
	.p2align	1
	.type	loom_demo_n18,%function
	.code	16
	.thumb_func
loom_demo_n18:
	.fnstart
	push	{r4, r5, r6, r7, lr}
	mov.w	lr, #0
	movw	r12, #3641
.LBB0_1:
	add.w	r3, r0, lr
	ldrb.w	r2, [r0, lr]
	ldrb.w	r4, [r3, #32]
	ldrb.w	r5, [r3, #64]
	sxtb	r2, r2
	ldrb.w	r6, [r3, #96]
	ldrb.w	r7, [r3, #128]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #160]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #192]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #224]
	sxtab	r2, r2, r7
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #256]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #288]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #320]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #352]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #384]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #416]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #448]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #480]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #512]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #544]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #576]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #608]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #640]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #672]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #704]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #736]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #768]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #800]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #832]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #864]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #896]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #928]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #960]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #992]
	sxtab	r2, r2, r4
	ldrb.w	r4, [r3, #1024]
	sxtab	r2, r2, r5
	ldrb.w	r5, [r3, #1056]
	sxtab	r2, r2, r6
	ldrb.w	r6, [r3, #1088]
	sxtab	r2, r2, r4
	ldrb.w	r3, [r3, #1120]
	sxtab	r2, r2, r5
	sxtab	r2, r2, r6
	sxtab	r2, r2, r3
	movw	r3, #65518
	cmp	r2, #0
	it	gt
	movgt	r3, #18
	add	r2, r3
	smulbb	r2, r12, r2
	lsrs	r3, r2, #17
	add.w	r2, r3, r2, lsr #31
	strb.w	r2, [r1, lr]
	add.w	lr, lr, #1
	cmp.w	lr, #32
	bne.w	.LBB0_1
	pop	{r4, r5, r6, r7, pc}
.Lfunc_end0:
	.size	loom_demo_n18, .Lfunc_end0-loom_demo_n18
	.cantunwind
	.fnend

	.section	".note.GNU-stack","",%progbits

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
	.file	"loom_demo_n4"
	.section	.text.loom_demo_n4,"ax",%progbits
	.globl	loom_demo_n4
	.p2align	1
	.type	loom_demo_n4,%function
	.code	16
	.thumb_func
loom_demo_n4:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #128
	movw	r9, :lower16:.Lloom_demo_n4.right_shift
	movw	r8, :lower16:.Lloom_demo_n4.multiplier
	movw	r12, :lower16:.Lloom_demo_n4.requant_offset
	movs	r3, #0
	movt	r9, :upper16:.Lloom_demo_n4.right_shift
	movt	r8, :upper16:.Lloom_demo_n4.multiplier
	movt	r12, :upper16:.Lloom_demo_n4.requant_offset
	str	r0, [sp]
.LBB0_1:
	movw	r11, :lower16:.Lloom_demo_n4.bias_folded
	movw	r6, :lower16:.Lloom_demo_n4.weights
	movt	r11, :upper16:.Lloom_demo_n4.bias_folded
	lsls	r7, r3, #5
	add.w	r0, r11, r3, lsl #3
	movt	r6, :upper16:.Lloom_demo_n4.weights
	lsls	r2, r3, #1
	ldr.w	r11, [r11, r3, lsl #3]
	ldr	r0, [r0, #4]
	adds	r2, #1
	str	r0, [sp, #16]
	add.w	r0, r6, r3, lsl #5
	str	r2, [sp, #96]
	ldr	r2, [r6, r7]
	sxtb16	r7, r2, ror #8
	str	r7, [sp, #92]
	sxtb16	r2, r2
	str	r2, [sp, #88]
	ldrd	r10, r7, [r0, #12]
	ldrd	r4, r2, [r0, #4]
	sxtb16	lr, r7, ror #8
	str.w	lr, [sp, #84]
	sxtb16	r7, r7
	str	r7, [sp, #20]
	ldrd	r6, r5, [r0, #20]
	sxtb16	r7, r4, ror #8
	ldr	r0, [r0, #28]
	sxtb16	r4, r4
	str	r4, [sp, #76]
	sxtb16	r4, r6, ror #8
	str	r4, [sp, #72]
	sxtb16	r4, r6
	str	r4, [sp, #68]
	sxtb16	r4, r2, ror #8
	str	r7, [sp, #80]
	sxtb16	r2, r2
	str	r2, [sp, #60]
	sxtb16	r2, r5, ror #8
	str	r2, [sp, #56]
	sxtb16	r2, r5
	str	r2, [sp, #52]
	sxtb16	r2, r10, ror #8
	str	r2, [sp, #48]
	sxtb16	r2, r10
	str	r2, [sp, #44]
	sxtb16	r2, r0, ror #8
	str	r2, [sp, #40]
	sxtb16	r0, r0
	str	r0, [sp, #36]
	ldr.w	r0, [r8, r3, lsl #3]
	str	r0, [sp, #28]
	ldr.w	r0, [r12, r3, lsl #3]
	str	r0, [sp, #24]
	movs	r0, #0
	mov	r7, r1
	ldr	r2, [sp]
	str	r4, [sp, #64]
	ldr.w	r4, [r9, r3, lsl #3]
	str	r3, [sp, #4]
	str	r1, [sp, #8]
	str.w	r11, [sp, #32]
	str	r4, [sp, #120]
.LBB0_2:
	movs	r1, #0
	str	r0, [sp, #12]
	strd	r2, r7, [sp, #100]
.LBB0_3:
	str	r1, [sp, #124]
	ldr	r0, [r2, r1]
	sxtb16	r1, r0
	ldr.w	r12, [sp, #20]
	sxtb16	r6, r0, ror #8
	ldr	r0, [sp, #124]
	ldr.w	lr, [sp, #88]
	add.w	r8, r2, r0
	mov	r5, r11
	smlad	r3, r1, lr, r11
	ldr	r7, [sp, #92]
	ldr.w	r10, [sp, #16]
	smlad	r1, r1, r12, r10
	ldr.w	r11, [sp, #84]
	smlad	r0, r6, r7, r3
	smlad	r9, r6, r11, r1
	ldr.w	r6, [r8, #16]
	sxtb16	r2, r6
	ldr.w	r1, [r8, #4]
	sxtb16	r6, r6, ror #8
	smlad	r3, r2, lr, r5
	smlad	r2, r2, r12, r10
	smlad	r3, r6, r7, r3
	smlad	r2, r6, r11, r2
	ldr.w	r6, [r8, #32]
	sxtb16	r4, r6
	sxtb16	r6, r6, ror #8
	smlad	r5, r4, lr, r5
	smlad	r4, r4, r12, r10
	ldr.w	lr, [sp, #80]
	smlad	r5, r6, r7, r5
	smlad	r11, r6, r11, r4
	ldr	r4, [sp, #76]
	sxtb16	r6, r1
	sxtb16	r1, r1, ror #8
	smlad	r7, r6, r4, r0
	ldr	r0, [sp, #68]
	smlad	r12, r1, lr, r7
	smlad	r6, r6, r0, r9
	ldr	r7, [sp, #72]
	smlad	r9, r1, r7, r6
	ldr.w	r6, [r8, #20]
	sxtb16	r1, r6
	sxtb16	r6, r6, ror #8
	smlad	r3, r1, r4, r3
	smlad	r1, r1, r0, r2
	ldr.w	r2, [r8, #36]
	smlad	r3, r6, lr, r3
	smlad	r10, r6, r7, r1
	sxtb16	r6, r2
	sxtb16	r2, r2, ror #8
	smlad	r5, r6, r4, r5
	smlad	r4, r6, r0, r11
	ldr.w	r6, [r8, #8]
	smlad	lr, r2, lr, r5
	ldr	r5, [sp, #60]
	smlad	r11, r2, r7, r4
	ldr	r2, [sp, #52]
	sxtb16	r4, r6
	ldr	r0, [sp, #64]
	sxtb16	r6, r6, ror #8
	smlad	r7, r4, r5, r12
	smlad	r4, r4, r2, r9
	ldr.w	r12, [sp, #56]
	smlad	r7, r6, r0, r7
	ldr.w	r9, [sp, #48]
	smlad	r1, r6, r12, r4
	ldr.w	r6, [r8, #24]
	str	r1, [sp, #116]
	sxtb16	r1, r6
	sxtb16	r6, r6, ror #8
	smlad	r3, r1, r5, r3
	smlad	r1, r1, r2, r10
	smlad	r3, r6, r0, r3
	smlad	r1, r6, r12, r1
	ldr.w	r6, [r8, #40]
	sxtb16	r4, r6
	sxtb16	r6, r6, ror #8
	smlad	r5, r4, r5, lr
	smlad	r10, r6, r0, r5
	ldr	r5, [sp, #44]
	smlad	r0, r4, r2, r11
	ldr.w	r4, [r8, #12]
	sxtb16	r2, r4
	smlad	lr, r6, r12, r0
	sxtb16	r4, r4, ror #8
	smlad	r6, r2, r5, r7
	ldr	r7, [sp, #36]
	smlad	r0, r4, r9, r6
	ldr	r6, [sp, #116]
	smlad	r2, r2, r7, r6
	ldr.w	r11, [sp, #40]
	smlad	r6, r4, r11, r2
	ldr.w	r2, [r8, #28]
	sxtb16	r4, r2
	smlad	r3, r4, r5, r3
	lsls	r6, r6, #1
	sxtb16	r2, r2, ror #8
	smlad	r1, r4, r7, r1
	smlad	r3, r2, r9, r3
	ldr	r4, [sp, #120]
	str	r3, [sp, #112]
	lsls	r3, r0, #1
	smlad	r0, r2, r11, r1
	str	r0, [sp, #116]
	ldr.w	r0, [r8, #44]
	ldrd	r2, r12, [sp, #24]
	@APP
	smmlar	r1, r3, r12, r2
	@NO_APP
	ldr.w	r8, [sp, #96]
	add.w	r1, r1, r3, asr #31
	sxtb16	r3, r0, ror #8
	asr.w	r4, r1, r4
	sxtb16	r0, r0
	movw	r1, :lower16:.Lloom_demo_n4.requant_offset
	smlad	r10, r0, r5, r10
	movt	r1, :upper16:.Lloom_demo_n4.requant_offset
	smlad	r0, r0, r7, lr
	ldr	r5, [sp, #112]
	str	r0, [sp, #108]
	movw	r0, :lower16:.Lloom_demo_n4.multiplier
	movt	r0, :upper16:.Lloom_demo_n4.multiplier
	ldr.w	r1, [r1, r8, lsl #2]
	lsls	r5, r5, #1
	smlad	lr, r3, r9, r10
	ldr.w	r0, [r0, r8, lsl #2]
	@APP
	smmlar	r7, r6, r0, r1
	@NO_APP
	ssat	r10, #8, r4
	ldr	r4, [sp, #108]
	add.w	r7, r7, r6, asr #31
	@APP
	smmlar	r6, r5, r12, r2
	@NO_APP
	smlad	r4, r3, r11, r4
	ldr	r3, [sp, #116]
	add.w	r6, r6, r5, asr #31
	movw	r9, :lower16:.Lloom_demo_n4.right_shift
	lsls	r5, r3, #1
	str	r6, [sp, #112]
	movt	r9, :upper16:.Lloom_demo_n4.right_shift
	@APP
	smmlar	r6, r5, r0, r1
	@NO_APP
	lsl.w	r3, lr, #1
	ldr.w	r11, [sp, #32]
	add.w	r5, r6, r5, asr #31
	@APP
	smmlar	r6, r3, r12, r2
	@NO_APP
	add.w	r12, r6, r3, asr #31
	ldr.w	r6, [r9, r8, lsl #2]
	lsls	r2, r4, #1
	@APP
	smmlar	r0, r2, r0, r1
	@NO_APP
	asr.w	r1, r7, r6
	ldr	r7, [sp, #104]
	ldr	r4, [sp, #124]
	ldr	r3, [sp, #112]
	add.w	r0, r0, r2, asr #31
	ldr	r2, [sp, #124]
	strb.w	r10, [r7, r4]
	ldr	r4, [sp, #120]
	asr.w	r4, r3, r4
	add	r2, r7
	ssat	r1, #8, r1
	ssat	r4, #8, r4
	strb	r1, [r2, #1]
	asr.w	r1, r5, r6
	strb	r4, [r2, #16]
	ldr	r4, [sp, #120]
	asrs	r0, r6
	asr.w	r3, r12, r4
	ssat	r1, #8, r1
	strb	r1, [r2, #17]
	ssat	r1, #8, r3
	strb.w	r1, [r2, #32]
	ldr	r1, [sp, #124]
	adds	r1, #48
	ssat	r0, #8, r0
	cmp.w	r1, #384
	strb.w	r0, [r2, #33]
	ldr	r2, [sp, #100]
	bne.w	.LBB0_3
	ldr	r0, [sp, #12]
	add.w	r2, r2, #384
	adds	r0, #1
	add.w	r7, r7, #384
	cmp	r0, #24
	bne.w	.LBB0_2
	ldr	r3, [sp, #4]
	ldr	r1, [sp, #8]
	adds	r3, #1
	movw	r8, :lower16:.Lloom_demo_n4.multiplier
	movw	r12, :lower16:.Lloom_demo_n4.requant_offset
	cmp	r3, #8
	add.w	r1, r1, #2
	movt	r8, :upper16:.Lloom_demo_n4.multiplier
	movt	r12, :upper16:.Lloom_demo_n4.requant_offset
	bne.w	.LBB0_1
	add	sp, #128
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n4, .Lfunc_end0-loom_demo_n4
	.cantunwind
	.fnend

	.type	.Lloom_demo_n4.bias_folded,%object
	.section	.rodata..Lloom_demo_n4.bias_folded,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n4.bias_folded:
	.long	4294934042
	.long	4294949707
	.long	4294887892
	.long	4294918320
	.long	15840
	.long	4294942368
	.long	58463
	.long	10571
	.long	4294961136
	.long	16121
	.long	4294960953
	.long	4294938124
	.long	4294951443
	.long	4294946372
	.long	4294965833
	.long	4294960300
	.size	.Lloom_demo_n4.bias_folded, 64

	.type	.Lloom_demo_n4.weights,%object
	.section	.rodata..Lloom_demo_n4.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n4.weights:
	.ascii	"\210(v\327\275\247\226\206\201I)\3673\267rA\026\376\336\234\324\316\246Mc\350\333K\216j\2547\361\254\351\331\t\223\020\304\371\2479\205\365\250S\203\312L\364>\2058\350\r\364\266\344\201\247\355\353\356\333~dVRt\027\031\265\246\027\224\215\335i\241\301\257S\275\371\263\277\235\354\334\177\316L\330V \0025\275\364\322hK\331t\3263zY\351\0206\254\246\f\224\031Z\243\324\001G\320)f)m/s\265\033\004J0n\205#\024\212\305\271=\275\327\324\274QQSe\0335\204\371L\201\030\233\0338\215\016l&y\215\223#\3020\350\311O\311s\303\232\024\302\267\204\342\352\224\311\022\375o0?\tH\201j\211\233\020\006/\351\274#D\241!x\372\376L^\025\371q\204\031\n\275\227\222\213\227\245\177W]\260yt\207\277*\267=\316H\224\3554\241$\000\027%\270s\232D\024\373\271U\303%\236\205a"
	.size	.Lloom_demo_n4.weights, 256

	.type	.Lloom_demo_n4.multiplier,%object
	.section	.rodata..Lloom_demo_n4.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n4.multiplier:
	.long	1328423359
	.long	1700070019
	.long	1384360416
	.long	1573399558
	.long	1376443540
	.long	1211769877
	.long	2082509038
	.long	1361292405
	.long	1195602723
	.long	1332113223
	.long	1851516915
	.long	2068560200
	.long	1163256444
	.long	2117528635
	.long	1373298053
	.long	1798643275
	.size	.Lloom_demo_n4.multiplier, 64

	.type	.Lloom_demo_n4.requant_offset,%object
	.section	.rodata..Lloom_demo_n4.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n4.requant_offset:
	.long	64
	.long	128
	.long	64
	.long	128
	.long	64
	.long	64
	.long	128
	.long	64
	.long	128
	.long	64
	.long	128
	.long	128
	.long	64
	.long	256
	.long	64
	.long	128
	.size	.Lloom_demo_n4.requant_offset, 64

	.type	.Lloom_demo_n4.right_shift,%object
	.section	.rodata..Lloom_demo_n4.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n4.right_shift:
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	7
	.long	9
	.long	7
	.long	8
	.size	.Lloom_demo_n4.right_shift, 64

	.section	".note.GNU-stack","",%progbits

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
	sub	sp, #156
	str	r0, [sp]
	movw	r0, :lower16:.Lloom_demo_n4.weights
	movw	r3, :lower16:.Lloom_demo_n4.bias_folded
	movw	r6, :lower16:.Lloom_demo_n4.requant_offset
	movt	r0, :upper16:.Lloom_demo_n4.weights
	movs	r2, #0
	movt	r3, :upper16:.Lloom_demo_n4.bias_folded
	movt	r6, :upper16:.Lloom_demo_n4.requant_offset
	subs	r0, #16
	str	r0, [sp, #12]
.LBB0_1:
	str	r2, [sp, #4]
	add.w	r0, r2, r2, lsl #1
	ldr	r2, [sp]
	mov	r12, r1
	str	r1, [sp, #8]
	add.w	r0, r2, r0, lsl #7
	str	r0, [sp, #16]
	movs	r0, #0
.LBB0_2:
	lsls	r1, r0, #6
	ldr	r2, [sp, #16]
	str	r0, [sp, #20]
	mov.w	lr, #0
	add.w	r0, r2, r0, lsl #6
	ldr	r1, [r2, r1]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #148]
	ldr	r2, [r0, #16]
	ldr.w	r8, [sp, #12]
	sxtb16	r7, r2, ror #8
	str	r7, [sp, #140]
	sxtb16	r2, r2
	str	r2, [sp, #136]
	ldr	r2, [r0, #32]
	str.w	r12, [sp, #152]
	sxtb16	r7, r2, ror #8
	str	r7, [sp, #132]
	sxtb16	r2, r2
	str	r2, [sp, #128]
	sxtb16	r1, r1
	ldr	r2, [r0, #48]
	str	r1, [sp, #144]
	ldr	r1, [r0, #4]
	sxtb16	r7, r2, ror #8
	str	r7, [sp, #124]
	sxtb16	r2, r2
	str	r2, [sp, #120]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #116]
	sxtb16	r1, r1
	str	r1, [sp, #112]
	ldr	r1, [r0, #20]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #108]
	sxtb16	r1, r1
	str	r1, [sp, #104]
	ldr	r1, [r0, #36]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #100]
	sxtb16	r1, r1
	str	r1, [sp, #96]
	ldr	r1, [r0, #52]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #92]
	sxtb16	r1, r1
	str	r1, [sp, #88]
	ldr	r1, [r0, #8]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #84]
	sxtb16	r1, r1
	str	r1, [sp, #80]
	ldr	r1, [r0, #24]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #76]
	sxtb16	r1, r1
	str	r1, [sp, #72]
	ldr	r1, [r0, #40]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #68]
	sxtb16	r1, r1
	str	r1, [sp, #64]
	ldr	r1, [r0, #56]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #60]
	sxtb16	r1, r1
	str	r1, [sp, #56]
	ldr	r1, [r0, #12]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #52]
	sxtb16	r1, r1
	str	r1, [sp, #48]
	ldr	r1, [r0, #28]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #44]
	sxtb16	r1, r1
	str	r1, [sp, #40]
	ldr	r1, [r0, #44]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #36]
	sxtb16	r1, r1
	str	r1, [sp, #32]
	ldr	r1, [r0, #60]
	sxtb16	r0, r1, ror #8
	str	r0, [sp, #28]
	sxtb16	r0, r1
	str	r0, [sp, #24]
.LBB0_3:
	ldr	r5, [r8, #16]!
	ldr	r0, [sp, #144]
	sxtb16	r7, r5
	ldr.w	r4, [r3, lr, lsl #2]
	sxtb16	r5, r5, ror #8
	smlad	r2, r0, r7, r4
	ldr	r0, [sp, #148]
	ldr.w	r11, [r6, lr, lsl #2]
	smlad	r2, r0, r5, r2
	ldr	r0, [sp, #136]
	smlad	r3, r0, r7, r4
	ldr	r0, [sp, #140]
	smlad	r3, r0, r5, r3
	ldr	r0, [sp, #128]
	smlad	r0, r0, r7, r4
	ldr	r1, [sp, #132]
	smlad	r0, r1, r5, r0
	ldr	r1, [sp, #120]
	smlad	r4, r1, r7, r4
	ldr	r1, [sp, #124]
	smlad	r4, r1, r5, r4
	ldr.w	r5, [r8, #4]
	sxtb16	r7, r5
	ldr	r1, [sp, #112]
	sxtb16	r5, r5, ror #8
	smlad	r2, r1, r7, r2
	ldr	r1, [sp, #116]
	smlad	r2, r1, r5, r2
	ldr	r1, [sp, #104]
	smlad	r3, r1, r7, r3
	ldr	r1, [sp, #108]
	smlad	r3, r1, r5, r3
	ldr	r1, [sp, #96]
	smlad	r0, r1, r7, r0
	ldr	r1, [sp, #100]
	smlad	r0, r1, r5, r0
	ldr	r1, [sp, #88]
	smlad	r4, r1, r7, r4
	ldr.w	r7, [r8, #8]
	ldr	r1, [sp, #92]
	smlad	r4, r1, r5, r4
	ldr	r1, [sp, #80]
	sxtb16	r5, r7
	sxtb16	r7, r7, ror #8
	smlad	r2, r1, r5, r2
	ldr	r1, [sp, #84]
	smlad	r2, r1, r7, r2
	ldr	r1, [sp, #72]
	smlad	r3, r1, r5, r3
	ldr	r1, [sp, #76]
	smlad	r3, r1, r7, r3
	ldr	r1, [sp, #64]
	smlad	r0, r1, r5, r0
	ldr	r1, [sp, #68]
	smlad	r0, r1, r7, r0
	ldr	r1, [sp, #56]
	smlad	r4, r1, r5, r4
	ldr.w	r5, [r8, #12]
	ldr	r1, [sp, #60]
	smlad	r7, r1, r7, r4
	ldr	r1, [sp, #48]
	sxtb16	r12, r5
	ldr	r4, [sp, #32]
	sxtb16	r9, r5, ror #8
	smlad	r2, r1, r12, r2
	ldr	r1, [sp, #52]
	smlad	r0, r4, r12, r0
	smlad	r2, r1, r9, r2
	ldr	r1, [sp, #40]
	smlad	r3, r1, r12, r3
	ldr	r1, [sp, #44]
	smlad	r3, r1, r9, r3
	movw	r1, :lower16:.Lloom_demo_n4.multiplier
	movt	r1, :upper16:.Lloom_demo_n4.multiplier
	lsls	r2, r2, #1
	ldr	r5, [sp, #36]
	lsls	r3, r3, #1
	ldr.w	r10, [r1, lr, lsl #2]
	movw	r1, :lower16:.Lloom_demo_n4.right_shift
	movt	r1, :upper16:.Lloom_demo_n4.right_shift
	@APP
	smmlar	r4, r2, r10, r11
	@NO_APP
	add.w	r2, r4, r2, asr #31
	smlad	r0, r5, r9, r0
	ldr.w	r4, [r1, lr, lsl #2]
	ldr	r1, [sp, #24]
	smlad	r7, r1, r12, r7
	ldr.w	r12, [sp, #28]
	smlad	r7, r12, r9, r7
	@APP
	smmlar	r5, r3, r10, r11
	@NO_APP
	lsls	r0, r0, #1
	ldr	r1, [sp, #152]
	asrs	r2, r4
	add.w	r3, r5, r3, asr #31
	@APP
	smmlar	r5, r0, r10, r11
	@NO_APP
	lsls	r7, r7, #1
	add.w	r0, r5, r0, asr #31
	@APP
	smmlar	r5, r7, r10, r11
	@NO_APP
	asrs	r3, r4
	ssat	r2, #8, r2
	add.w	r7, r5, r7, asr #31
	add.w	r5, r1, lr
	asrs	r0, r4
	strb.w	r2, [r1, lr]
	ssat	r3, #8, r3
	add.w	lr, lr, #1
	asr.w	r2, r7, r4
	strb	r3, [r5, #16]
	movw	r3, :lower16:.Lloom_demo_n4.bias_folded
	cmp.w	lr, #16
	ssat	r0, #8, r0
	movt	r3, :upper16:.Lloom_demo_n4.bias_folded
	strb.w	r0, [r5, #32]
	ssat	r0, #8, r2
	strb.w	r0, [r5, #48]
	bne.w	.LBB0_3
	ldr	r0, [sp, #20]
	add.w	r12, r1, #64
	adds	r0, #1
	cmp	r0, #6
	bne.w	.LBB0_2
	ldr	r2, [sp, #4]
	ldr	r1, [sp, #8]
	adds	r2, #1
	add.w	r1, r1, #384
	cmp	r2, #24
	bne.w	.LBB0_1
	add	sp, #156
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

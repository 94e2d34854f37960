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
	.file	"loom_demo_n20"
	.section	.text.loom_demo_n20,"ax",%progbits
	.globl	loom_demo_n20
	.p2align	1
	.type	loom_demo_n20,%function
	.code	16
	.thumb_func
loom_demo_n20:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #64
	mov	r5, r0
	ldr	r0, [r0]
	mov	r6, r1
	ldr	r1, [r5, #4]
	ldr	r2, [r5, #8]
	sxtb16	r7, r0, ror #8
	ldr	r3, [r5, #12]
	sxtb16	r0, r0
	str	r0, [sp, #56]
	sxtb16	r0, r1, ror #8
	str	r0, [sp, #52]
	sxtb16	r0, r1
	str	r0, [sp, #48]
	sxtb16	r0, r2, ror #8
	str	r0, [sp, #44]
	sxtb16	r0, r2
	str	r0, [sp, #40]
	sxtb16	r0, r3, ror #8
	str	r0, [sp, #36]
	sxtb16	r0, r3
	str	r0, [sp, #32]
	ldr	r0, [r5, #16]
	ldr	r2, [r5, #28]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #28]
	sxtb16	r0, r0
	str	r0, [sp, #24]
	ldr	r0, [r5, #20]
	str	r7, [sp, #60]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #20]
	sxtb16	r0, r0
	str	r0, [sp, #16]
	ldr	r0, [r5, #24]
	subs	r6, #1
	sxtb16	r1, r0, ror #8
	movs	r7, #0
	sxtb16	r0, r0
	str	r0, [sp, #8]
	sxtb16	r0, r2, ror #8
	str	r0, [sp, #4]
	sxtb16	r0, r2
	movw	r2, :lower16:.Lloom_demo_n20.requant_offset
	movt	r2, :upper16:.Lloom_demo_n20.requant_offset
	ldr.w	lr, [sp, #4]
	sub.w	r8, r2, #4
	movw	r2, :lower16:.Lloom_demo_n20.multiplier
	movt	r2, :upper16:.Lloom_demo_n20.multiplier
	str	r1, [sp, #12]
	sub.w	r9, r2, #4
	movw	r2, :lower16:.Lloom_demo_n20.right_shift
	movt	r2, :upper16:.Lloom_demo_n20.right_shift
	str	r0, [sp]
	sub.w	r10, r2, #4
	movw	r2, :lower16:.Lloom_demo_n20.bias
	movt	r2, :upper16:.Lloom_demo_n20.bias
	sub.w	r11, r2, #4
.LBB0_1:
	movw	r0, :lower16:.Lloom_demo_n20.weights_i16
	ldr	r3, [r11, #8]!
	movt	r0, :upper16:.Lloom_demo_n20.weights_i16
	ldr	r4, [r11, #-4]
	adds	r2, r0, r7
	ldr	r1, [sp, #56]
	ldr	r5, [r0, r7]
	ldr	r0, [sp, #60]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #4]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #64]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #68]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #8]
	ldr	r1, [sp, #48]
	ldr	r0, [sp, #52]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #12]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #72]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #76]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #16]
	ldr	r1, [sp, #40]
	ldr	r0, [sp, #44]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #20]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #80]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #84]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #24]
	ldr	r1, [sp, #32]
	ldr	r0, [sp, #36]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #28]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #88]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #92]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #32]
	ldr	r1, [sp, #24]
	ldr	r0, [sp, #28]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #36]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #96]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #100]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #40]
	ldr	r1, [sp, #16]
	ldr	r0, [sp, #20]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #44]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #104]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #108]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #48]
	ldr	r1, [sp, #8]
	ldr	r0, [sp, #12]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #52]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #112]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #116]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #56]
	ldr	r0, [sp]
	ldr	r12, [r8, #8]!
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #60]
	smlad	r4, lr, r5, r4
	adds	r7, #128
	ldrd	r2, r5, [r2, #120]
	smlad	r2, r0, r2, r3
	lsls	r3, r4, #1
	ldr	r4, [r9, #8]!
	smlad	r2, lr, r5, r2
	ldr	r1, [r9, #-4]
	ldr	r0, [r8, #-4]
	@APP
	smmlar	r0, r3, r1, r0
	@NO_APP
	ldr	r1, [r10, #8]!
	lsls	r2, r2, #1
	cmp.w	r7, #640
	add.w	r0, r0, r3, asr #31
	ldr	r3, [r10, #-4]
	asr.w	r0, r0, r3
	@APP
	smmlar	r3, r2, r4, r12
	@NO_APP
	add.w	r2, r3, r2, asr #31
	asr.w	r1, r2, r1
	ssat	r0, #8, r0
	strb	r0, [r6, #1]
	ssat	r0, #8, r1
	strb	r0, [r6, #2]!
	bne.w	.LBB0_1
	add	sp, #64
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n20, .Lfunc_end0-loom_demo_n20
	.cantunwind
	.fnend

	.type	.Lloom_demo_n20.bias,%object
	.section	.rodata..Lloom_demo_n20.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n20.bias:
	.long	4294966951
	.long	4294966977
	.long	4294965656
	.long	4294965951
	.long	4294965823
	.long	1080
	.long	880
	.long	4294966374
	.long	565
	.long	4294966541
	.size	.Lloom_demo_n20.bias, 40

	.type	.Lloom_demo_n20.weights_i16,%object
	.section	.rodata..Lloom_demo_n20.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n20.weights_i16:
	.short	29
	.short	95
	.short	120
	.short	65488
	.short	65452
	.short	118
	.short	65433
	.short	65459
	.short	71
	.short	65533
	.short	65468
	.short	65426
	.short	65415
	.short	65479
	.short	65410
	.short	65440
	.short	65444
	.short	103
	.short	65512
	.short	81
	.short	65461
	.short	65506
	.short	126
	.short	95
	.short	34
	.short	65416
	.short	34
	.short	85
	.short	65513
	.short	92
	.short	15
	.short	80
	.short	65494
	.short	46
	.short	65435
	.short	110
	.short	97
	.short	65445
	.short	46
	.short	110
	.short	78
	.short	82
	.short	65520
	.short	65493
	.short	17
	.short	114
	.short	65531
	.short	126
	.short	65459
	.short	104
	.short	65490
	.short	30
	.short	75
	.short	65433
	.short	102
	.short	119
	.short	61
	.short	65481
	.short	45
	.short	65502
	.short	65504
	.short	65524
	.short	65516
	.short	65476
	.short	124
	.short	65506
	.short	66
	.short	74
	.short	65417
	.short	8
	.short	13
	.short	65468
	.short	31
	.short	112
	.short	65443
	.short	65524
	.short	65456
	.short	65438
	.short	54
	.short	29
	.short	19
	.short	65502
	.short	46
	.short	65482
	.short	65508
	.short	65476
	.short	21
	.short	65426
	.short	75
	.short	15
	.short	65528
	.short	57
	.short	50
	.short	65409
	.short	40
	.short	65454
	.short	65448
	.short	65498
	.short	41
	.short	65494
	.short	65470
	.short	110
	.short	87
	.short	127
	.short	83
	.short	65494
	.short	65435
	.short	65428
	.short	72
	.short	65442
	.short	25
	.short	65535
	.short	117
	.short	65524
	.short	65522
	.short	101
	.short	91
	.short	65509
	.short	65483
	.short	73
	.short	65493
	.short	126
	.short	65458
	.short	126
	.short	65476
	.short	65500
	.short	65483
	.short	48
	.short	57
	.short	39
	.short	4
	.short	65448
	.short	65414
	.short	110
	.short	65487
	.short	101
	.short	79
	.short	65498
	.short	65500
	.short	52
	.short	65526
	.short	34
	.short	77
	.short	113
	.short	65491
	.short	65465
	.short	65466
	.short	92
	.short	65413
	.short	66
	.short	65493
	.short	65527
	.short	35
	.short	107
	.short	65533
	.short	109
	.short	65518
	.short	65531
	.short	51
	.short	65433
	.short	112
	.short	65481
	.short	73
	.short	65497
	.short	65502
	.short	65510
	.short	65455
	.short	121
	.short	87
	.short	19
	.short	13
	.short	15
	.short	65480
	.short	92
	.short	8
	.short	65473
	.short	65455
	.short	9
	.short	13
	.short	3
	.short	65528
	.short	99
	.short	65470
	.short	65480
	.short	47
	.short	65449
	.short	65519
	.short	65410
	.short	65416
	.short	127
	.short	113
	.short	65421
	.short	21
	.short	95
	.short	65448
	.short	81
	.short	33
	.short	65526
	.short	65488
	.short	65442
	.short	65433
	.short	51
	.short	65435
	.short	21
	.short	65436
	.short	60
	.short	87
	.short	65518
	.short	65507
	.short	65499
	.short	65424
	.short	65427
	.short	96
	.short	65438
	.short	75
	.short	65421
	.short	65478
	.short	29
	.short	54
	.short	83
	.short	111
	.short	57
	.short	65503
	.short	85
	.short	37
	.short	2
	.short	94
	.short	65527
	.short	65444
	.short	71
	.short	65473
	.short	65485
	.short	65525
	.short	83
	.short	108
	.short	65430
	.short	124
	.short	65528
	.short	65457
	.short	65426
	.short	65439
	.short	65511
	.short	38
	.short	69
	.short	54
	.short	65441
	.short	65481
	.short	65533
	.short	65505
	.short	65436
	.short	65462
	.short	65497
	.short	43
	.short	65511
	.short	118
	.short	65446
	.short	17
	.short	65490
	.short	66
	.short	45
	.short	65441
	.short	65494
	.short	65535
	.short	65449
	.short	65442
	.short	9
	.short	65466
	.short	65444
	.short	65530
	.short	100
	.short	119
	.short	110
	.short	65486
	.short	126
	.short	65429
	.short	52
	.short	65465
	.short	65481
	.short	65434
	.short	0
	.short	65474
	.short	65493
	.short	65447
	.short	15
	.short	116
	.short	65486
	.short	3
	.short	97
	.short	65486
	.short	65485
	.short	56
	.short	80
	.short	65416
	.short	65476
	.short	63
	.short	65428
	.short	65432
	.short	65496
	.short	65488
	.short	65498
	.short	36
	.short	65505
	.short	117
	.short	65430
	.short	65487
	.short	22
	.short	65500
	.short	65425
	.short	15
	.short	102
	.short	65509
	.short	65521
	.short	121
	.short	90
	.short	65428
	.short	64
	.short	29
	.short	65466
	.short	104
	.short	65414
	.size	.Lloom_demo_n20.weights_i16, 640

	.type	.Lloom_demo_n20.multiplier,%object
	.section	.rodata..Lloom_demo_n20.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n20.multiplier:
	.long	1520377185
	.long	1875125178
	.long	1784412094
	.long	1549449056
	.long	1203036525
	.long	1419262514
	.long	1515631150
	.long	1312571138
	.long	1275976247
	.long	1758449394
	.size	.Lloom_demo_n20.multiplier, 40

	.type	.Lloom_demo_n20.requant_offset,%object
	.section	.rodata..Lloom_demo_n20.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n20.requant_offset:
	.long	128
	.long	256
	.long	128
	.long	128
	.long	128
	.long	256
	.long	128
	.long	128
	.long	128
	.long	128
	.size	.Lloom_demo_n20.requant_offset, 40

	.type	.Lloom_demo_n20.right_shift,%object
	.section	.rodata..Lloom_demo_n20.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n20.right_shift:
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.size	.Lloom_demo_n20.right_shift, 40

	.section	".note.GNU-stack","",%progbits

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
	.file	"loom_demo_n5"
	.section	.text.loom_demo_n5,"ax",%progbits
	.globl	loom_demo_n5
	.p2align	1
	.type	loom_demo_n5,%function
	.code	16
	.thumb_func
loom_demo_n5:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #156
	movw	r3, :lower16:.Lloom_demo_n5.bias
	movw	r6, :lower16:.Lloom_demo_n5.weights_i16
	movw	r11, :lower16:.Lloom_demo_n5.multiplier
	movw	r12, :lower16:.Lloom_demo_n5.requant_offset
	str	r0, [sp]
	sub.w	r8, r1, #1
	movs	r0, #0
	movt	r3, :upper16:.Lloom_demo_n5.bias
	movt	r6, :upper16:.Lloom_demo_n5.weights_i16
	movt	r11, :upper16:.Lloom_demo_n5.multiplier
	movt	r12, :upper16:.Lloom_demo_n5.requant_offset
.LBB0_1:
	str	r0, [sp, #4]
	add.w	r0, r0, r0, lsl #1
	ldr	r1, [sp]
	str.w	r8, [sp, #8]
	add.w	r0, r1, r0, lsl #7
	str	r0, [sp, #12]
	movs	r0, #0
.LBB0_2:
	lsls	r1, r0, #6
	ldr	r2, [sp, #12]
	str	r0, [sp, #20]
	add.w	r0, r2, r0, lsl #6
	ldr	r1, [r2, r1]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #148]
	ldr	r2, [r0, #16]
	str.w	r8, [sp, #16]
	sxtb16	r7, r2, ror #8
	str	r7, [sp, #140]
	sxtb16	r2, r2
	str	r2, [sp, #136]
	ldr	r2, [r0, #32]
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
	ldr	r2, [r0, #44]
	str	r1, [sp, #40]
	ldr	r0, [r0, #60]
	sxtb16	r1, r2, ror #8
	str	r1, [sp, #36]
	sxtb16	r1, r2
	str	r1, [sp, #32]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #28]
	sxtb16	r0, r0
	str	r0, [sp, #24]
	movs	r0, #0
	mvn	r1, #31
.LBB0_3:
	add.w	r9, r6, r1
	str	r1, [sp, #152]
	ldr	r1, [sp, #144]
	ldr.w	r10, [r3, r0]
	ldr.w	r4, [r9, #32]
	mov	r2, r12
	mov	r12, r11
	smlad	r11, r1, r4, r10
	ldr	r1, [sp, #136]
	add.w	lr, r6, r0, lsl #3
	smlad	r5, r1, r4, r10
	ldr	r1, [sp, #128]
	ldr	r3, [sp, #120]
	smlad	r1, r1, r4, r10
	smlad	r4, r3, r4, r10
	mov	r10, r6
	ldrd	r6, r7, [lr, #4]
	ldr	r3, [sp, #148]
	smlad	r3, r3, r6, r11
	mov	r11, r12
	mov	r12, r2
	ldr	r2, [sp, #140]
	smlad	r5, r2, r6, r5
	ldr	r2, [sp, #132]
	smlad	r1, r2, r6, r1
	ldr	r2, [sp, #124]
	smlad	r4, r2, r6, r4
	ldr	r2, [sp, #112]
	smlad	r3, r2, r7, r3
	ldr	r2, [sp, #104]
	smlad	r5, r2, r7, r5
	ldr	r2, [sp, #96]
	smlad	r1, r2, r7, r1
	ldr	r2, [sp, #88]
	smlad	r4, r2, r7, r4
	ldr	r2, [sp, #116]
	ldrd	r6, r7, [r9, #44]
	smlad	r3, r2, r6, r3
	ldr	r2, [sp, #108]
	smlad	r5, r2, r6, r5
	ldr	r2, [sp, #100]
	smlad	r1, r2, r6, r1
	ldr	r2, [sp, #92]
	smlad	r4, r2, r6, r4
	ldr	r2, [sp, #80]
	smlad	r3, r2, r7, r3
	ldr	r2, [sp, #72]
	smlad	r5, r2, r7, r5
	ldr	r2, [sp, #64]
	smlad	r1, r2, r7, r1
	ldr	r2, [sp, #56]
	smlad	r4, r2, r7, r4
	ldr	r7, [sp, #84]
	ldrd	r2, r6, [lr, #20]
	smlad	r3, r7, r2, r3
	ldr	r7, [sp, #76]
	smlad	r5, r7, r2, r5
	ldr	r7, [sp, #68]
	smlad	r1, r7, r2, r1
	ldr	r7, [sp, #60]
	smlad	r2, r7, r2, r4
	ldr	r4, [sp, #48]
	ldr.w	r7, [r9, #60]
	smlad	r3, r4, r6, r3
	ldr	r4, [sp, #52]
	smlad	r3, r4, r7, r3
	ldr	r4, [sp, #40]
	smlad	r4, r4, r6, r5
	ldr	r5, [sp, #44]
	smlad	r5, r5, r7, r4
	ldr	r4, [sp, #32]
	smlad	r1, r4, r6, r1
	ldr	r4, [sp, #36]
	lsls	r3, r3, #1
	smlad	r9, r4, r7, r1
	ldr	r1, [sp, #24]
	lsls	r5, r5, #1
	smlad	r6, r1, r6, r2
	ldr.w	r2, [r11, r0]
	ldr.w	r4, [r12, r0]
	@APP
	smmlar	r1, r3, r2, r4
	@NO_APP
	add.w	lr, r1, r3, asr #31
	@APP
	smmlar	r3, r5, r2, r4
	@NO_APP
	ldr	r1, [sp, #28]
	add.w	r3, r3, r5, asr #31
	lsl.w	r5, r9, #1
	smlad	r6, r1, r7, r6
	@APP
	smmlar	r7, r5, r2, r4
	@NO_APP
	add.w	r5, r7, r5, asr #31
	movw	r7, :lower16:.Lloom_demo_n5.right_shift
	movt	r7, :upper16:.Lloom_demo_n5.right_shift
	lsls	r6, r6, #1
	@APP
	smmlar	r2, r6, r2, r4
	@NO_APP
	ldr	r4, [r7, r0]
	add.w	r2, r2, r6, asr #31
	asr.w	r1, lr, r4
	adds	r0, #4
	asrs	r3, r4
	mov	r6, r10
	ssat	r1, #8, r1
	cmp	r0, #192
	strb	r1, [r8, #1]!
	asr.w	r1, r5, r4
	asr.w	r2, r2, r4
	ssat	r1, #8, r1
	ssat	r3, #8, r3
	strb.w	r1, [r8, #96]
	ssat	r1, #8, r2
	strb.w	r3, [r8, #48]
	movw	r3, :lower16:.Lloom_demo_n5.bias
	strb.w	r1, [r8, #144]
	ldr	r1, [sp, #152]
	movt	r3, :upper16:.Lloom_demo_n5.bias
	add.w	r1, r1, #32
	bne.w	.LBB0_3
	ldr	r0, [sp, #20]
	ldr.w	r8, [sp, #16]
	adds	r0, #1
	add.w	r8, r8, #192
	cmp	r0, #6
	bne.w	.LBB0_2
	ldr	r0, [sp, #4]
	ldr.w	r8, [sp, #8]
	adds	r0, #1
	add.w	r8, r8, #1152
	cmp	r0, #24
	bne.w	.LBB0_1
	add	sp, #156
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n5, .Lfunc_end0-loom_demo_n5
	.cantunwind
	.fnend

	.type	.Lloom_demo_n5.bias,%object
	.section	.rodata..Lloom_demo_n5.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.bias:
	.long	4294966348
	.long	1343
	.long	774
	.long	765
	.long	4294965555
	.long	4294966040
	.long	473
	.long	4294965341
	.long	4294966365
	.long	1412
	.long	1382
	.long	4294967142
	.long	4294967042
	.long	4294966185
	.long	1867
	.long	1884
	.long	51
	.long	4294966570
	.long	4294966694
	.long	4294965424
	.long	4294966568
	.long	1621
	.long	1468
	.long	183
	.long	975
	.long	1850
	.long	963
	.long	1240
	.long	1880
	.long	4294966679
	.long	1217
	.long	4294966407
	.long	1289
	.long	1899
	.long	1094
	.long	1657
	.long	1330
	.long	116
	.long	1088
	.long	4294966215
	.long	4294966634
	.long	1300
	.long	4294966865
	.long	857
	.long	239
	.long	4294966703
	.long	1165
	.long	1348
	.size	.Lloom_demo_n5.bias, 192

	.type	.Lloom_demo_n5.weights_i16,%object
	.section	.rodata..Lloom_demo_n5.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.weights_i16:
	.short	78
	.short	67
	.short	85
	.short	6
	.short	115
	.short	65498
	.short	40
	.short	123
	.short	65512
	.short	57
	.short	88
	.short	65487
	.short	65498
	.short	33
	.short	1
	.short	65528
	.short	115
	.short	65423
	.short	65523
	.short	92
	.short	65495
	.short	123
	.short	65491
	.short	71
	.short	77
	.short	44
	.short	65533
	.short	65513
	.short	54
	.short	56
	.short	23
	.short	85
	.short	106
	.short	65413
	.short	65470
	.short	65440
	.short	65520
	.short	65463
	.short	65431
	.short	65490
	.short	26
	.short	40
	.short	82
	.short	126
	.short	99
	.short	81
	.short	122
	.short	65458
	.short	65457
	.short	65470
	.short	65469
	.short	7
	.short	65514
	.short	118
	.short	65457
	.short	65416
	.short	65427
	.short	65510
	.short	39
	.short	65435
	.short	97
	.short	35
	.short	1
	.short	9
	.short	112
	.short	4
	.short	65470
	.short	70
	.short	110
	.short	65460
	.short	65531
	.short	67
	.short	65417
	.short	67
	.short	65446
	.short	122
	.short	21
	.short	0
	.short	105
	.short	65521
	.short	62
	.short	30
	.short	65495
	.short	103
	.short	65514
	.short	65480
	.short	118
	.short	110
	.short	65430
	.short	65516
	.short	65478
	.short	65462
	.short	65530
	.short	65497
	.short	54
	.short	113
	.short	17
	.short	60
	.short	1
	.short	56
	.short	80
	.short	43
	.short	65478
	.short	65522
	.short	88
	.short	65522
	.short	123
	.short	100
	.short	111
	.short	18
	.short	65474
	.short	65511
	.short	65465
	.short	127
	.short	93
	.short	65420
	.short	8
	.short	65436
	.short	21
	.short	114
	.short	65443
	.short	53
	.short	106
	.short	90
	.short	65494
	.short	65508
	.short	65535
	.short	102
	.short	59
	.short	105
	.short	65484
	.short	65422
	.short	51
	.short	81
	.short	65527
	.short	102
	.short	121
	.short	65467
	.short	92
	.short	65470
	.short	8
	.short	47
	.short	91
	.short	65501
	.short	65421
	.short	118
	.short	96
	.short	18
	.short	40
	.short	94
	.short	35
	.short	65528
	.short	65422
	.short	39
	.short	65503
	.short	46
	.short	15
	.short	114
	.short	65453
	.short	65491
	.short	17
	.short	65440
	.short	13
	.short	73
	.short	18
	.short	65442
	.short	3
	.short	65425
	.short	45
	.short	68
	.short	101
	.short	97
	.short	65501
	.short	65504
	.short	18
	.short	65460
	.short	65532
	.short	65508
	.short	65520
	.short	65437
	.short	65481
	.short	65535
	.short	65524
	.short	65427
	.short	65487
	.short	65518
	.short	65447
	.short	29
	.short	72
	.short	65495
	.short	65410
	.short	65484
	.short	67
	.short	6
	.short	103
	.short	69
	.short	65476
	.short	89
	.short	61
	.short	3
	.short	28
	.short	49
	.short	65478
	.short	112
	.short	65524
	.short	65479
	.short	65532
	.short	75
	.short	65505
	.short	65431
	.short	65534
	.short	65416
	.short	87
	.short	24
	.short	65459
	.short	14
	.short	65445
	.short	82
	.short	65467
	.short	15
	.short	65504
	.short	97
	.short	65431
	.short	59
	.short	65501
	.short	108
	.short	77
	.short	79
	.short	65469
	.short	65409
	.short	107
	.short	107
	.short	6
	.short	85
	.short	65509
	.short	118
	.short	65463
	.short	65504
	.short	113
	.short	65416
	.short	65440
	.short	65436
	.short	65502
	.short	65509
	.short	65466
	.short	65411
	.short	65512
	.short	110
	.short	65420
	.short	30
	.short	65439
	.short	0
	.short	31
	.short	66
	.short	95
	.short	65415
	.short	65443
	.short	79
	.short	65526
	.short	68
	.short	65458
	.short	48
	.short	78
	.short	122
	.short	121
	.short	72
	.short	65433
	.short	7
	.short	65519
	.short	65509
	.short	65453
	.short	87
	.short	41
	.short	2
	.short	114
	.short	121
	.short	87
	.short	100
	.short	104
	.short	65463
	.short	13
	.short	94
	.short	30
	.short	1
	.short	65451
	.short	65449
	.short	118
	.short	53
	.short	65412
	.short	65511
	.short	65431
	.short	70
	.short	65506
	.short	25
	.short	86
	.short	47
	.short	65506
	.short	85
	.short	65512
	.short	65480
	.short	65449
	.short	115
	.short	65432
	.short	105
	.short	65498
	.short	65465
	.short	65501
	.short	124
	.short	81
	.short	65528
	.short	65523
	.short	98
	.short	58
	.short	65509
	.short	45
	.short	65492
	.short	64
	.short	65509
	.short	107
	.short	65457
	.short	34
	.short	65532
	.short	72
	.short	65421
	.short	65506
	.short	102
	.short	68
	.short	65509
	.short	99
	.short	108
	.short	65529
	.short	30
	.short	6
	.short	59
	.short	72
	.short	119
	.short	65513
	.short	65449
	.short	19
	.short	102
	.short	65499
	.short	65496
	.short	65497
	.short	65430
	.short	26
	.short	96
	.short	65483
	.short	67
	.short	122
	.short	65463
	.short	65497
	.short	65484
	.short	53
	.short	65448
	.short	114
	.short	5
	.short	65458
	.short	117
	.short	114
	.short	17
	.short	65423
	.short	65446
	.short	65443
	.short	109
	.short	37
	.short	65435
	.short	65453
	.short	65463
	.short	97
	.short	29
	.short	63
	.short	65531
	.short	4
	.short	65514
	.short	65517
	.short	65524
	.short	33
	.short	35
	.short	41
	.short	32
	.short	2
	.short	106
	.short	65479
	.short	65426
	.short	65488
	.short	65534
	.short	66
	.short	25
	.short	65495
	.short	65438
	.short	29
	.short	18
	.short	65509
	.short	65515
	.short	65503
	.short	34
	.short	65484
	.short	65513
	.short	110
	.short	102
	.short	65470
	.short	65530
	.short	113
	.short	115
	.short	65432
	.short	38
	.short	118
	.short	118
	.short	65507
	.short	65438
	.short	65460
	.short	65440
	.short	44
	.short	65426
	.short	65417
	.short	65417
	.short	65455
	.short	65441
	.short	81
	.short	65410
	.short	65454
	.short	65475
	.short	49
	.short	70
	.short	65441
	.short	70
	.short	65455
	.short	92
	.short	65432
	.short	120
	.short	125
	.short	66
	.short	65531
	.short	65503
	.short	65449
	.short	94
	.short	95
	.short	65494
	.short	65515
	.short	57
	.short	13
	.short	8
	.short	10
	.short	31
	.short	80
	.short	65474
	.short	28
	.short	103
	.short	106
	.short	65444
	.short	65442
	.short	65422
	.short	65491
	.short	18
	.short	11
	.short	65455
	.short	65525
	.short	65525
	.short	47
	.short	48
	.short	65423
	.short	10
	.short	3
	.short	65430
	.short	65511
	.short	77
	.short	13
	.short	65509
	.short	29
	.short	65
	.short	53
	.short	43
	.short	65528
	.short	7
	.short	123
	.short	65425
	.short	65499
	.short	91
	.short	65485
	.short	65468
	.short	98
	.short	56
	.short	65494
	.short	65491
	.short	65463
	.short	65491
	.short	66
	.short	79
	.short	20
	.short	65
	.short	65435
	.short	65480
	.short	43
	.short	32
	.short	65462
	.short	41
	.short	3
	.short	19
	.short	65486
	.short	127
	.short	36
	.short	65433
	.short	65456
	.short	65440
	.short	65507
	.short	79
	.short	72
	.short	117
	.short	96
	.short	114
	.short	65532
	.short	65505
	.short	65498
	.short	65523
	.short	65424
	.short	65523
	.short	65426
	.short	101
	.short	43
	.short	3
	.short	104
	.short	65451
	.short	65494
	.short	65483
	.short	65458
	.short	65426
	.short	71
	.short	25
	.short	65503
	.short	121
	.short	52
	.short	68
	.short	65421
	.short	108
	.short	65491
	.short	65527
	.short	96
	.short	65487
	.short	65442
	.short	65416
	.short	116
	.short	18
	.short	65490
	.short	42
	.short	4
	.short	9
	.short	65516
	.short	65455
	.short	67
	.short	107
	.short	111
	.short	65450
	.short	45
	.short	65424
	.short	65456
	.short	65489
	.short	11
	.short	65436
	.short	125
	.short	4
	.short	24
	.short	65497
	.short	42
	.short	47
	.short	65520
	.short	47
	.short	117
	.short	65426
	.short	65485
	.short	65488
	.short	65466
	.short	65476
	.short	76
	.short	73
	.short	44
	.short	100
	.short	65506
	.short	14
	.short	65500
	.short	56
	.short	65525
	.short	75
	.short	65460
	.short	65503
	.short	33
	.short	18
	.short	65496
	.short	59
	.short	95
	.short	65472
	.short	91
	.short	65451
	.short	92
	.short	65423
	.short	114
	.short	65454
	.short	65464
	.short	65439
	.short	29
	.short	65417
	.short	65438
	.short	65441
	.short	65435
	.short	65497
	.short	65527
	.short	67
	.short	65482
	.short	65466
	.short	54
	.short	73
	.short	65446
	.short	120
	.short	21
	.short	14
	.short	29
	.short	65518
	.short	71
	.short	47
	.short	104
	.short	12
	.short	16
	.short	50
	.short	17
	.short	65470
	.short	42
	.short	65509
	.short	65530
	.short	114
	.short	62
	.short	10
	.short	65500
	.short	56
	.short	4
	.short	65528
	.short	65449
	.short	65456
	.short	13
	.short	112
	.short	86
	.short	18
	.short	50
	.short	41
	.short	65496
	.short	127
	.short	61
	.short	58
	.short	0
	.short	96
	.short	65475
	.short	65491
	.short	22
	.short	63
	.short	63
	.short	65421
	.short	93
	.short	65438
	.short	65469
	.short	110
	.short	61
	.short	65518
	.short	24
	.short	65506
	.short	65459
	.short	123
	.short	65435
	.short	65475
	.short	99
	.short	65532
	.short	65486
	.short	121
	.short	65478
	.short	65419
	.short	107
	.short	13
	.short	65473
	.short	113
	.short	7
	.short	65444
	.short	104
	.short	41
	.short	65512
	.short	61
	.short	65461
	.short	65510
	.short	65428
	.short	65452
	.short	65477
	.short	68
	.short	10
	.short	25
	.short	11
	.short	44
	.short	94
	.short	65475
	.short	38
	.short	45
	.short	127
	.short	11
	.short	65
	.short	126
	.short	65501
	.short	65416
	.short	36
	.short	65523
	.short	65428
	.short	33
	.short	65428
	.short	65487
	.short	85
	.short	65511
	.short	51
	.short	65480
	.short	36
	.short	65534
	.short	65431
	.short	65422
	.short	65499
	.short	99
	.short	107
	.short	74
	.short	65422
	.short	65515
	.short	37
	.short	29
	.short	65529
	.short	121
	.short	65432
	.short	94
	.short	100
	.short	65528
	.short	65505
	.short	77
	.short	65485
	.short	65433
	.short	56
	.short	65529
	.short	65464
	.short	65423
	.short	104
	.short	65519
	.short	65526
	.short	65422
	.short	7
	.short	57
	.short	59
	.short	65423
	.short	102
	.short	108
	.short	60
	.short	45
	.short	65453
	.short	65418
	.short	65493
	.short	47
	.short	15
	.short	20
	.short	65530
	.short	118
	.short	65490
	.short	47
	.short	65449
	.short	65535
	.short	65517
	.short	13
	.short	65517
	.short	28
	.short	33
	.short	65470
	.size	.Lloom_demo_n5.weights_i16, 1536

	.type	.Lloom_demo_n5.multiplier,%object
	.section	.rodata..Lloom_demo_n5.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.multiplier:
	.long	1718960286
	.long	2126990080
	.long	1918131516
	.long	2077428854
	.long	1615081532
	.long	1846325478
	.long	1129159101
	.long	1368973223
	.long	1291875479
	.long	2137500595
	.long	1315838460
	.long	1243002194
	.long	1553500408
	.long	1165445314
	.long	1120944049
	.long	2076379587
	.long	1481351868
	.long	1907163171
	.long	1351931118
	.long	1442321936
	.long	1191339822
	.long	1239543442
	.long	1695184985
	.long	1662376346
	.long	2068246134
	.long	1118792638
	.long	1387502515
	.long	2046385169
	.long	1298170755
	.long	1859933093
	.long	1397127833
	.long	1475213807
	.long	1644885115
	.long	1455990262
	.long	1095366367
	.long	1299076080
	.long	1403821535
	.long	1326207644
	.long	1277307812
	.long	1781405935
	.long	1656633230
	.long	1266366449
	.long	1834895386
	.long	1135489194
	.long	1236285753
	.long	1149794326
	.long	1804705454
	.long	1383401299
	.size	.Lloom_demo_n5.multiplier, 192

	.type	.Lloom_demo_n5.requant_offset,%object
	.section	.rodata..Lloom_demo_n5.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.requant_offset:
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294902016
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.size	.Lloom_demo_n5.requant_offset, 192

	.type	.Lloom_demo_n5.right_shift,%object
	.section	.rodata..Lloom_demo_n5.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.right_shift:
	.long	8
	.long	9
	.long	9
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	9
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	9
	.long	7
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.size	.Lloom_demo_n5.right_shift, 192

	.section	".note.GNU-stack","",%progbits

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
	.file	"loom_demo_n12"
	.section	.text.loom_demo_n12,"ax",%progbits
	.globl	loom_demo_n12
	.p2align	1
	.type	loom_demo_n12,%function
	.code	16
	.thumb_func
loom_demo_n12:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #60
	str	r1, [sp]
	movw	r1, :lower16:.Lloom_demo_n12.weights_i16
	movt	r1, :upper16:.Lloom_demo_n12.weights_i16
	movs	r2, #0
	adds	r1, #172
	str	r1, [sp, #12]
	b	.LBB0_2
.LBB0_1:
	ldr	r2, [sp, #4]
	ldr	r0, [sp, #8]
	adds	r2, #1
	add.w	r0, r0, #864
	cmp	r2, #12
	beq.w	.LBB0_9
.LBB0_2:
	str	r2, [sp, #4]
	add.w	r2, r2, r2, lsl #3
	ldr	r1, [sp]
	str	r0, [sp, #8]
	str	r0, [sp, #48]
	add.w	r1, r1, r2, lsl #5
	str	r1, [sp, #16]
	movs	r1, #0
	b	.LBB0_4
.LBB0_3:
	ldr	r1, [sp, #20]
	ldr	r0, [sp, #48]
	adds	r1, #1
	adds	r0, #144
	cmp	r1, #6
	str	r0, [sp, #48]
	beq	.LBB0_1
.LBB0_4:
	lsls	r0, r1, #1
	ldr	r2, [sp, #16]
	adds	r0, #1
	str	r1, [sp, #20]
	add.w	r1, r1, r1, lsl #1
	movs	r6, #0
	add.w	r0, r0, r0, lsl #1
	ldr.w	r8, [sp, #12]
	add.w	r1, r2, r1, lsl #4
	str	r1, [sp, #28]
	add.w	r0, r2, r0, lsl #3
	str	r0, [sp, #24]
	movw	r0, :lower16:.Lloom_demo_n12.weights_i16
	movt	r0, :upper16:.Lloom_demo_n12.weights_i16
	str	r0, [sp, #52]
	b	.LBB0_6
.LBB0_5:
	movw	r5, :lower16:.Lloom_demo_n12.multiplier
	ldr	r6, [sp, #32]
	movt	r5, :upper16:.Lloom_demo_n12.multiplier
	ldr	r1, [sp, #36]
	movw	r4, :lower16:.Lloom_demo_n12.requant_offset
	lsls	r2, r2, #1
	ldr.w	r9, [r5, r6, lsl #2]
	movt	r4, :upper16:.Lloom_demo_n12.requant_offset
	ldr.w	r7, [r5, r1, lsl #2]
	movw	r5, :lower16:.Lloom_demo_n12.right_shift
	lsls	r3, r3, #1
	movt	r5, :upper16:.Lloom_demo_n12.right_shift
	ldr.w	r0, [r4, r6, lsl #2]
	@APP
	smmlar	r8, r2, r9, r0
	@NO_APP
	ldr.w	r4, [r4, r1, lsl #2]
	add.w	r8, r8, r2, asr #31
	@APP
	smmlar	r2, r3, r7, r4
	@NO_APP
	add.w	r11, r2, r3, asr #31
	ldr.w	r3, [r5, r6, lsl #2]
	lsl.w	r6, lr, #1
	@APP
	smmlar	r0, r6, r9, r0
	@NO_APP
	asr.w	r2, r8, r3
	add.w	r0, r0, r6, asr #31
	ldr	r6, [sp, #44]
	asr.w	lr, r0, r3
	ldr.w	r3, [r5, r1, lsl #2]
	lsl.w	r5, r12, #1
	@APP
	smmlar	r0, r5, r7, r4
	@NO_APP
	asr.w	r4, r11, r3
	ldr	r7, [sp, #28]
	ssat	r2, #8, r2
	ldr.w	r8, [sp, #40]
	strb.w	r2, [r7, r6, lsl #1]
	add.w	r0, r0, r5, asr #31
	ssat	r2, #8, r4
	add.w	r8, r8, #288
	strb	r2, [r7, r1]
	asr.w	r3, r0, r3
	ldr	r2, [sp, #24]
	ssat	r0, #8, lr
	strb.w	r0, [r2, r6, lsl #1]
	adds	r6, #1
	ssat	r0, #8, r3
	cmp	r6, #12
	strb	r0, [r2, r1]
	ldr	r0, [sp, #52]
	add.w	r0, r0, #288
	str	r0, [sp, #52]
	beq	.LBB0_3
.LBB0_6:
	movw	r1, :lower16:.Lloom_demo_n12.bias_folded
	str	r6, [sp, #44]
	movt	r1, :upper16:.Lloom_demo_n12.bias_folded
	mov.w	r9, #0
	add.w	r0, r1, r6, lsl #3
	str.w	r8, [sp, #40]
	ldr.w	r2, [r1, r6, lsl #3]
	ldr	r1, [r0, #4]
	lsls	r0, r6, #1
	mov	r3, r1
	mov	r6, r2
	str	r0, [sp, #32]
	adds	r0, #1
	str	r0, [sp, #36]
	str	r1, [sp, #56]
.LBB0_7:
	ldr	r0, [sp, #52]
	ldr	r10, [r8, #-172]
	ldr	r7, [r8, #-24]
	cmp.w	r9, #64
	add.w	r11, r0, r9, lsl #1
	ldr	r0, [sp, #48]
	add.w	r4, r0, r9
	ldr.w	r0, [r0, r9]
	ldr.w	lr, [r11, #144]
	sxtb16	r1, r0, ror #8
	ldr.w	r12, [r11, #4]
	sxtb16	r0, r0
	smlad	r6, r0, r10, r6
	smlad	r0, r0, lr, r3
	ldr.w	r3, [r11, #8]
	smlad	r6, r1, r12, r6
	smlad	r0, r1, r7, r0
	ldr	r1, [r4, #72]
	sxtb16	r5, r1
	sxtb16	r1, r1, ror #8
	smlad	r2, r5, r10, r2
	smlad	r12, r1, r12, r2
	ldr	r2, [sp, #56]
	smlad	r5, r5, lr, r2
	ldr	r2, [r4, #4]
	smlad	lr, r1, r7, r5
	sxtb16	r7, r2
	smlad	r10, r7, r3, r6
	ldr	r6, [r4, #76]
	ldrd	r1, r5, [r11, #152]
	smlad	r0, r7, r1, r0
	sxtb16	r7, r6
	smlad	r12, r7, r3, r12
	smlad	r1, r7, r1, lr
	ldr.w	r7, [r11, #12]
	sxtb16	r3, r2, ror #8
	smlad	r2, r3, r7, r10
	smlad	r3, r3, r5, r0
	sxtb16	r0, r6, ror #8
	smlad	lr, r0, r7, r12
	smlad	r12, r0, r5, r1
	beq.w	.LBB0_5
	ldr	r0, [r4, #8]
	ldr.w	r6, [r11, #160]
	sxtb16	r1, r0
	add.w	r9, r9, #16
	ldrd	r7, r5, [r11, #16]
	sxtb16	r0, r0, ror #8
	smlad	r2, r1, r7, r2
	smlad	r10, r0, r5, r2
	ldr.w	r2, [r11, #164]
	smlad	r1, r1, r6, r3
	ldr	r3, [r4, #80]
	smlad	r0, r0, r2, r1
	sxtb16	r1, r3
	smlad	r7, r1, r7, lr
	sxtb16	r3, r3, ror #8
	smlad	r1, r1, r6, r12
	ldr	r6, [r4, #12]
	smlad	r7, r3, r5, r7
	smlad	r12, r3, r2, r1
	ldr	r3, [r8, #-148]
	sxtb16	r2, r6
	ldr.w	r1, [r11, #168]
	ldr	r4, [r4, #84]
	smlad	r5, r2, r3, r10
	smlad	r0, r2, r1, r0
	sxtb16	r2, r4
	smlad	lr, r2, r3, r7
	smlad	r1, r2, r1, r12
	ldr.w	r2, [r11, #28]
	sxtb16	r7, r6, ror #8
	smlad	r6, r7, r2, r5
	ldr	r5, [r8], #32
	smlad	r3, r7, r5, r0
	sxtb16	r0, r4, ror #8
	smlad	r2, r0, r2, lr
	smlad	r0, r0, r5, r1
	str	r0, [sp, #56]
	b	.LBB0_7
.LBB0_9:
	add	sp, #60
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n12, .Lfunc_end0-loom_demo_n12
	.cantunwind
	.fnend

	.type	.Lloom_demo_n12.bias_folded,%object
	.section	.rodata..Lloom_demo_n12.bias_folded,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n12.bias_folded:
	.long	50680
	.long	21929
	.long	4294933170
	.long	4294967294
	.long	44485
	.long	39252
	.long	4294948375
	.long	37282
	.long	4294959228
	.long	107487
	.long	41296
	.long	86394
	.long	4294864520
	.long	24484
	.long	4294849894
	.long	82950
	.long	112114
	.long	4294935655
	.long	104532
	.long	4294822405
	.long	4294943316
	.long	4294907433
	.long	4294931626
	.long	4294895449
	.size	.Lloom_demo_n12.bias_folded, 96

	.type	.Lloom_demo_n12.weights_i16,%object
	.section	.rodata..Lloom_demo_n12.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n12.weights_i16:
	.short	65430
	.short	65531
	.short	60
	.short	106
	.short	65432
	.short	52
	.short	65465
	.short	92
	.short	4
	.short	84
	.short	14
	.short	65433
	.short	65533
	.short	29
	.short	65431
	.short	65527
	.short	65439
	.short	27
	.short	65529
	.short	65518
	.short	65428
	.short	39
	.short	96
	.short	65523
	.short	95
	.short	65475
	.short	65534
	.short	11
	.short	75
	.short	30
	.short	47
	.short	65417
	.short	65501
	.short	103
	.short	109
	.short	68
	.short	65425
	.short	96
	.short	95
	.short	34
	.short	65466
	.short	61
	.short	65
	.short	97
	.short	108
	.short	23
	.short	65469
	.short	65426
	.short	32
	.short	65410
	.short	65446
	.short	89
	.short	98
	.short	109
	.short	6
	.short	47
	.short	65475
	.short	65522
	.short	65507
	.short	65523
	.short	65459
	.short	65517
	.short	30
	.short	113
	.short	65512
	.short	65485
	.short	64
	.short	65439
	.short	121
	.short	65492
	.short	54
	.short	65423
	.short	68
	.short	100
	.short	65522
	.short	29
	.short	65469
	.short	101
	.short	56
	.short	65428
	.short	65499
	.short	55
	.short	65442
	.short	23
	.short	124
	.short	55
	.short	65461
	.short	65490
	.short	65533
	.short	65442
	.short	50
	.short	92
	.short	65512
	.short	65463
	.short	65531
	.short	126
	.short	65516
	.short	124
	.short	65502
	.short	35
	.short	65514
	.short	76
	.short	65524
	.short	40
	.short	65470
	.short	125
	.short	65511
	.short	65437
	.short	65476
	.short	40
	.short	47
	.short	65487
	.short	104
	.short	65528
	.short	34
	.short	20
	.short	5
	.short	83
	.short	87
	.short	81
	.short	65464
	.short	65508
	.short	65415
	.short	65507
	.short	32
	.short	65
	.short	36
	.short	107
	.short	34
	.short	65512
	.short	65409
	.short	65428
	.short	65473
	.short	65510
	.short	65453
	.short	65456
	.short	65534
	.short	120
	.short	65421
	.short	65419
	.short	65501
	.short	93
	.short	65478
	.short	19
	.short	65492
	.short	65506
	.short	82
	.short	65448
	.short	65448
	.short	65523
	.short	65482
	.short	65466
	.short	53
	.short	105
	.short	65490
	.short	56
	.short	65467
	.short	52
	.short	65525
	.short	68
	.short	65494
	.short	85
	.short	65503
	.short	65436
	.short	76
	.short	65491
	.short	65474
	.short	65531
	.short	94
	.short	65534
	.short	65476
	.short	65426
	.short	65480
	.short	65524
	.short	65516
	.short	65447
	.short	65494
	.short	65523
	.short	50
	.short	65533
	.short	76
	.short	1
	.short	65514
	.short	42
	.short	65494
	.short	24
	.short	65511
	.short	65519
	.short	90
	.short	71
	.short	65439
	.short	65520
	.short	65479
	.short	106
	.short	103
	.short	82
	.short	36
	.short	12
	.short	80
	.short	65471
	.short	46
	.short	40
	.short	13
	.short	65429
	.short	95
	.short	65472
	.short	118
	.short	65510
	.short	65470
	.short	119
	.short	38
	.short	65435
	.short	65490
	.short	65467
	.short	65410
	.short	65496
	.short	116
	.short	65529
	.short	7
	.short	65449
	.short	114
	.short	65416
	.short	65500
	.short	58
	.short	6
	.short	65456
	.short	65527
	.short	65517
	.short	65511
	.short	29
	.short	65523
	.short	65504
	.short	31
	.short	127
	.short	65468
	.short	69
	.short	60
	.short	65520
	.short	64
	.short	68
	.short	65526
	.short	125
	.short	46
	.short	116
	.short	65422
	.short	20
	.short	65531
	.short	65430
	.short	65499
	.short	81
	.short	65515
	.short	16
	.short	123
	.short	105
	.short	65469
	.short	65411
	.short	65430
	.short	65497
	.short	26
	.short	91
	.short	65469
	.short	84
	.short	65487
	.short	65455
	.short	65479
	.short	65434
	.short	65480
	.short	65487
	.short	65461
	.short	24
	.short	65476
	.short	65521
	.short	47
	.short	65427
	.short	64
	.short	60
	.short	105
	.short	110
	.short	65482
	.short	65439
	.short	65447
	.short	43
	.short	65482
	.short	12
	.short	127
	.short	57
	.short	65418
	.short	48
	.short	84
	.short	82
	.short	99
	.short	65483
	.short	118
	.short	65443
	.short	65474
	.short	123
	.short	65
	.short	65483
	.short	18
	.short	113
	.short	104
	.short	65439
	.short	78
	.short	110
	.short	65489
	.short	65485
	.short	37
	.short	65459
	.short	116
	.short	65517
	.short	65433
	.short	65470
	.short	71
	.short	18
	.short	68
	.short	65486
	.short	65417
	.short	123
	.short	62
	.short	83
	.short	12
	.short	27
	.short	65485
	.short	65461
	.short	92
	.short	39
	.short	65429
	.short	65434
	.short	65486
	.short	44
	.short	49
	.short	65500
	.short	7
	.short	65496
	.short	13
	.short	85
	.short	120
	.short	87
	.short	65445
	.short	65487
	.short	97
	.short	65467
	.short	0
	.short	65501
	.short	65422
	.short	65449
	.short	65511
	.short	65516
	.short	14
	.short	36
	.short	65524
	.short	65477
	.short	65432
	.short	65521
	.short	88
	.short	65531
	.short	103
	.short	65440
	.short	65443
	.short	90
	.short	65414
	.short	65486
	.short	63
	.short	37
	.short	65500
	.short	29
	.short	45
	.short	41
	.short	65436
	.short	65491
	.short	45
	.short	90
	.short	65451
	.short	107
	.short	116
	.short	37
	.short	65417
	.short	65441
	.short	96
	.short	65454
	.short	65531
	.short	110
	.short	65514
	.short	65529
	.short	65475
	.short	65462
	.short	65520
	.short	46
	.short	51
	.short	22
	.short	8
	.short	100
	.short	65495
	.short	65474
	.short	114
	.short	79
	.short	83
	.short	84
	.short	65506
	.short	78
	.short	65492
	.short	68
	.short	65497
	.short	65522
	.short	15
	.short	100
	.short	65411
	.short	78
	.short	110
	.short	6
	.short	68
	.short	65444
	.short	65509
	.short	65414
	.short	65410
	.short	65527
	.short	65504
	.short	65470
	.short	40
	.short	64
	.short	65448
	.short	70
	.short	48
	.short	105
	.short	37
	.short	104
	.short	35
	.short	65459
	.short	65514
	.short	65478
	.short	65413
	.short	65529
	.short	65447
	.short	65441
	.short	9
	.short	65483
	.short	58
	.short	65478
	.short	8
	.short	65521
	.short	10
	.short	26
	.short	65475
	.short	65413
	.short	62
	.short	43
	.short	69
	.short	83
	.short	93
	.short	65477
	.short	110
	.short	65412
	.short	65498
	.short	65524
	.short	65454
	.short	65465
	.short	65528
	.short	65451
	.short	81
	.short	65476
	.short	28
	.short	65418
	.short	65500
	.short	53
	.short	65420
	.short	110
	.short	87
	.short	103
	.short	65501
	.short	65481
	.short	65488
	.short	65436
	.short	76
	.short	91
	.short	97
	.short	65509
	.short	65500
	.short	89
	.short	39
	.short	65509
	.short	65417
	.short	65439
	.short	99
	.short	43
	.short	9
	.short	65430
	.short	65524
	.short	65515
	.short	23
	.short	101
	.short	65482
	.short	20
	.short	56
	.short	65485
	.short	127
	.short	84
	.short	65487
	.short	65533
	.short	45
	.short	117
	.short	65526
	.short	65434
	.short	48
	.short	65450
	.short	11
	.short	121
	.short	65450
	.short	98
	.short	65468
	.short	65474
	.short	65473
	.short	91
	.short	65525
	.short	118
	.short	65510
	.short	29
	.short	7
	.short	65471
	.short	65519
	.short	65436
	.short	65486
	.short	65516
	.short	48
	.short	49
	.short	65510
	.short	65520
	.short	118
	.short	27
	.short	3
	.short	65
	.short	65525
	.short	65518
	.short	65492
	.short	38
	.short	65432
	.short	65467
	.short	65486
	.short	6
	.short	65
	.short	70
	.short	113
	.short	65487
	.short	65481
	.short	107
	.short	65498
	.short	65417
	.short	33
	.short	64
	.short	65431
	.short	103
	.short	65475
	.short	20
	.short	65470
	.short	65531
	.short	65499
	.short	61
	.short	46
	.short	51
	.short	65520
	.short	65533
	.short	65417
	.short	65444
	.short	65527
	.short	65449
	.short	100
	.short	65471
	.short	65474
	.short	65521
	.short	93
	.short	120
	.short	65454
	.short	97
	.short	21
	.short	90
	.short	104
	.short	94
	.short	65445
	.short	65423
	.short	5
	.short	50
	.short	65473
	.short	65451
	.short	118
	.short	91
	.short	65530
	.short	65462
	.short	65507
	.short	65493
	.short	65500
	.short	42
	.short	65464
	.short	3
	.short	65487
	.short	120
	.short	65443
	.short	65446
	.short	12
	.short	65430
	.short	65472
	.short	65506
	.short	100
	.short	65449
	.short	65518
	.short	65446
	.short	18
	.short	127
	.short	113
	.short	52
	.short	65477
	.short	65493
	.short	65486
	.short	65477
	.short	65520
	.short	78
	.short	65505
	.short	29
	.short	71
	.short	65443
	.short	65517
	.short	120
	.short	92
	.short	121
	.short	65508
	.short	2
	.short	19
	.short	78
	.short	65479
	.short	121
	.short	84
	.short	65458
	.short	107
	.short	108
	.short	51
	.short	83
	.short	65437
	.short	58
	.short	47
	.short	65436
	.short	65452
	.short	5
	.short	93
	.short	30
	.short	79
	.short	65479
	.short	65523
	.short	65429
	.short	65467
	.short	65462
	.short	48
	.short	113
	.short	65529
	.short	65470
	.short	65453
	.short	42
	.short	113
	.short	65488
	.short	65
	.short	65422
	.short	65515
	.short	65470
	.short	26
	.short	22
	.short	80
	.short	65450
	.short	77
	.short	42
	.short	65502
	.short	36
	.short	68
	.short	65504
	.short	65469
	.short	100
	.short	65427
	.short	122
	.short	78
	.short	65414
	.short	96
	.short	65472
	.short	65414
	.short	65500
	.short	65506
	.short	65433
	.short	57
	.short	26
	.short	83
	.short	89
	.short	65532
	.short	39
	.short	120
	.short	15
	.short	93
	.short	115
	.short	29
	.short	41
	.short	78
	.short	95
	.short	77
	.short	54
	.short	83
	.short	65418
	.short	65
	.short	93
	.short	122
	.short	94
	.short	65411
	.short	65533
	.short	65426
	.short	80
	.short	29
	.short	105
	.short	84
	.short	11
	.short	65462
	.short	65410
	.short	65428
	.short	65433
	.short	2
	.short	72
	.short	65461
	.short	65463
	.short	33
	.short	3
	.short	65468
	.short	41
	.short	65465
	.short	65475
	.short	65414
	.short	65412
	.short	80
	.short	99
	.short	77
	.short	35
	.short	18
	.short	65484
	.short	22
	.short	65479
	.short	65489
	.short	65477
	.short	65473
	.short	65492
	.short	65
	.short	65438
	.short	39
	.short	59
	.short	114
	.short	98
	.short	65468
	.short	65484
	.short	67
	.short	65497
	.short	7
	.short	65518
	.short	127
	.short	66
	.short	65425
	.short	65513
	.short	65526
	.short	50
	.short	108
	.short	74
	.short	28
	.short	65495
	.short	65514
	.short	65469
	.short	65498
	.short	85
	.short	95
	.short	65446
	.short	124
	.short	89
	.short	65535
	.short	79
	.short	65509
	.short	70
	.short	65498
	.short	97
	.short	7
	.short	8
	.short	65452
	.short	65525
	.short	27
	.short	65499
	.short	65484
	.short	109
	.short	121
	.short	65441
	.short	65534
	.short	65519
	.short	65535
	.short	65533
	.short	9
	.short	65443
	.short	9
	.short	106
	.short	65417
	.short	98
	.short	11
	.short	121
	.short	91
	.short	65430
	.short	65469
	.short	65492
	.short	65519
	.short	23
	.short	81
	.short	96
	.short	26
	.short	65508
	.short	87
	.short	65429
	.short	65421
	.short	65413
	.short	65419
	.short	65464
	.short	65516
	.short	65430
	.short	65512
	.short	95
	.short	84
	.short	65512
	.short	65432
	.short	65534
	.short	65490
	.short	105
	.short	65520
	.short	65486
	.short	65524
	.short	65461
	.short	65475
	.short	107
	.short	65
	.short	65488
	.short	106
	.short	59
	.short	8
	.short	65489
	.short	105
	.short	11
	.short	41
	.short	65487
	.short	99
	.short	65480
	.short	65460
	.short	86
	.short	79
	.short	19
	.short	127
	.short	61
	.short	59
	.short	122
	.short	65459
	.short	96
	.short	105
	.short	65417
	.short	65438
	.short	47
	.short	65455
	.short	5
	.short	114
	.short	40
	.short	97
	.short	65522
	.short	65533
	.short	120
	.short	65522
	.short	45
	.short	65515
	.short	59
	.short	31
	.short	21
	.short	58
	.short	65467
	.short	65475
	.short	65413
	.short	54
	.short	65429
	.short	27
	.short	69
	.short	58
	.short	65434
	.short	65457
	.short	77
	.short	112
	.short	65518
	.short	65510
	.short	65454
	.short	12
	.short	65469
	.short	65447
	.short	65415
	.short	65526
	.short	51
	.short	63
	.short	119
	.short	65423
	.short	104
	.short	65527
	.short	65450
	.short	65437
	.short	63
	.short	66
	.short	44
	.short	19
	.short	36
	.short	85
	.short	65409
	.short	65426
	.short	65469
	.short	65492
	.short	65500
	.short	65535
	.short	78
	.short	65518
	.short	74
	.short	65483
	.short	65505
	.short	63
	.short	65530
	.short	116
	.short	24
	.short	65415
	.short	124
	.short	65466
	.short	65416
	.short	65446
	.short	65438
	.short	55
	.short	53
	.short	65413
	.short	65461
	.short	65530
	.short	65502
	.short	65461
	.short	50
	.short	65411
	.short	4
	.short	12
	.short	44
	.short	65494
	.short	83
	.short	74
	.short	65498
	.short	45
	.short	62
	.short	115
	.short	65497
	.short	65459
	.short	65507
	.short	94
	.short	65438
	.short	73
	.short	65528
	.short	85
	.short	34
	.short	26
	.short	65435
	.short	65455
	.short	59
	.short	127
	.short	65467
	.short	65525
	.short	71
	.short	65
	.short	85
	.short	65416
	.short	15
	.short	65470
	.short	71
	.short	65503
	.short	114
	.short	36
	.short	65475
	.short	69
	.short	65455
	.short	104
	.short	65421
	.short	65426
	.short	65422
	.short	117
	.short	65519
	.short	65529
	.short	65461
	.short	65535
	.short	65468
	.short	65517
	.short	65528
	.short	59
	.short	65506
	.short	44
	.short	65526
	.short	86
	.short	65435
	.short	9
	.short	55
	.short	65468
	.short	10
	.short	65515
	.short	65513
	.short	25
	.short	52
	.short	65421
	.short	72
	.short	65440
	.short	10
	.short	66
	.short	87
	.short	65435
	.short	65512
	.short	11
	.short	65503
	.short	65413
	.short	65440
	.short	65528
	.short	59
	.short	65424
	.short	65468
	.short	65489
	.short	65500
	.short	121
	.short	65456
	.short	65422
	.short	4
	.short	67
	.short	65497
	.short	51
	.short	65516
	.short	65427
	.short	65429
	.short	88
	.short	65509
	.short	69
	.short	65420
	.short	60
	.short	65432
	.short	65424
	.short	65534
	.short	1
	.short	23
	.short	47
	.short	65462
	.short	65437
	.short	65442
	.short	62
	.short	46
	.short	65511
	.short	65426
	.short	43
	.short	65479
	.short	65440
	.short	126
	.short	65472
	.short	65479
	.short	65429
	.short	37
	.short	65505
	.short	31
	.short	65517
	.short	60
	.short	60
	.short	65433
	.short	117
	.short	104
	.short	65502
	.short	65457
	.short	81
	.short	65510
	.short	65479
	.short	65490
	.short	65487
	.short	3
	.short	122
	.short	27
	.short	113
	.short	33
	.short	65444
	.short	78
	.short	65436
	.short	0
	.short	55
	.short	69
	.short	65410
	.short	73
	.short	116
	.short	99
	.short	65421
	.short	121
	.short	65525
	.short	47
	.short	113
	.short	9
	.short	65409
	.short	124
	.short	79
	.short	102
	.short	123
	.short	34
	.short	90
	.short	15
	.short	65511
	.short	25
	.short	70
	.short	65445
	.short	46
	.short	120
	.short	65510
	.short	127
	.short	65440
	.short	112
	.short	3
	.short	65486
	.short	32
	.short	103
	.short	43
	.short	65487
	.short	65469
	.short	65465
	.short	65482
	.short	5
	.short	65480
	.short	65470
	.short	0
	.short	65429
	.short	65416
	.short	65435
	.short	15
	.short	65438
	.short	80
	.short	73
	.short	65493
	.short	65516
	.short	47
	.short	81
	.short	65449
	.short	65412
	.short	25
	.short	120
	.short	27
	.short	65439
	.short	66
	.short	119
	.short	65459
	.short	49
	.short	116
	.short	78
	.short	65452
	.short	35
	.short	24
	.short	65490
	.short	65429
	.short	65511
	.short	69
	.short	65494
	.short	65522
	.short	80
	.short	20
	.short	65457
	.short	65433
	.short	103
	.short	65514
	.short	110
	.short	99
	.short	65484
	.short	116
	.short	83
	.short	65498
	.short	120
	.short	40
	.short	65469
	.short	44
	.short	84
	.short	113
	.short	65527
	.short	65529
	.short	65513
	.short	88
	.short	65433
	.short	65513
	.short	37
	.short	68
	.short	85
	.short	65535
	.short	69
	.short	107
	.short	65525
	.short	36
	.short	84
	.short	99
	.short	65471
	.short	6
	.short	65438
	.short	105
	.short	65432
	.short	53
	.short	73
	.short	51
	.short	20
	.short	39
	.short	18
	.short	65
	.short	33
	.short	65523
	.short	93
	.short	65410
	.short	23
	.short	30
	.short	65466
	.short	65415
	.short	120
	.short	65433
	.short	65463
	.short	65470
	.short	79
	.short	65500
	.short	65488
	.short	65419
	.short	65516
	.short	65429
	.short	65427
	.short	60
	.short	65494
	.short	18
	.short	65518
	.short	58
	.short	127
	.short	65523
	.short	98
	.short	65468
	.short	65473
	.short	65501
	.short	65442
	.short	65508
	.short	65452
	.short	65423
	.short	77
	.short	65519
	.short	65522
	.short	65471
	.short	45
	.short	115
	.short	78
	.short	65432
	.short	105
	.short	9
	.short	65503
	.short	65505
	.short	65499
	.short	97
	.short	65532
	.short	65490
	.short	120
	.short	65521
	.short	65418
	.short	65520
	.short	46
	.short	14
	.short	65485
	.short	65439
	.short	103
	.short	65443
	.short	82
	.short	65461
	.short	46
	.short	65485
	.short	65421
	.short	77
	.short	65534
	.short	14
	.short	65463
	.short	75
	.short	105
	.short	123
	.short	82
	.short	32
	.short	65494
	.short	65516
	.short	65501
	.short	31
	.short	65467
	.short	65508
	.short	65504
	.short	68
	.short	65498
	.short	65515
	.short	65454
	.short	65492
	.short	65533
	.short	9
	.short	65466
	.short	93
	.short	65485
	.short	118
	.short	74
	.short	36
	.short	65446
	.short	79
	.short	65433
	.short	65526
	.short	107
	.short	104
	.short	65455
	.short	65485
	.short	65466
	.short	113
	.short	71
	.short	22
	.short	65532
	.short	24
	.short	82
	.short	65459
	.short	54
	.short	83
	.short	80
	.short	65438
	.short	65431
	.short	96
	.short	9
	.short	65443
	.short	65525
	.short	65490
	.short	90
	.short	4
	.short	18
	.short	65515
	.short	65443
	.short	82
	.short	65470
	.short	65449
	.short	65424
	.short	65535
	.short	8
	.short	17
	.short	40
	.short	65447
	.short	65445
	.short	77
	.short	23
	.short	65488
	.short	65440
	.short	65447
	.short	65
	.short	65462
	.short	113
	.short	65473
	.short	104
	.short	65421
	.short	109
	.short	65
	.short	92
	.short	124
	.short	65524
	.short	67
	.short	98
	.short	65527
	.short	124
	.short	85
	.short	110
	.short	2
	.short	65483
	.short	118
	.short	2
	.short	65436
	.short	8
	.short	50
	.short	65436
	.short	117
	.short	93
	.short	65448
	.short	113
	.short	70
	.short	65517
	.short	65517
	.short	65475
	.short	92
	.short	65487
	.short	65476
	.short	65517
	.short	65423
	.short	65429
	.short	112
	.short	65500
	.short	114
	.short	65518
	.short	34
	.short	107
	.short	122
	.short	69
	.short	65500
	.short	7
	.short	64
	.short	73
	.short	65415
	.short	65448
	.short	65413
	.short	65416
	.short	65438
	.short	99
	.short	86
	.short	65436
	.short	65488
	.short	17
	.short	65437
	.short	65492
	.short	65502
	.short	5
	.short	9
	.short	65446
	.short	73
	.short	65518
	.short	35
	.short	65488
	.short	65508
	.short	65483
	.short	65439
	.short	65492
	.short	76
	.short	61
	.short	65535
	.short	65533
	.short	45
	.short	14
	.short	22
	.short	65445
	.short	65448
	.short	65534
	.short	65522
	.short	65460
	.short	65413
	.short	74
	.short	65489
	.short	65414
	.short	65472
	.short	65430
	.short	77
	.short	103
	.short	65460
	.short	40
	.short	65442
	.short	65500
	.short	65434
	.short	2
	.short	109
	.short	65481
	.short	47
	.short	65421
	.short	33
	.short	65485
	.short	65450
	.short	65450
	.short	65508
	.short	59
	.short	122
	.short	65421
	.short	65421
	.short	13
	.short	117
	.short	65502
	.short	65490
	.short	87
	.short	65430
	.short	65
	.short	65517
	.short	65510
	.short	65440
	.short	65473
	.short	65508
	.short	65438
	.short	65507
	.short	60
	.short	11
	.short	42
	.short	28
	.short	65526
	.short	65534
	.short	109
	.short	24
	.short	65421
	.short	44
	.short	65513
	.short	65492
	.short	109
	.short	65421
	.short	75
	.short	65454
	.short	65464
	.short	73
	.short	110
	.short	84
	.short	65532
	.short	65466
	.short	65488
	.short	92
	.short	13
	.short	65432
	.short	65485
	.short	10
	.short	93
	.short	57
	.short	65535
	.short	65441
	.short	65523
	.short	55
	.short	65468
	.short	90
	.short	87
	.short	65412
	.short	120
	.short	65513
	.short	65502
	.short	65424
	.short	105
	.short	71
	.short	7
	.short	65449
	.short	40
	.short	65472
	.short	57
	.short	89
	.short	0
	.short	67
	.short	47
	.short	53
	.short	120
	.short	6
	.short	65417
	.short	65494
	.short	104
	.short	65468
	.short	22
	.short	107
	.short	65451
	.short	65482
	.short	58
	.short	65493
	.short	65488
	.short	3
	.short	65424
	.short	100
	.short	27
	.short	124
	.short	65438
	.short	65425
	.short	65458
	.short	65414
	.short	65510
	.short	65435
	.short	60
	.short	15
	.short	41
	.short	45
	.short	65431
	.short	89
	.short	65414
	.short	65419
	.short	2
	.short	65473
	.short	68
	.short	98
	.short	65491
	.short	108
	.short	27
	.short	43
	.short	65503
	.short	65465
	.short	65442
	.short	20
	.short	65523
	.short	34
	.short	121
	.short	65436
	.short	65435
	.short	65506
	.short	65494
	.short	12
	.short	65467
	.short	14
	.short	49
	.short	57
	.short	26
	.short	65412
	.short	65505
	.short	54
	.short	42
	.short	65413
	.short	17
	.short	117
	.short	65429
	.short	65511
	.short	65513
	.short	65511
	.short	65476
	.short	65449
	.short	59
	.short	53
	.short	65441
	.short	16
	.short	57
	.short	122
	.short	65432
	.short	65532
	.short	65452
	.short	124
	.short	98
	.short	14
	.short	65516
	.short	70
	.short	65445
	.short	65512
	.short	34
	.short	65518
	.short	3
	.short	27
	.short	65421
	.short	65497
	.short	121
	.short	65423
	.short	65484
	.short	65436
	.short	65472
	.short	62
	.short	71
	.short	106
	.short	65517
	.short	65425
	.short	21
	.short	65479
	.short	65478
	.short	65499
	.short	117
	.short	65433
	.short	110
	.short	47
	.short	65463
	.short	65434
	.short	69
	.short	65494
	.short	110
	.short	65456
	.short	65412
	.short	105
	.short	65525
	.short	31
	.short	65514
	.short	116
	.short	12
	.short	65423
	.short	65515
	.short	65496
	.short	65444
	.short	89
	.short	65409
	.short	43
	.short	17
	.short	65495
	.short	23
	.short	99
	.short	88
	.short	6
	.short	93
	.short	65494
	.short	73
	.short	65434
	.short	65493
	.short	110
	.short	65458
	.short	69
	.short	53
	.short	81
	.short	48
	.short	54
	.short	65459
	.short	36
	.short	65426
	.short	65498
	.short	81
	.short	65459
	.short	95
	.short	65473
	.short	65415
	.short	3
	.short	65438
	.short	65410
	.short	65474
	.short	3
	.short	65492
	.short	123
	.short	112
	.short	115
	.short	11
	.short	65481
	.short	65499
	.short	65412
	.short	65417
	.short	20
	.short	107
	.short	4
	.short	65434
	.short	65500
	.short	65472
	.short	65499
	.short	110
	.short	70
	.short	65449
	.short	65531
	.short	30
	.short	65453
	.short	46
	.short	65519
	.short	66
	.short	91
	.short	65528
	.short	65428
	.short	65454
	.short	65459
	.short	65475
	.short	11
	.short	29
	.short	40
	.short	122
	.short	79
	.short	65459
	.short	65494
	.short	48
	.short	65505
	.short	65480
	.short	65495
	.short	65446
	.short	65467
	.short	65515
	.size	.Lloom_demo_n12.weights_i16, 3456

	.type	.Lloom_demo_n12.multiplier,%object
	.section	.rodata..Lloom_demo_n12.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n12.multiplier:
	.long	1076070219
	.long	1315294625
	.long	1607019286
	.long	1264355291
	.long	1138624424
	.long	1191090648
	.long	2088999843
	.long	1228134602
	.long	1949433004
	.long	1234931327
	.long	1107294089
	.long	1316060215
	.long	1252656467
	.long	1126513666
	.long	1849448435
	.long	1185032708
	.long	1655070338
	.long	2102420869
	.long	1263379027
	.long	1790624903
	.long	1578765167
	.long	1973565222
	.long	1916704758
	.long	1090317523
	.size	.Lloom_demo_n12.multiplier, 96

	.type	.Lloom_demo_n12.requant_offset,%object
	.section	.rodata..Lloom_demo_n12.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n12.requant_offset:
	.long	128
	.long	128
	.long	256
	.long	128
	.long	128
	.long	128
	.long	256
	.long	256
	.long	256
	.long	256
	.long	128
	.long	256
	.long	256
	.long	128
	.long	256
	.long	256
	.long	256
	.long	256
	.long	128
	.long	256
	.long	256
	.long	256
	.long	512
	.long	128
	.size	.Lloom_demo_n12.requant_offset, 96

	.type	.Lloom_demo_n12.right_shift,%object
	.section	.rodata..Lloom_demo_n12.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n12.right_shift:
	.long	8
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	9
	.long	9
	.long	9
	.long	9
	.long	8
	.long	9
	.long	9
	.long	8
	.long	9
	.long	9
	.long	9
	.long	9
	.long	8
	.long	9
	.long	9
	.long	9
	.long	10
	.long	8
	.size	.Lloom_demo_n12.right_shift, 96

	.section	".note.GNU-stack","",%progbits

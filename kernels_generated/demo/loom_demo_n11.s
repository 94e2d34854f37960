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
	sub	sp, #64
	mvn	r2, #8323199
	sub.w	r9, r0, #288
	movs	r5, #0
	str	r2, [r1]
	str	r2, [r1, #4]
	str	r2, [r1, #8]
	str	r2, [r1, #12]
	str	r2, [r1, #16]
	str	r2, [r1, #20]
	str	r2, [r1, #24]
	str.w	r2, [r1, #364]
	str.w	r2, [r1, #368]
	str.w	r2, [r1, #372]
	str.w	r2, [r1, #376]
	str.w	r2, [r1, #380]
	str.w	r2, [r1, #384]
	str.w	r2, [r1, #388]
	mvn	r2, #127
	strh	r2, [r1, #28]
	strh	r2, [r1, #56]
	strh.w	r2, [r1, #84]
	strh.w	r2, [r1, #112]
	strh.w	r2, [r1, #140]
	strh.w	r2, [r1, #168]
	strh.w	r2, [r1, #196]
	strh.w	r2, [r1, #224]
	strh.w	r2, [r1, #252]
	strh.w	r2, [r1, #280]
	strh.w	r2, [r1, #308]
	strh.w	r2, [r1, #336]
	strh	r2, [r1, #54]
	strh.w	r2, [r1, #82]
	strh.w	r2, [r1, #110]
	strh.w	r2, [r1, #138]
	strh.w	r2, [r1, #166]
	strh.w	r2, [r1, #194]
	strh.w	r2, [r1, #222]
	strh.w	r2, [r1, #250]
	strh.w	r2, [r1, #278]
	strh.w	r2, [r1, #306]
	strh.w	r2, [r1, #334]
	strh.w	r2, [r1, #362]
	str	r1, [sp]
.LBB0_1:
	movs	r6, #0
	mov	r7, r0
	str	r0, [sp, #12]
.LBB0_2:
	adds	r2, r1, r6
	ldrsb.w	r3, [r7]
	adds	r6, #84
	strh	r3, [r2, #30]
	ldrsb.w	r3, [r7, #72]
	strh	r3, [r2, #32]
	ldrsb.w	r3, [r7, #144]
	strh	r3, [r2, #34]
	ldrsb.w	r3, [r7, #216]
	strh	r3, [r2, #36]
	ldrsb.w	r3, [r7, #288]
	strh	r3, [r2, #38]
	ldrsb.w	r3, [r7, #360]
	strh	r3, [r2, #40]
	ldrsb.w	r3, [r7, #432]
	strh	r3, [r2, #42]
	ldrsb.w	r3, [r7, #504]
	strh	r3, [r2, #44]
	ldrsb.w	r3, [r7, #576]
	strh	r3, [r2, #46]
	ldrsb.w	r3, [r7, #648]
	strh	r3, [r2, #48]
	ldrsb.w	r3, [r7, #720]
	strh	r3, [r2, #50]
	ldrsb.w	r3, [r7, #792]
	strh	r3, [r2, #52]
	ldrsb.w	r3, [r7, #864]
	strh	r3, [r2, #58]
	ldrsb.w	r3, [r7, #936]
	strh	r3, [r2, #60]
	ldrsb.w	r3, [r7, #1008]
	strh	r3, [r2, #62]
	ldrsb.w	r3, [r7, #1080]
	strh.w	r3, [r2, #64]
	ldrsb.w	r3, [r7, #1152]
	strh.w	r3, [r2, #66]
	ldrsb.w	r3, [r7, #1224]
	strh.w	r3, [r2, #68]
	ldrsb.w	r3, [r7, #1296]
	strh.w	r3, [r2, #70]
	ldrsb.w	r3, [r7, #1368]
	strh.w	r3, [r2, #72]
	ldrsb.w	r3, [r7, #1440]
	strh.w	r3, [r2, #74]
	ldrsb.w	r3, [r7, #1512]
	strh.w	r3, [r2, #76]
	ldrsb.w	r3, [r7, #1584]
	strh.w	r3, [r2, #78]
	ldrsb.w	r3, [r7, #1656]
	strh.w	r3, [r2, #80]
	ldrsb.w	r3, [r7, #1728]
	strh.w	r3, [r2, #86]
	ldrsb.w	r3, [r7, #1800]
	strh.w	r3, [r2, #88]
	ldrsb.w	r3, [r7, #1872]
	strh.w	r3, [r2, #90]
	ldrsb.w	r3, [r7, #1944]
	strh.w	r3, [r2, #92]
	ldrsb.w	r3, [r7, #2016]
	strh.w	r3, [r2, #94]
	ldrsb.w	r3, [r7, #2088]
	strh.w	r3, [r2, #96]
	ldrsb.w	r3, [r7, #2160]
	strh.w	r3, [r2, #98]
	ldrsb.w	r3, [r7, #2232]
	strh.w	r3, [r2, #100]
	ldrsb.w	r3, [r7, #2304]
	strh.w	r3, [r2, #102]
	ldrsb.w	r3, [r7, #2376]
	strh.w	r3, [r2, #104]
	ldrsb.w	r3, [r7, #2448]
	strh.w	r3, [r2, #106]
	ldrsb.w	r3, [r7, #2520]
	cmp.w	r6, #336
	add.w	r7, r7, #2592
	strh.w	r3, [r2, #108]
	bne.w	.LBB0_2
	movw	r7, :lower16:.Lloom_demo_n11.right_shift
	movw	r2, :lower16:.Lloom_demo_n11.bias
	movt	r7, :upper16:.Lloom_demo_n11.right_shift
	add.w	r0, r5, r5, lsl #3
	movt	r2, :upper16:.Lloom_demo_n11.bias
	movw	r3, :lower16:.Lloom_demo_n11.weights_i16
	ldrb	r4, [r7, r5]
	movw	r7, :lower16:.Lloom_demo_n11.multiplier
	movt	r7, :upper16:.Lloom_demo_n11.multiplier
	movt	r3, :upper16:.Lloom_demo_n11.weights_i16
	ldr.w	r12, [r2, r5, lsl #2]
	add.w	r2, r3, r0, lsl #1
	ldr.w	r8, [r7, r5, lsl #2]
	movw	r7, :lower16:.Lloom_demo_n11.requant_offset
	movt	r7, :upper16:.Lloom_demo_n11.requant_offset
	str	r5, [sp, #4]
	ldr.w	r10, [r2, #12]
	ldrsh.w	r11, [r2, #16]
	ldr.w	lr, [r7, r5, lsl #2]
	ldr.w	r5, [r3, r0, lsl #1]
	ldrsh.w	r0, [r2, #4]
	str.w	r9, [sp, #8]
	str	r0, [sp, #32]
	ldrsh.w	r0, [r2, #10]
	str	r0, [sp, #28]
	ldr.w	r0, [r2, #6]
	str	r0, [sp, #24]
	movs	r0, #0
	strd	r12, r4, [sp, #36]
	strd	r5, r11, [sp, #56]
.LBB0_4:
	movs	r3, #0
	adds	r0, #1
	str	r0, [sp, #20]
	str.w	r9, [sp, #16]
	str	r1, [sp, #52]
.LBB0_5:
	add.w	r11, r1, r3
	ldr	r1, [sp, #52]
	ldr	r2, [sp, #56]
	ldr	r1, [r1, r3]
	ldr.w	r7, [r11, #2]
	smlad	r1, r1, r5, r12
	ldr.w	r4, [r11, #4]
	smlad	r7, r7, r5, r12
	ldr.w	r5, [r11, #6]
	ldr	r0, [sp, #32]
	smlad	r6, r4, r2, r12
	ldr	r2, [sp, #56]
	smlabb	r1, r0, r4, r1
	smlabb	r4, r0, r5, r7
	ldrsh.w	r7, [r11, #10]
	smlad	r2, r5, r2, r12
	ldr.w	r12, [r11, #34]
	smlabt	r5, r0, r5, r6
	ldr.w	r6, [r11, #28]
	smlabb	r2, r7, r0, r2
	ldr	r0, [sp, #24]
	smlad	r1, r6, r0, r1
	ldr.w	r6, [r11, #30]
	smlad	r4, r6, r0, r4
	ldr.w	r6, [r11, #32]
	smlad	r5, r6, r0, r5
	mov	r7, r8
	ldr.w	r8, [sp, #28]
	smlad	r0, r12, r0, r2
	smlabb	r1, r8, r6, r1
	str	r0, [sp, #48]
	smlabt	r6, r8, r12, r5
	ldr.w	r5, [r11, #56]
	smlabb	r2, r8, r12, r4
	ldr	r0, [sp, #60]
	smlad	r1, r5, r10, r1
	ldr.w	r5, [r11, #58]
	smlad	r2, r5, r10, r2
	ldr.w	r5, [r11, #60]
	smlabb	r4, r0, r5, r1
	ldr.w	r1, [r11, #62]
	ldr	r0, [sp, #60]
	smlad	r5, r5, r10, r6
	lsls	r4, r4, #1
	smlabb	r2, r0, r1, r2
	@APP
	smmlar	r6, r4, r7, lr
	@NO_APP
	ldrsh.w	r12, [r11, #38]
	add.w	r0, r6, r4, asr #31
	str	r0, [sp, #44]
	ldr	r0, [sp, #60]
	lsls	r2, r2, #1
	smlabt	r5, r0, r1, r5
	@APP
	smmlar	r6, r2, r7, lr
	@NO_APP
	ldr	r0, [sp, #48]
	add.w	r2, r6, r2, asr #31
	lsls	r5, r5, #1
	@APP
	smmlar	r6, r5, r7, lr
	@NO_APP
	smlabb	r0, r12, r8, r0
	mov	r8, r7
	add.w	r6, r6, r5, asr #31
	ldrsh.w	r5, [r11, #66]
	ldr.w	r11, [sp, #60]
	smlad	r1, r1, r10, r0
	ldrd	r12, r4, [sp, #36]
	ldr	r0, [sp, #44]
	smlabb	r1, r5, r11, r1
	asr.w	r7, r0, r4
	adds	r3, #8
	lsls	r1, r1, #1
	ldr	r5, [sp, #56]
	asrs	r2, r4
	cmp	r3, #24
	ssat	r7, #8, r7
	strb.w	r7, [r9, #288]
	asr.w	r7, r6, r4
	@APP
	smmlar	r6, r1, r8, lr
	@NO_APP
	add.w	r1, r6, r1, asr #31
	ssat	r2, #8, r2
	asr.w	r1, r1, r4
	strb.w	r2, [r9, #360]
	ssat	r2, #8, r7
	strb.w	r2, [r9, #432]
	add.w	r2, r9, #288
	ssat	r1, #8, r1
	strb.w	r1, [r9, #504]
	ldr	r1, [sp, #52]
	mov	r9, r2
	bne.w	.LBB0_5
	ldr	r0, [sp, #20]
	ldr.w	r9, [sp, #16]
	cmp	r0, #12
	add.w	r1, r1, #28
	add.w	r9, r9, #864
	bne.w	.LBB0_4
	ldr	r5, [sp, #4]
	ldr.w	r9, [sp, #8]
	adds	r5, #1
	ldr	r0, [sp, #12]
	cmp	r5, #72
	add.w	r0, r0, #1
	add.w	r9, r9, #1
	ldr	r1, [sp]
	bne.w	.LBB0_1
	add	sp, #64
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n11, .Lfunc_end0-loom_demo_n11
	.cantunwind
	.fnend

	.type	.Lloom_demo_n11.bias,%object
	.section	.rodata..Lloom_demo_n11.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.bias:
	.long	37287
	.long	21901
	.long	33814
	.long	4231
	.long	4294949087
	.long	38025
	.long	4294956130
	.long	58588
	.long	13248
	.long	4294944941
	.long	50809
	.long	8945
	.long	4294887986
	.long	31332
	.long	4294963042
	.long	4294955158
	.long	30334
	.long	31920
	.long	4294963503
	.long	19909
	.long	4294964383
	.long	12324
	.long	4294962757
	.long	38189
	.long	4294965986
	.long	21359
	.long	22668
	.long	45971
	.long	4294965537
	.long	9035
	.long	14722
	.long	4294963715
	.long	9534
	.long	9804
	.long	2969
	.long	13993
	.long	16411
	.long	44299
	.long	4294945993
	.long	4294958407
	.long	592
	.long	4294965116
	.long	4294917436
	.long	59204
	.long	50986
	.long	4294963779
	.long	25973
	.long	2361
	.long	20823
	.long	16780
	.long	4294929266
	.long	4294950250
	.long	31699
	.long	4294948603
	.long	82918
	.long	39770
	.long	14048
	.long	2004
	.long	4294965756
	.long	4294947320
	.long	4294957305
	.long	4294960205
	.long	4294951725
	.long	35428
	.long	4294948285
	.long	9321
	.long	28708
	.long	6911
	.long	3364
	.long	5850
	.long	4294947248
	.long	18989
	.size	.Lloom_demo_n11.bias, 288

	.type	.Lloom_demo_n11.weights_i16,%object
	.section	.rodata..Lloom_demo_n11.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.weights_i16:
	.short	58
	.short	65500
	.short	66
	.short	65529
	.short	61
	.short	65487
	.short	108
	.short	82
	.short	1
	.short	65460
	.short	104
	.short	65470
	.short	57
	.short	109
	.short	6
	.short	72
	.short	65414
	.short	74
	.short	77
	.short	100
	.short	65533
	.short	92
	.short	5
	.short	122
	.short	51
	.short	65459
	.short	65424
	.short	28
	.short	25
	.short	102
	.short	65461
	.short	65432
	.short	65449
	.short	64
	.short	99
	.short	65522
	.short	65501
	.short	78
	.short	65430
	.short	0
	.short	65504
	.short	65493
	.short	115
	.short	65519
	.short	65419
	.short	65475
	.short	115
	.short	65531
	.short	92
	.short	13
	.short	65451
	.short	10
	.short	89
	.short	125
	.short	65470
	.short	65429
	.short	64
	.short	65447
	.short	51
	.short	65470
	.short	97
	.short	109
	.short	65462
	.short	75
	.short	78
	.short	44
	.short	113
	.short	17
	.short	65532
	.short	110
	.short	65477
	.short	97
	.short	15
	.short	51
	.short	65498
	.short	45
	.short	76
	.short	77
	.short	5
	.short	65525
	.short	65422
	.short	24
	.short	65459
	.short	8
	.short	63
	.short	28
	.short	65509
	.short	65509
	.short	65422
	.short	65472
	.short	116
	.short	100
	.short	65535
	.short	65529
	.short	30
	.short	65522
	.short	8
	.short	65
	.short	105
	.short	65499
	.short	10
	.short	65525
	.short	65474
	.short	55
	.short	119
	.short	65520
	.short	49
	.short	65509
	.short	8
	.short	65486
	.short	65435
	.short	65449
	.short	5
	.short	65478
	.short	65414
	.short	65420
	.short	65432
	.short	59
	.short	61
	.short	18
	.short	105
	.short	24
	.short	65425
	.short	65432
	.short	95
	.short	88
	.short	65492
	.short	65484
	.short	60
	.short	65472
	.short	34
	.short	65519
	.short	67
	.short	12
	.short	65498
	.short	42
	.short	65496
	.short	65513
	.short	65419
	.short	65493
	.short	65456
	.short	22
	.short	61
	.short	95
	.short	42
	.short	65466
	.short	53
	.short	82
	.short	62
	.short	116
	.short	65526
	.short	65484
	.short	29
	.short	123
	.short	15
	.short	65505
	.short	65470
	.short	65510
	.short	125
	.short	65426
	.short	84
	.short	124
	.short	90
	.short	8
	.short	114
	.short	65425
	.short	65424
	.short	65477
	.short	58
	.short	68
	.short	65448
	.short	65505
	.short	80
	.short	71
	.short	44
	.short	95
	.short	65450
	.short	2
	.short	112
	.short	65416
	.short	65437
	.short	104
	.short	42
	.short	65517
	.short	65464
	.short	61
	.short	59
	.short	25
	.short	65422
	.short	93
	.short	20
	.short	65518
	.short	65481
	.short	33
	.short	64
	.short	27
	.short	65424
	.short	47
	.short	93
	.short	15
	.short	65486
	.short	109
	.short	82
	.short	37
	.short	65418
	.short	65418
	.short	65436
	.short	63
	.short	25
	.short	43
	.short	15
	.short	82
	.short	60
	.short	104
	.short	65416
	.short	16
	.short	65473
	.short	65514
	.short	8
	.short	65480
	.short	99
	.short	31
	.short	8
	.short	60
	.short	65452
	.short	65513
	.short	65477
	.short	115
	.short	120
	.short	65475
	.short	65447
	.short	21
	.short	52
	.short	83
	.short	99
	.short	111
	.short	7
	.short	65470
	.short	97
	.short	65417
	.short	65522
	.short	65534
	.short	55
	.short	116
	.short	65433
	.short	107
	.short	78
	.short	39
	.short	12
	.short	15
	.short	90
	.short	17
	.short	65509
	.short	65465
	.short	65428
	.short	83
	.short	42
	.short	65474
	.short	119
	.short	80
	.short	65459
	.short	31
	.short	65481
	.short	65489
	.short	5
	.short	3
	.short	89
	.short	65463
	.short	105
	.short	17
	.short	95
	.short	112
	.short	65512
	.short	48
	.short	65480
	.short	17
	.short	65427
	.short	65467
	.short	102
	.short	65483
	.short	118
	.short	65514
	.short	55
	.short	65438
	.short	65495
	.short	65446
	.short	65520
	.short	116
	.short	56
	.short	65526
	.short	65518
	.short	30
	.short	105
	.short	65502
	.short	65430
	.short	95
	.short	65500
	.short	9
	.short	65468
	.short	65420
	.short	67
	.short	74
	.short	65527
	.short	26
	.short	65
	.short	24
	.short	65519
	.short	65493
	.short	64
	.short	102
	.short	28
	.short	65419
	.short	65430
	.short	7
	.short	93
	.short	65438
	.short	34
	.short	70
	.short	85
	.short	60
	.short	65428
	.short	11
	.short	65502
	.short	82
	.short	65533
	.short	90
	.short	65456
	.short	104
	.short	65451
	.short	127
	.short	65465
	.short	65488
	.short	100
	.short	65502
	.short	94
	.short	69
	.short	29
	.short	106
	.short	70
	.short	10
	.short	99
	.short	65430
	.short	42
	.short	29
	.short	31
	.short	65440
	.short	6
	.short	30
	.short	65429
	.short	65507
	.short	65474
	.short	65467
	.short	89
	.short	124
	.short	65464
	.short	65526
	.short	27
	.short	65468
	.short	65460
	.short	65509
	.short	65426
	.short	13
	.short	122
	.short	65451
	.short	64
	.short	97
	.short	65510
	.short	65447
	.short	24
	.short	98
	.short	65451
	.short	87
	.short	11
	.short	65494
	.short	28
	.short	1
	.short	65421
	.short	0
	.short	65505
	.short	65474
	.short	65415
	.short	65429
	.short	65521
	.short	65449
	.short	8
	.short	108
	.short	65455
	.short	65479
	.short	112
	.short	65535
	.short	109
	.short	120
	.short	24
	.short	26
	.short	109
	.short	25
	.short	73
	.short	57
	.short	29
	.short	57
	.short	4
	.short	111
	.short	65532
	.short	65531
	.short	86
	.short	37
	.short	65507
	.short	113
	.short	65432
	.short	65477
	.short	55
	.short	65504
	.short	63
	.short	65468
	.short	65525
	.short	40
	.short	26
	.short	125
	.short	65500
	.short	65414
	.short	98
	.short	65527
	.short	104
	.short	65454
	.short	65462
	.short	86
	.short	105
	.short	93
	.short	65464
	.short	30
	.short	37
	.short	65421
	.short	65414
	.short	65415
	.short	72
	.short	65478
	.short	69
	.short	126
	.short	71
	.short	45
	.short	90
	.short	108
	.short	65464
	.short	12
	.short	65514
	.short	33
	.short	80
	.short	65411
	.short	105
	.short	6
	.short	65448
	.short	33
	.short	65417
	.short	15
	.short	65479
	.short	65494
	.short	65418
	.short	30
	.short	35
	.short	93
	.short	65526
	.short	65482
	.short	65510
	.short	65491
	.short	78
	.short	65424
	.short	65
	.short	65409
	.short	65453
	.short	98
	.short	65466
	.short	65519
	.short	117
	.short	127
	.short	73
	.short	65514
	.short	25
	.short	118
	.short	65418
	.short	38
	.short	65481
	.short	65507
	.short	67
	.short	65502
	.short	65429
	.short	65500
	.short	24
	.short	112
	.short	86
	.short	18
	.short	110
	.short	52
	.short	109
	.short	105
	.short	19
	.short	73
	.short	116
	.short	65416
	.short	65469
	.short	69
	.short	47
	.short	67
	.short	117
	.short	65532
	.short	10
	.short	82
	.short	65464
	.short	48
	.short	65426
	.short	25
	.short	79
	.short	89
	.short	65482
	.short	22
	.short	116
	.short	24
	.short	65527
	.short	65508
	.short	117
	.short	65450
	.short	65504
	.short	65429
	.short	65525
	.short	50
	.short	25
	.short	17
	.short	65446
	.short	65
	.short	65494
	.short	65478
	.short	46
	.short	57
	.short	65437
	.short	65469
	.short	65518
	.short	25
	.short	65456
	.short	65504
	.short	50
	.short	4
	.short	65430
	.short	65513
	.short	89
	.short	65468
	.short	65441
	.short	8
	.short	26
	.short	58
	.short	24
	.short	84
	.short	65530
	.short	16
	.short	106
	.short	66
	.short	65444
	.short	65461
	.short	65479
	.short	65442
	.short	65443
	.short	65519
	.short	97
	.short	65479
	.short	90
	.short	66
	.short	65492
	.short	65440
	.short	65473
	.short	40
	.short	83
	.short	109
	.short	51
	.short	32
	.short	42
	.short	43
	.short	65454
	.short	65485
	.short	65429
	.short	65501
	.short	65449
	.short	85
	.short	76
	.short	18
	.short	14
	.short	65457
	.short	65487
	.short	4
	.short	65486
	.short	12
	.short	65500
	.short	62
	.short	65416
	.short	98
	.short	32
	.short	66
	.short	65456
	.short	101
	.short	97
	.short	112
	.short	65461
	.short	70
	.short	98
	.short	13
	.short	65433
	.short	73
	.short	65437
	.short	119
	.short	108
	.short	65430
	.short	33
	.short	65513
	.short	65445
	.short	26
	.short	65491
	.short	76
	.short	18
	.short	65531
	.short	35
	.short	40
	.short	65414
	.short	65528
	.short	37
	.short	65473
	.short	65529
	.short	65495
	.short	106
	.short	107
	.short	124
	.short	39
	.short	65438
	.short	65412
	.short	65518
	.short	88
	.short	65490
	.short	65468
	.short	65417
	.short	65436
	.short	65504
	.short	67
	.short	68
	.short	92
	.short	75
	.short	78
	.short	16
	.short	65511
	.short	65503
	.short	65518
	.short	41
	.short	65452
	.size	.Lloom_demo_n11.weights_i16, 1296

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
	.ascii	"\b\b\007\007\b\b\b\007\b\007\b\007\007\007\007\007\007\007\007\007\b\b\007\007\007\b\007\b\007\007\007\b\007\b\b\b\007\007\007\007\007\007\007\007\007\b\b\007\007\b\007\007\007\b\b\b\007\007\007\007\007\007\007\007\007\007\b\b\b\007\007\007"
	.size	.Lloom_demo_n11.right_shift, 72

	.section	".note.GNU-stack","",%progbits

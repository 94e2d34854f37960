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
	movw	r1, :lower16:.Lloom_demo_n12.multiplier
	movw	r2, :lower16:.Lloom_demo_n12.requant_offset
	movt	r1, :upper16:.Lloom_demo_n12.multiplier
	ldr	r6, [sp, #32]
	movt	r2, :upper16:.Lloom_demo_n12.requant_offset
	movw	r10, :lower16:.Lloom_demo_n12.right_shift
	ldr.w	r9, [r1, r6, lsl #2]
	ldr	r5, [sp, #36]
	ldr.w	r7, [r2, r6, lsl #2]
	@APP
	smmlar	r8, r0, r9, r7
	@NO_APP
	movt	r10, :upper16:.Lloom_demo_n12.right_shift
	add.w	r8, r8, r0, asr #31
	@APP
	smmlar	r0, lr, r9, r7
	@NO_APP
	ldr.w	r1, [r1, r5, lsl #2]
	ldr.w	r4, [r2, r5, lsl #2]
	@APP
	smmlar	r2, r3, r1, r4
	@NO_APP
	add.w	r11, r2, r3, asr #31
	ldr.w	r3, [r10, r6, lsl #2]
	add.w	r0, r0, lr, asr #31
	@APP
	smmlar	r1, r12, r1, r4
	@NO_APP
	asr.w	r2, r8, r3
	ldr	r7, [sp, #28]
	asrs	r0, r3
	ldr.w	r3, [r10, r5, lsl #2]
	asr.w	r4, r11, r3
	ldr	r6, [sp, #44]
	ssat	r2, #8, r2
	ldr.w	r8, [sp, #40]
	strb.w	r2, [r7, r6, lsl #1]
	add.w	r1, r1, r12, asr #31
	ssat	r2, #8, r4
	add.w	r8, r8, #288
	strb	r2, [r7, r5]
	asrs	r1, r3
	ldr	r2, [sp, #24]
	ssat	r0, #8, r0
	strb.w	r0, [r2, r6, lsl #1]
	adds	r6, #1
	ssat	r0, #8, r1
	cmp	r6, #12
	strb	r0, [r2, r5]
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
	ldr.w	r5, [r1, r6, lsl #3]
	ldr	r1, [r0, #4]
	lsls	r0, r6, #1
	mov	r6, r1
	mov	r2, r5
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
	smlad	r2, r0, r10, r2
	smlad	r0, r0, lr, r6
	smlad	r2, r1, r12, r2
	smlad	r0, r1, r7, r0
	ldr	r1, [r4, #72]
	sxtb16	r3, r1
	sxtb16	r1, r1, ror #8
	smlad	r6, r3, r10, r5
	smlad	r12, r1, r12, r6
	ldr	r6, [sp, #56]
	smlad	r3, r3, lr, r6
	ldr	r6, [r4, #4]
	ldr.w	r5, [r11, #8]
	smlad	lr, r1, r7, r3
	sxtb16	r3, r6
	smlad	r10, r3, r5, r2
	ldr	r2, [r4, #76]
	ldrd	r1, r7, [r11, #152]
	smlad	r3, r3, r1, r0
	sxtb16	r0, r2
	smlad	r12, r0, r5, r12
	ldr.w	r5, [r11, #12]
	smlad	r1, r0, r1, lr
	sxtb16	r6, r6, ror #8
	sxtb16	r2, r2, ror #8
	smlad	r0, r6, r5, r10
	smlad	r3, r6, r7, r3
	smlad	lr, r2, r5, r12
	smlad	r12, r2, r7, r1
	beq.w	.LBB0_5
	ldr	r1, [r4, #8]
	ldr.w	r6, [r11, #160]
	sxtb16	r2, r1
	add.w	r9, r9, #16
	ldrd	r7, r5, [r11, #16]
	sxtb16	r1, r1, ror #8
	smlad	r0, r2, r7, r0
	smlad	r10, r1, r5, r0
	ldr.w	r0, [r11, #164]
	smlad	r2, r2, r6, r3
	ldr	r3, [r4, #80]
	smlad	r1, r1, r0, r2
	sxtb16	r2, r3
	smlad	r7, r2, r7, lr
	sxtb16	r3, r3, ror #8
	smlad	r2, r2, r6, r12
	ldr	r6, [r4, #12]
	smlad	r7, r3, r5, r7
	smlad	r12, r3, r0, r2
	ldr	r3, [r8, #-148]
	sxtb16	r2, r6
	ldr.w	r0, [r11, #168]
	ldr	r4, [r4, #84]
	smlad	r5, r2, r3, r10
	smlad	r1, r2, r0, r1
	sxtb16	r2, r4
	smlad	r7, r2, r3, r7
	ldr.w	r3, [r11, #28]
	sxtb16	r6, r6, ror #8
	smlad	r0, r2, r0, r12
	smlad	r2, r6, r3, r5
	ldr	r5, [r8], #32
	smlad	r6, r6, r5, r1
	sxtb16	r1, r4, ror #8
	smlad	r3, r1, r3, r7
	smlad	r0, r1, r5, r0
	mov	r5, r3
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
	.long	101360
	.long	43858
	.long	4294899044
	.long	4294967292
	.long	88970
	.long	78504
	.long	4294929454
	.long	74564
	.long	4294951160
	.long	214974
	.long	82592
	.long	172788
	.long	4294761744
	.long	48968
	.long	4294732492
	.long	165900
	.long	224228
	.long	4294904014
	.long	209064
	.long	4294677514
	.long	4294919336
	.long	4294847570
	.long	4294895956
	.long	4294823602
	.size	.Lloom_demo_n12.bias_folded, 96

	.type	.Lloom_demo_n12.weights_i16,%object
	.section	.rodata..Lloom_demo_n12.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n12.weights_i16:
	.short	65324
	.short	65526
	.short	120
	.short	212
	.short	65328
	.short	104
	.short	65394
	.short	184
	.short	8
	.short	168
	.short	28
	.short	65330
	.short	65530
	.short	58
	.short	65326
	.short	65518
	.short	65342
	.short	54
	.short	65522
	.short	65500
	.short	65320
	.short	78
	.short	192
	.short	65510
	.short	190
	.short	65414
	.short	65532
	.short	22
	.short	150
	.short	60
	.short	94
	.short	65298
	.short	65466
	.short	206
	.short	218
	.short	136
	.short	65314
	.short	192
	.short	190
	.short	68
	.short	65396
	.short	122
	.short	130
	.short	194
	.short	216
	.short	46
	.short	65402
	.short	65316
	.short	64
	.short	65284
	.short	65356
	.short	178
	.short	196
	.short	218
	.short	12
	.short	94
	.short	65414
	.short	65508
	.short	65478
	.short	65510
	.short	65382
	.short	65498
	.short	60
	.short	226
	.short	65488
	.short	65434
	.short	128
	.short	65342
	.short	242
	.short	65448
	.short	108
	.short	65310
	.short	136
	.short	200
	.short	65508
	.short	58
	.short	65402
	.short	202
	.short	112
	.short	65320
	.short	65462
	.short	110
	.short	65348
	.short	46
	.short	248
	.short	110
	.short	65386
	.short	65444
	.short	65530
	.short	65348
	.short	100
	.short	184
	.short	65488
	.short	65390
	.short	65526
	.short	252
	.short	65496
	.short	248
	.short	65468
	.short	70
	.short	65492
	.short	152
	.short	65512
	.short	80
	.short	65404
	.short	250
	.short	65486
	.short	65338
	.short	65416
	.short	80
	.short	94
	.short	65438
	.short	208
	.short	65520
	.short	68
	.short	40
	.short	10
	.short	166
	.short	174
	.short	162
	.short	65392
	.short	65480
	.short	65294
	.short	65478
	.short	64
	.short	130
	.short	72
	.short	214
	.short	68
	.short	65488
	.short	65282
	.short	65320
	.short	65410
	.short	65484
	.short	65370
	.short	65376
	.short	65532
	.short	240
	.short	65306
	.short	65302
	.short	65466
	.short	186
	.short	65420
	.short	38
	.short	65448
	.short	65476
	.short	164
	.short	65360
	.short	65360
	.short	65510
	.short	65428
	.short	65396
	.short	106
	.short	210
	.short	65444
	.short	112
	.short	65398
	.short	104
	.short	65514
	.short	136
	.short	65452
	.short	170
	.short	65470
	.short	65336
	.short	152
	.short	65446
	.short	65412
	.short	65526
	.short	188
	.short	65532
	.short	65416
	.short	65316
	.short	65424
	.short	65512
	.short	65496
	.short	65358
	.short	65452
	.short	65510
	.short	100
	.short	65530
	.short	152
	.short	2
	.short	65492
	.short	84
	.short	65452
	.short	48
	.short	65486
	.short	65502
	.short	180
	.short	142
	.short	65342
	.short	65504
	.short	65422
	.short	212
	.short	206
	.short	164
	.short	72
	.short	24
	.short	160
	.short	65406
	.short	92
	.short	80
	.short	26
	.short	65322
	.short	190
	.short	65408
	.short	236
	.short	65484
	.short	65404
	.short	238
	.short	76
	.short	65334
	.short	65444
	.short	65398
	.short	65284
	.short	65456
	.short	232
	.short	65522
	.short	14
	.short	65362
	.short	228
	.short	65296
	.short	65464
	.short	116
	.short	12
	.short	65376
	.short	65518
	.short	65498
	.short	65486
	.short	58
	.short	65510
	.short	65472
	.short	62
	.short	254
	.short	65400
	.short	138
	.short	120
	.short	65504
	.short	128
	.short	136
	.short	65516
	.short	250
	.short	92
	.short	232
	.short	65308
	.short	40
	.short	65526
	.short	65324
	.short	65462
	.short	162
	.short	65494
	.short	32
	.short	246
	.short	210
	.short	65402
	.short	65286
	.short	65324
	.short	65458
	.short	52
	.short	182
	.short	65402
	.short	168
	.short	65438
	.short	65374
	.short	65422
	.short	65332
	.short	65424
	.short	65438
	.short	65386
	.short	48
	.short	65416
	.short	65506
	.short	94
	.short	65318
	.short	128
	.short	120
	.short	210
	.short	220
	.short	65428
	.short	65342
	.short	65358
	.short	86
	.short	65428
	.short	24
	.short	254
	.short	114
	.short	65300
	.short	96
	.short	168
	.short	164
	.short	198
	.short	65430
	.short	236
	.short	65350
	.short	65412
	.short	246
	.short	130
	.short	65430
	.short	36
	.short	226
	.short	208
	.short	65342
	.short	156
	.short	220
	.short	65442
	.short	65434
	.short	74
	.short	65382
	.short	232
	.short	65498
	.short	65330
	.short	65404
	.short	142
	.short	36
	.short	136
	.short	65436
	.short	65298
	.short	246
	.short	124
	.short	166
	.short	24
	.short	54
	.short	65434
	.short	65386
	.short	184
	.short	78
	.short	65322
	.short	65332
	.short	65436
	.short	88
	.short	98
	.short	65464
	.short	14
	.short	65456
	.short	26
	.short	170
	.short	240
	.short	174
	.short	65354
	.short	65438
	.short	194
	.short	65398
	.short	0
	.short	65466
	.short	65308
	.short	65362
	.short	65486
	.short	65496
	.short	28
	.short	72
	.short	65512
	.short	65418
	.short	65328
	.short	65506
	.short	176
	.short	65526
	.short	206
	.short	65344
	.short	65350
	.short	180
	.short	65292
	.short	65436
	.short	126
	.short	74
	.short	65464
	.short	58
	.short	90
	.short	82
	.short	65336
	.short	65446
	.short	90
	.short	180
	.short	65366
	.short	214
	.short	232
	.short	74
	.short	65298
	.short	65346
	.short	192
	.short	65372
	.short	65526
	.short	220
	.short	65492
	.short	65522
	.short	65414
	.short	65388
	.short	65504
	.short	92
	.short	102
	.short	44
	.short	16
	.short	200
	.short	65454
	.short	65412
	.short	228
	.short	158
	.short	166
	.short	168
	.short	65476
	.short	156
	.short	65448
	.short	136
	.short	65458
	.short	65508
	.short	30
	.short	200
	.short	65286
	.short	156
	.short	220
	.short	12
	.short	136
	.short	65352
	.short	65482
	.short	65292
	.short	65284
	.short	65518
	.short	65472
	.short	65404
	.short	80
	.short	128
	.short	65360
	.short	140
	.short	96
	.short	210
	.short	74
	.short	208
	.short	70
	.short	65382
	.short	65492
	.short	65420
	.short	65290
	.short	65522
	.short	65358
	.short	65346
	.short	18
	.short	65430
	.short	116
	.short	65420
	.short	16
	.short	65506
	.short	20
	.short	52
	.short	65414
	.short	65290
	.short	124
	.short	86
	.short	138
	.short	166
	.short	186
	.short	65418
	.short	220
	.short	65288
	.short	65460
	.short	65512
	.short	65372
	.short	65394
	.short	65520
	.short	65366
	.short	162
	.short	65416
	.short	56
	.short	65300
	.short	65464
	.short	106
	.short	65304
	.short	220
	.short	174
	.short	206
	.short	65466
	.short	65426
	.short	65440
	.short	65336
	.short	152
	.short	182
	.short	194
	.short	65482
	.short	65464
	.short	178
	.short	78
	.short	65482
	.short	65298
	.short	65342
	.short	198
	.short	86
	.short	18
	.short	65324
	.short	65512
	.short	65494
	.short	46
	.short	202
	.short	65428
	.short	40
	.short	112
	.short	65434
	.short	254
	.short	168
	.short	65438
	.short	65530
	.short	90
	.short	234
	.short	65516
	.short	65332
	.short	96
	.short	65364
	.short	22
	.short	242
	.short	65364
	.short	196
	.short	65400
	.short	65412
	.short	65410
	.short	182
	.short	65514
	.short	236
	.short	65484
	.short	58
	.short	14
	.short	65406
	.short	65502
	.short	65336
	.short	65436
	.short	65496
	.short	96
	.short	98
	.short	65484
	.short	65504
	.short	236
	.short	54
	.short	6
	.short	130
	.short	65514
	.short	65500
	.short	65448
	.short	76
	.short	65328
	.short	65398
	.short	65436
	.short	12
	.short	130
	.short	140
	.short	226
	.short	65438
	.short	65426
	.short	214
	.short	65460
	.short	65298
	.short	66
	.short	128
	.short	65326
	.short	206
	.short	65414
	.short	40
	.short	65404
	.short	65526
	.short	65462
	.short	122
	.short	92
	.short	102
	.short	65504
	.short	65530
	.short	65298
	.short	65352
	.short	65518
	.short	65362
	.short	200
	.short	65406
	.short	65412
	.short	65506
	.short	186
	.short	240
	.short	65372
	.short	194
	.short	42
	.short	180
	.short	208
	.short	188
	.short	65354
	.short	65310
	.short	10
	.short	100
	.short	65410
	.short	65366
	.short	236
	.short	182
	.short	65524
	.short	65388
	.short	65478
	.short	65450
	.short	65464
	.short	84
	.short	65392
	.short	6
	.short	65438
	.short	240
	.short	65350
	.short	65356
	.short	24
	.short	65324
	.short	65408
	.short	65476
	.short	200
	.short	65362
	.short	65500
	.short	65356
	.short	36
	.short	254
	.short	226
	.short	104
	.short	65418
	.short	65450
	.short	65436
	.short	65418
	.short	65504
	.short	156
	.short	65474
	.short	58
	.short	142
	.short	65350
	.short	65498
	.short	240
	.short	184
	.short	242
	.short	65480
	.short	4
	.short	38
	.short	156
	.short	65422
	.short	242
	.short	168
	.short	65380
	.short	214
	.short	216
	.short	102
	.short	166
	.short	65338
	.short	116
	.short	94
	.short	65336
	.short	65368
	.short	10
	.short	186
	.short	60
	.short	158
	.short	65422
	.short	65510
	.short	65322
	.short	65398
	.short	65388
	.short	96
	.short	226
	.short	65522
	.short	65404
	.short	65370
	.short	84
	.short	226
	.short	65440
	.short	130
	.short	65308
	.short	65494
	.short	65404
	.short	52
	.short	44
	.short	160
	.short	65364
	.short	154
	.short	84
	.short	65468
	.short	72
	.short	136
	.short	65472
	.short	65402
	.short	200
	.short	65318
	.short	244
	.short	156
	.short	65292
	.short	192
	.short	65408
	.short	65292
	.short	65464
	.short	65476
	.short	65330
	.short	114
	.short	52
	.short	166
	.short	178
	.short	65528
	.short	78
	.short	240
	.short	30
	.short	186
	.short	230
	.short	58
	.short	82
	.short	156
	.short	190
	.short	154
	.short	108
	.short	166
	.short	65300
	.short	130
	.short	186
	.short	244
	.short	188
	.short	65286
	.short	65530
	.short	65316
	.short	160
	.short	58
	.short	210
	.short	168
	.short	22
	.short	65388
	.short	65284
	.short	65320
	.short	65330
	.short	4
	.short	144
	.short	65386
	.short	65390
	.short	66
	.short	6
	.short	65400
	.short	82
	.short	65394
	.short	65414
	.short	65292
	.short	65288
	.short	160
	.short	198
	.short	154
	.short	70
	.short	36
	.short	65432
	.short	44
	.short	65422
	.short	65442
	.short	65418
	.short	65410
	.short	65448
	.short	130
	.short	65340
	.short	78
	.short	118
	.short	228
	.short	196
	.short	65400
	.short	65432
	.short	134
	.short	65458
	.short	14
	.short	65500
	.short	254
	.short	132
	.short	65314
	.short	65490
	.short	65516
	.short	100
	.short	216
	.short	148
	.short	56
	.short	65454
	.short	65492
	.short	65402
	.short	65460
	.short	170
	.short	190
	.short	65356
	.short	248
	.short	178
	.short	65534
	.short	158
	.short	65482
	.short	140
	.short	65460
	.short	194
	.short	14
	.short	16
	.short	65368
	.short	65514
	.short	54
	.short	65462
	.short	65432
	.short	218
	.short	242
	.short	65346
	.short	65532
	.short	65502
	.short	65534
	.short	65530
	.short	18
	.short	65350
	.short	18
	.short	212
	.short	65298
	.short	196
	.short	22
	.short	242
	.short	182
	.short	65324
	.short	65402
	.short	65448
	.short	65502
	.short	46
	.short	162
	.short	192
	.short	52
	.short	65480
	.short	174
	.short	65322
	.short	65306
	.short	65290
	.short	65302
	.short	65392
	.short	65496
	.short	65324
	.short	65488
	.short	190
	.short	168
	.short	65488
	.short	65328
	.short	65532
	.short	65444
	.short	210
	.short	65504
	.short	65436
	.short	65512
	.short	65386
	.short	65414
	.short	214
	.short	130
	.short	65440
	.short	212
	.short	118
	.short	16
	.short	65442
	.short	210
	.short	22
	.short	82
	.short	65438
	.short	198
	.short	65424
	.short	65384
	.short	172
	.short	158
	.short	38
	.short	254
	.short	122
	.short	118
	.short	244
	.short	65382
	.short	192
	.short	210
	.short	65298
	.short	65340
	.short	94
	.short	65374
	.short	10
	.short	228
	.short	80
	.short	194
	.short	65508
	.short	65530
	.short	240
	.short	65508
	.short	90
	.short	65494
	.short	118
	.short	62
	.short	42
	.short	116
	.short	65398
	.short	65414
	.short	65290
	.short	108
	.short	65322
	.short	54
	.short	138
	.short	116
	.short	65332
	.short	65378
	.short	154
	.short	224
	.short	65500
	.short	65484
	.short	65372
	.short	24
	.short	65402
	.short	65358
	.short	65294
	.short	65516
	.short	102
	.short	126
	.short	238
	.short	65310
	.short	208
	.short	65518
	.short	65364
	.short	65338
	.short	126
	.short	132
	.short	88
	.short	38
	.short	72
	.short	170
	.short	65282
	.short	65316
	.short	65402
	.short	65448
	.short	65464
	.short	65534
	.short	156
	.short	65500
	.short	148
	.short	65430
	.short	65474
	.short	126
	.short	65524
	.short	232
	.short	48
	.short	65294
	.short	248
	.short	65396
	.short	65296
	.short	65356
	.short	65340
	.short	110
	.short	106
	.short	65290
	.short	65386
	.short	65524
	.short	65468
	.short	65386
	.short	100
	.short	65286
	.short	8
	.short	24
	.short	88
	.short	65452
	.short	166
	.short	148
	.short	65460
	.short	90
	.short	124
	.short	230
	.short	65458
	.short	65382
	.short	65478
	.short	188
	.short	65340
	.short	146
	.short	65520
	.short	170
	.short	68
	.short	52
	.short	65334
	.short	65374
	.short	118
	.short	254
	.short	65398
	.short	65514
	.short	142
	.short	130
	.short	170
	.short	65296
	.short	30
	.short	65404
	.short	142
	.short	65470
	.short	228
	.short	72
	.short	65414
	.short	138
	.short	65374
	.short	208
	.short	65306
	.short	65316
	.short	65308
	.short	234
	.short	65502
	.short	65522
	.short	65386
	.short	65534
	.short	65400
	.short	65498
	.short	65520
	.short	118
	.short	65476
	.short	88
	.short	65516
	.short	172
	.short	65334
	.short	18
	.short	110
	.short	65400
	.short	20
	.short	65494
	.short	65490
	.short	50
	.short	104
	.short	65306
	.short	144
	.short	65344
	.short	20
	.short	132
	.short	174
	.short	65334
	.short	65488
	.short	22
	.short	65470
	.short	65290
	.short	65344
	.short	65520
	.short	118
	.short	65312
	.short	65400
	.short	65442
	.short	65464
	.short	242
	.short	65376
	.short	65308
	.short	8
	.short	134
	.short	65458
	.short	102
	.short	65496
	.short	65318
	.short	65322
	.short	176
	.short	65482
	.short	138
	.short	65304
	.short	120
	.short	65328
	.short	65312
	.short	65532
	.short	2
	.short	46
	.short	94
	.short	65388
	.short	65338
	.short	65348
	.short	124
	.short	92
	.short	65486
	.short	65316
	.short	86
	.short	65422
	.short	65344
	.short	252
	.short	65408
	.short	65422
	.short	65322
	.short	74
	.short	65474
	.short	62
	.short	65498
	.short	120
	.short	120
	.short	65330
	.short	234
	.short	208
	.short	65468
	.short	65378
	.short	162
	.short	65484
	.short	65422
	.short	65444
	.short	65438
	.short	6
	.short	244
	.short	54
	.short	226
	.short	66
	.short	65352
	.short	156
	.short	65336
	.short	0
	.short	110
	.short	138
	.short	65284
	.short	146
	.short	232
	.short	198
	.short	65306
	.short	242
	.short	65514
	.short	94
	.short	226
	.short	18
	.short	65282
	.short	248
	.short	158
	.short	204
	.short	246
	.short	68
	.short	180
	.short	30
	.short	65486
	.short	50
	.short	140
	.short	65354
	.short	92
	.short	240
	.short	65484
	.short	254
	.short	65344
	.short	224
	.short	6
	.short	65436
	.short	64
	.short	206
	.short	86
	.short	65438
	.short	65402
	.short	65394
	.short	65428
	.short	10
	.short	65424
	.short	65404
	.short	0
	.short	65322
	.short	65296
	.short	65334
	.short	30
	.short	65340
	.short	160
	.short	146
	.short	65450
	.short	65496
	.short	94
	.short	162
	.short	65362
	.short	65288
	.short	50
	.short	240
	.short	54
	.short	65342
	.short	132
	.short	238
	.short	65382
	.short	98
	.short	232
	.short	156
	.short	65368
	.short	70
	.short	48
	.short	65444
	.short	65322
	.short	65486
	.short	138
	.short	65452
	.short	65508
	.short	160
	.short	40
	.short	65378
	.short	65330
	.short	206
	.short	65492
	.short	220
	.short	198
	.short	65432
	.short	232
	.short	166
	.short	65460
	.short	240
	.short	80
	.short	65402
	.short	88
	.short	168
	.short	226
	.short	65518
	.short	65522
	.short	65490
	.short	176
	.short	65330
	.short	65490
	.short	74
	.short	136
	.short	170
	.short	65534
	.short	138
	.short	214
	.short	65514
	.short	72
	.short	168
	.short	198
	.short	65406
	.short	12
	.short	65340
	.short	210
	.short	65328
	.short	106
	.short	146
	.short	102
	.short	40
	.short	78
	.short	36
	.short	130
	.short	66
	.short	65510
	.short	186
	.short	65284
	.short	46
	.short	60
	.short	65396
	.short	65294
	.short	240
	.short	65330
	.short	65390
	.short	65404
	.short	158
	.short	65464
	.short	65440
	.short	65302
	.short	65496
	.short	65322
	.short	65318
	.short	120
	.short	65452
	.short	36
	.short	65500
	.short	116
	.short	254
	.short	65510
	.short	196
	.short	65400
	.short	65410
	.short	65466
	.short	65348
	.short	65480
	.short	65368
	.short	65310
	.short	154
	.short	65502
	.short	65508
	.short	65406
	.short	90
	.short	230
	.short	156
	.short	65328
	.short	210
	.short	18
	.short	65470
	.short	65474
	.short	65462
	.short	194
	.short	65528
	.short	65444
	.short	240
	.short	65506
	.short	65300
	.short	65504
	.short	92
	.short	28
	.short	65434
	.short	65342
	.short	206
	.short	65350
	.short	164
	.short	65386
	.short	92
	.short	65434
	.short	65306
	.short	154
	.short	65532
	.short	28
	.short	65390
	.short	150
	.short	210
	.short	246
	.short	164
	.short	64
	.short	65452
	.short	65496
	.short	65466
	.short	62
	.short	65398
	.short	65480
	.short	65472
	.short	136
	.short	65460
	.short	65494
	.short	65372
	.short	65448
	.short	65530
	.short	18
	.short	65396
	.short	186
	.short	65434
	.short	236
	.short	148
	.short	72
	.short	65356
	.short	158
	.short	65330
	.short	65516
	.short	214
	.short	208
	.short	65374
	.short	65434
	.short	65396
	.short	226
	.short	142
	.short	44
	.short	65528
	.short	48
	.short	164
	.short	65382
	.short	108
	.short	166
	.short	160
	.short	65340
	.short	65326
	.short	192
	.short	18
	.short	65350
	.short	65514
	.short	65444
	.short	180
	.short	8
	.short	36
	.short	65494
	.short	65350
	.short	164
	.short	65404
	.short	65362
	.short	65312
	.short	65534
	.short	16
	.short	34
	.short	80
	.short	65358
	.short	65354
	.short	154
	.short	46
	.short	65440
	.short	65344
	.short	65358
	.short	130
	.short	65388
	.short	226
	.short	65410
	.short	208
	.short	65306
	.short	218
	.short	130
	.short	184
	.short	248
	.short	65512
	.short	134
	.short	196
	.short	65518
	.short	248
	.short	170
	.short	220
	.short	4
	.short	65430
	.short	236
	.short	4
	.short	65336
	.short	16
	.short	100
	.short	65336
	.short	234
	.short	186
	.short	65360
	.short	226
	.short	140
	.short	65498
	.short	65498
	.short	65414
	.short	184
	.short	65438
	.short	65416
	.short	65498
	.short	65310
	.short	65322
	.short	224
	.short	65464
	.short	228
	.short	65500
	.short	68
	.short	214
	.short	244
	.short	138
	.short	65464
	.short	14
	.short	128
	.short	146
	.short	65294
	.short	65360
	.short	65290
	.short	65296
	.short	65340
	.short	198
	.short	172
	.short	65336
	.short	65440
	.short	34
	.short	65338
	.short	65448
	.short	65468
	.short	10
	.short	18
	.short	65356
	.short	146
	.short	65500
	.short	70
	.short	65440
	.short	65480
	.short	65430
	.short	65342
	.short	65448
	.short	152
	.short	122
	.short	65534
	.short	65530
	.short	90
	.short	28
	.short	44
	.short	65354
	.short	65360
	.short	65532
	.short	65508
	.short	65384
	.short	65290
	.short	148
	.short	65442
	.short	65292
	.short	65408
	.short	65324
	.short	154
	.short	206
	.short	65384
	.short	80
	.short	65348
	.short	65464
	.short	65332
	.short	4
	.short	218
	.short	65426
	.short	94
	.short	65306
	.short	66
	.short	65434
	.short	65364
	.short	65364
	.short	65480
	.short	118
	.short	244
	.short	65306
	.short	65306
	.short	26
	.short	234
	.short	65468
	.short	65444
	.short	174
	.short	65324
	.short	130
	.short	65498
	.short	65484
	.short	65344
	.short	65410
	.short	65480
	.short	65340
	.short	65478
	.short	120
	.short	22
	.short	84
	.short	56
	.short	65516
	.short	65532
	.short	218
	.short	48
	.short	65306
	.short	88
	.short	65490
	.short	65448
	.short	218
	.short	65306
	.short	150
	.short	65372
	.short	65392
	.short	146
	.short	220
	.short	168
	.short	65528
	.short	65396
	.short	65440
	.short	184
	.short	26
	.short	65328
	.short	65434
	.short	20
	.short	186
	.short	114
	.short	65534
	.short	65346
	.short	65510
	.short	110
	.short	65400
	.short	180
	.short	174
	.short	65288
	.short	240
	.short	65490
	.short	65468
	.short	65312
	.short	210
	.short	142
	.short	14
	.short	65362
	.short	80
	.short	65408
	.short	114
	.short	178
	.short	0
	.short	134
	.short	94
	.short	106
	.short	240
	.short	12
	.short	65298
	.short	65452
	.short	208
	.short	65400
	.short	44
	.short	214
	.short	65366
	.short	65428
	.short	116
	.short	65450
	.short	65440
	.short	6
	.short	65312
	.short	200
	.short	54
	.short	248
	.short	65340
	.short	65314
	.short	65380
	.short	65292
	.short	65484
	.short	65334
	.short	120
	.short	30
	.short	82
	.short	90
	.short	65326
	.short	178
	.short	65292
	.short	65302
	.short	4
	.short	65410
	.short	136
	.short	196
	.short	65446
	.short	216
	.short	54
	.short	86
	.short	65470
	.short	65394
	.short	65348
	.short	40
	.short	65510
	.short	68
	.short	242
	.short	65336
	.short	65334
	.short	65476
	.short	65452
	.short	24
	.short	65398
	.short	28
	.short	98
	.short	114
	.short	52
	.short	65288
	.short	65474
	.short	108
	.short	84
	.short	65290
	.short	34
	.short	234
	.short	65322
	.short	65486
	.short	65490
	.short	65486
	.short	65416
	.short	65362
	.short	118
	.short	106
	.short	65346
	.short	32
	.short	114
	.short	244
	.short	65328
	.short	65528
	.short	65368
	.short	248
	.short	196
	.short	28
	.short	65496
	.short	140
	.short	65354
	.short	65488
	.short	68
	.short	65500
	.short	6
	.short	54
	.short	65306
	.short	65458
	.short	242
	.short	65310
	.short	65432
	.short	65336
	.short	65408
	.short	124
	.short	142
	.short	212
	.short	65498
	.short	65314
	.short	42
	.short	65422
	.short	65420
	.short	65462
	.short	234
	.short	65330
	.short	220
	.short	94
	.short	65390
	.short	65332
	.short	138
	.short	65452
	.short	220
	.short	65376
	.short	65288
	.short	210
	.short	65514
	.short	62
	.short	65492
	.short	232
	.short	24
	.short	65310
	.short	65494
	.short	65456
	.short	65352
	.short	178
	.short	65282
	.short	86
	.short	34
	.short	65454
	.short	46
	.short	198
	.short	176
	.short	12
	.short	186
	.short	65452
	.short	146
	.short	65332
	.short	65450
	.short	220
	.short	65380
	.short	138
	.short	106
	.short	162
	.short	96
	.short	108
	.short	65382
	.short	72
	.short	65316
	.short	65460
	.short	162
	.short	65382
	.short	190
	.short	65410
	.short	65294
	.short	6
	.short	65340
	.short	65284
	.short	65412
	.short	6
	.short	65448
	.short	246
	.short	224
	.short	230
	.short	22
	.short	65426
	.short	65462
	.short	65288
	.short	65298
	.short	40
	.short	214
	.short	8
	.short	65332
	.short	65464
	.short	65408
	.short	65462
	.short	220
	.short	140
	.short	65362
	.short	65526
	.short	60
	.short	65370
	.short	92
	.short	65502
	.short	132
	.short	182
	.short	65520
	.short	65320
	.short	65372
	.short	65382
	.short	65414
	.short	22
	.short	58
	.short	80
	.short	244
	.short	158
	.short	65382
	.short	65452
	.short	96
	.short	65474
	.short	65424
	.short	65454
	.short	65356
	.short	65398
	.short	65494
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

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
	sub	sp, #152
	movw	r4, :lower16:.Lloom_demo_n5.bias
	movw	r6, :lower16:.Lloom_demo_n5.weights_i16
	movw	r10, :lower16:.Lloom_demo_n5.requant_offset
	str	r0, [sp]
	sub.w	r8, r1, #1
	movs	r0, #0
	movt	r4, :upper16:.Lloom_demo_n5.bias
	movt	r6, :upper16:.Lloom_demo_n5.weights_i16
	movt	r10, :upper16:.Lloom_demo_n5.requant_offset
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
	mvn	lr, #31
	add.w	r0, r2, r0, lsl #6
	ldr	r1, [r2, r1]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #148]
	ldr	r2, [r0, #16]
	str.w	r8, [sp, #16]
	sxtb16	r3, r2, ror #8
	str	r3, [sp, #140]
	sxtb16	r2, r2
	str	r2, [sp, #136]
	ldr	r2, [r0, #32]
	sxtb16	r3, r2, ror #8
	str	r3, [sp, #132]
	sxtb16	r2, r2
	str	r2, [sp, #128]
	sxtb16	r1, r1
	ldr	r2, [r0, #48]
	str	r1, [sp, #144]
	ldr	r1, [r0, #4]
	sxtb16	r3, r2, ror #8
	str	r3, [sp, #124]
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
	ldr	r3, [r0, #44]
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
	ldr	r0, [r0, #60]
	sxtb16	r1, r1
	str	r1, [sp, #40]
	sxtb16	r1, r3, ror #8
	str	r1, [sp, #36]
	sxtb16	r1, r3
	str	r1, [sp, #32]
	sxtb16	r1, r0, ror #8
	str	r2, [sp, #44]
	sxtb16	r0, r0
	str	r0, [sp, #24]
	movs	r0, #0
	str	r1, [sp, #28]
.LBB0_3:
	add.w	r9, r6, lr
	ldr	r1, [sp, #144]
	ldr	r2, [r4, r0]
	mov	r12, r10
	ldr.w	r11, [r9, #32]
	add.w	r10, r6, r0, lsl #3
	smlad	r4, r1, r11, r2
	ldr	r1, [sp, #136]
	smlad	r5, r1, r11, r2
	ldr	r1, [sp, #128]
	ldr	r3, [sp, #120]
	smlad	r1, r1, r11, r2
	smlad	r2, r3, r11, r2
	ldr	r3, [sp, #140]
	ldrd	r6, r7, [r10, #4]
	smlad	r5, r3, r6, r5
	ldr	r3, [sp, #132]
	ldr.w	r11, [sp, #148]
	smlad	r1, r3, r6, r1
	ldr	r3, [sp, #124]
	smlad	r4, r11, r6, r4
	smlad	r2, r3, r6, r2
	ldr	r3, [sp, #112]
	smlad	r4, r3, r7, r4
	ldr	r3, [sp, #104]
	smlad	r5, r3, r7, r5
	ldr	r3, [sp, #96]
	smlad	r1, r3, r7, r1
	ldr	r3, [sp, #88]
	smlad	r2, r3, r7, r2
	ldr	r3, [sp, #116]
	ldrd	r6, r7, [r9, #44]
	smlad	r4, r3, r6, r4
	ldr	r3, [sp, #108]
	smlad	r5, r3, r6, r5
	ldr	r3, [sp, #100]
	smlad	r1, r3, r6, r1
	ldr	r3, [sp, #92]
	smlad	r2, r3, r6, r2
	ldr	r3, [sp, #80]
	smlad	r4, r3, r7, r4
	ldr	r3, [sp, #72]
	smlad	r5, r3, r7, r5
	ldr	r3, [sp, #64]
	smlad	r1, r3, r7, r1
	ldr	r3, [sp, #56]
	smlad	r2, r3, r7, r2
	ldr	r3, [sp, #84]
	ldrd	r6, r7, [r10, #20]
	smlad	r4, r3, r6, r4
	ldr	r3, [sp, #76]
	smlad	r5, r3, r6, r5
	ldr	r3, [sp, #68]
	smlad	r1, r3, r6, r1
	ldr	r3, [sp, #60]
	smlad	r2, r3, r6, r2
	ldr	r3, [sp, #48]
	smlad	r4, r3, r7, r4
	ldr	r3, [sp, #40]
	smlad	r5, r3, r7, r5
	ldr	r3, [sp, #32]
	smlad	r1, r3, r7, r1
	ldr	r3, [sp, #24]
	mov	r10, r12
	smlad	r12, r3, r7, r2
	ldr.w	r6, [r9, #60]
	movw	r3, :lower16:.Lloom_demo_n5.multiplier
	ldr	r7, [sp, #52]
	movt	r3, :upper16:.Lloom_demo_n5.multiplier
	smlad	r4, r7, r6, r4
	ldr	r7, [sp, #44]
	smlad	r5, r7, r6, r5
	ldr	r7, [sp, #36]
	ldr	r2, [sp, #28]
	smlad	r1, r7, r6, r1
	ldr	r7, [r3, r0]
	ldr.w	r3, [r10, r0]
	smlad	r2, r2, r6, r12
	@APP
	smmlar	r6, r4, r7, r3
	@NO_APP
	add.w	r4, r6, r4, asr #31
	@APP
	smmlar	r6, r5, r7, r3
	@NO_APP
	add.w	r5, r6, r5, asr #31
	@APP
	smmlar	r6, r1, r7, r3
	@NO_APP
	@APP
	smmlar	r3, r2, r7, r3
	@NO_APP
	movw	r7, :lower16:.Lloom_demo_n5.right_shift
	movt	r7, :upper16:.Lloom_demo_n5.right_shift
	add.w	r2, r3, r2, asr #31
	add.w	r1, r6, r1, asr #31
	movw	r6, :lower16:.Lloom_demo_n5.weights_i16
	ldr	r3, [r7, r0]
	adds	r0, #4
	asrs	r4, r3
	movt	r6, :upper16:.Lloom_demo_n5.weights_i16
	asrs	r1, r3
	cmp	r0, #192
	asr.w	r5, r5, r3
	add.w	lr, lr, #32
	ssat	r4, #8, r4
	asr.w	r2, r2, r3
	strb	r4, [r8, #1]!
	movw	r4, :lower16:.Lloom_demo_n5.bias
	ssat	r1, #8, r1
	movt	r4, :upper16:.Lloom_demo_n5.bias
	ssat	r5, #8, r5
	strb.w	r1, [r8, #96]
	ssat	r1, #8, r2
	strb.w	r5, [r8, #48]
	strb.w	r1, [r8, #144]
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
	add	sp, #152
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n5, .Lfunc_end0-loom_demo_n5
	.cantunwind
	.fnend

	.type	.Lloom_demo_n5.bias,%object
	.section	.rodata..Lloom_demo_n5.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.bias:
	.long	4294965400
	.long	2686
	.long	1548
	.long	1530
	.long	4294963814
	.long	4294964784
	.long	946
	.long	4294963386
	.long	4294965434
	.long	2824
	.long	2764
	.long	4294966988
	.long	4294966788
	.long	4294965074
	.long	3734
	.long	3768
	.long	102
	.long	4294965844
	.long	4294966092
	.long	4294963552
	.long	4294965840
	.long	3242
	.long	2936
	.long	366
	.long	1950
	.long	3700
	.long	1926
	.long	2480
	.long	3760
	.long	4294966062
	.long	2434
	.long	4294965518
	.long	2578
	.long	3798
	.long	2188
	.long	3314
	.long	2660
	.long	232
	.long	2176
	.long	4294965134
	.long	4294965972
	.long	2600
	.long	4294966434
	.long	1714
	.long	478
	.long	4294966110
	.long	2330
	.long	2696
	.size	.Lloom_demo_n5.bias, 192

	.type	.Lloom_demo_n5.weights_i16,%object
	.section	.rodata..Lloom_demo_n5.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.weights_i16:
	.short	156
	.short	134
	.short	170
	.short	12
	.short	230
	.short	65460
	.short	80
	.short	246
	.short	65488
	.short	114
	.short	176
	.short	65438
	.short	65460
	.short	66
	.short	2
	.short	65520
	.short	230
	.short	65310
	.short	65510
	.short	184
	.short	65454
	.short	246
	.short	65446
	.short	142
	.short	154
	.short	88
	.short	65530
	.short	65490
	.short	108
	.short	112
	.short	46
	.short	170
	.short	212
	.short	65290
	.short	65404
	.short	65344
	.short	65504
	.short	65390
	.short	65326
	.short	65444
	.short	52
	.short	80
	.short	164
	.short	252
	.short	198
	.short	162
	.short	244
	.short	65380
	.short	65378
	.short	65404
	.short	65402
	.short	14
	.short	65492
	.short	236
	.short	65378
	.short	65296
	.short	65318
	.short	65484
	.short	78
	.short	65334
	.short	194
	.short	70
	.short	2
	.short	18
	.short	224
	.short	8
	.short	65404
	.short	140
	.short	220
	.short	65384
	.short	65526
	.short	134
	.short	65298
	.short	134
	.short	65356
	.short	244
	.short	42
	.short	0
	.short	210
	.short	65506
	.short	124
	.short	60
	.short	65454
	.short	206
	.short	65492
	.short	65424
	.short	236
	.short	220
	.short	65324
	.short	65496
	.short	65420
	.short	65388
	.short	65524
	.short	65458
	.short	108
	.short	226
	.short	34
	.short	120
	.short	2
	.short	112
	.short	160
	.short	86
	.short	65420
	.short	65508
	.short	176
	.short	65508
	.short	246
	.short	200
	.short	222
	.short	36
	.short	65412
	.short	65486
	.short	65394
	.short	254
	.short	186
	.short	65304
	.short	16
	.short	65336
	.short	42
	.short	228
	.short	65350
	.short	106
	.short	212
	.short	180
	.short	65452
	.short	65480
	.short	65534
	.short	204
	.short	118
	.short	210
	.short	65432
	.short	65308
	.short	102
	.short	162
	.short	65518
	.short	204
	.short	242
	.short	65398
	.short	184
	.short	65404
	.short	16
	.short	94
	.short	182
	.short	65466
	.short	65306
	.short	236
	.short	192
	.short	36
	.short	80
	.short	188
	.short	70
	.short	65520
	.short	65308
	.short	78
	.short	65470
	.short	92
	.short	30
	.short	228
	.short	65370
	.short	65446
	.short	34
	.short	65344
	.short	26
	.short	146
	.short	36
	.short	65348
	.short	6
	.short	65314
	.short	90
	.short	136
	.short	202
	.short	194
	.short	65466
	.short	65472
	.short	36
	.short	65384
	.short	65528
	.short	65480
	.short	65504
	.short	65338
	.short	65426
	.short	65534
	.short	65512
	.short	65318
	.short	65438
	.short	65500
	.short	65358
	.short	58
	.short	144
	.short	65454
	.short	65284
	.short	65432
	.short	134
	.short	12
	.short	206
	.short	138
	.short	65416
	.short	178
	.short	122
	.short	6
	.short	56
	.short	98
	.short	65420
	.short	224
	.short	65512
	.short	65422
	.short	65528
	.short	150
	.short	65474
	.short	65326
	.short	65532
	.short	65296
	.short	174
	.short	48
	.short	65382
	.short	28
	.short	65354
	.short	164
	.short	65398
	.short	30
	.short	65472
	.short	194
	.short	65326
	.short	118
	.short	65466
	.short	216
	.short	154
	.short	158
	.short	65402
	.short	65282
	.short	214
	.short	214
	.short	12
	.short	170
	.short	65482
	.short	236
	.short	65390
	.short	65472
	.short	226
	.short	65296
	.short	65344
	.short	65336
	.short	65468
	.short	65482
	.short	65396
	.short	65286
	.short	65488
	.short	220
	.short	65304
	.short	60
	.short	65342
	.short	0
	.short	62
	.short	132
	.short	190
	.short	65294
	.short	65350
	.short	158
	.short	65516
	.short	136
	.short	65380
	.short	96
	.short	156
	.short	244
	.short	242
	.short	144
	.short	65330
	.short	14
	.short	65502
	.short	65482
	.short	65370
	.short	174
	.short	82
	.short	4
	.short	228
	.short	242
	.short	174
	.short	200
	.short	208
	.short	65390
	.short	26
	.short	188
	.short	60
	.short	2
	.short	65366
	.short	65362
	.short	236
	.short	106
	.short	65288
	.short	65486
	.short	65326
	.short	140
	.short	65476
	.short	50
	.short	172
	.short	94
	.short	65476
	.short	170
	.short	65488
	.short	65424
	.short	65362
	.short	230
	.short	65328
	.short	210
	.short	65460
	.short	65394
	.short	65466
	.short	248
	.short	162
	.short	65520
	.short	65510
	.short	196
	.short	116
	.short	65482
	.short	90
	.short	65448
	.short	128
	.short	65482
	.short	214
	.short	65378
	.short	68
	.short	65528
	.short	144
	.short	65306
	.short	65476
	.short	204
	.short	136
	.short	65482
	.short	198
	.short	216
	.short	65522
	.short	60
	.short	12
	.short	118
	.short	144
	.short	238
	.short	65490
	.short	65362
	.short	38
	.short	204
	.short	65462
	.short	65456
	.short	65458
	.short	65324
	.short	52
	.short	192
	.short	65430
	.short	134
	.short	244
	.short	65390
	.short	65458
	.short	65432
	.short	106
	.short	65360
	.short	228
	.short	10
	.short	65380
	.short	234
	.short	228
	.short	34
	.short	65310
	.short	65356
	.short	65350
	.short	218
	.short	74
	.short	65334
	.short	65370
	.short	65390
	.short	194
	.short	58
	.short	126
	.short	65526
	.short	8
	.short	65492
	.short	65498
	.short	65512
	.short	66
	.short	70
	.short	82
	.short	64
	.short	4
	.short	212
	.short	65422
	.short	65316
	.short	65440
	.short	65532
	.short	132
	.short	50
	.short	65454
	.short	65340
	.short	58
	.short	36
	.short	65482
	.short	65494
	.short	65470
	.short	68
	.short	65432
	.short	65490
	.short	220
	.short	204
	.short	65404
	.short	65524
	.short	226
	.short	230
	.short	65328
	.short	76
	.short	236
	.short	236
	.short	65478
	.short	65340
	.short	65384
	.short	65344
	.short	88
	.short	65316
	.short	65298
	.short	65298
	.short	65374
	.short	65346
	.short	162
	.short	65284
	.short	65372
	.short	65414
	.short	98
	.short	140
	.short	65346
	.short	140
	.short	65374
	.short	184
	.short	65328
	.short	240
	.short	250
	.short	132
	.short	65526
	.short	65470
	.short	65362
	.short	188
	.short	190
	.short	65452
	.short	65494
	.short	114
	.short	26
	.short	16
	.short	20
	.short	62
	.short	160
	.short	65412
	.short	56
	.short	206
	.short	212
	.short	65352
	.short	65348
	.short	65308
	.short	65446
	.short	36
	.short	22
	.short	65374
	.short	65514
	.short	65514
	.short	94
	.short	96
	.short	65310
	.short	20
	.short	6
	.short	65324
	.short	65486
	.short	154
	.short	26
	.short	65482
	.short	58
	.short	130
	.short	106
	.short	86
	.short	65520
	.short	14
	.short	246
	.short	65314
	.short	65462
	.short	182
	.short	65434
	.short	65400
	.short	196
	.short	112
	.short	65452
	.short	65446
	.short	65390
	.short	65446
	.short	132
	.short	158
	.short	40
	.short	130
	.short	65334
	.short	65424
	.short	86
	.short	64
	.short	65388
	.short	82
	.short	6
	.short	38
	.short	65436
	.short	254
	.short	72
	.short	65330
	.short	65376
	.short	65344
	.short	65478
	.short	158
	.short	144
	.short	234
	.short	192
	.short	228
	.short	65528
	.short	65474
	.short	65460
	.short	65510
	.short	65312
	.short	65510
	.short	65316
	.short	202
	.short	86
	.short	6
	.short	208
	.short	65366
	.short	65452
	.short	65430
	.short	65380
	.short	65316
	.short	142
	.short	50
	.short	65470
	.short	242
	.short	104
	.short	136
	.short	65306
	.short	216
	.short	65446
	.short	65518
	.short	192
	.short	65438
	.short	65348
	.short	65296
	.short	232
	.short	36
	.short	65444
	.short	84
	.short	8
	.short	18
	.short	65496
	.short	65374
	.short	134
	.short	214
	.short	222
	.short	65364
	.short	90
	.short	65312
	.short	65376
	.short	65442
	.short	22
	.short	65336
	.short	250
	.short	8
	.short	48
	.short	65458
	.short	84
	.short	94
	.short	65504
	.short	94
	.short	234
	.short	65316
	.short	65434
	.short	65440
	.short	65396
	.short	65416
	.short	152
	.short	146
	.short	88
	.short	200
	.short	65476
	.short	28
	.short	65464
	.short	112
	.short	65514
	.short	150
	.short	65384
	.short	65470
	.short	66
	.short	36
	.short	65456
	.short	118
	.short	190
	.short	65408
	.short	182
	.short	65366
	.short	184
	.short	65310
	.short	228
	.short	65372
	.short	65392
	.short	65342
	.short	58
	.short	65298
	.short	65340
	.short	65346
	.short	65334
	.short	65458
	.short	65518
	.short	134
	.short	65428
	.short	65396
	.short	108
	.short	146
	.short	65356
	.short	240
	.short	42
	.short	28
	.short	58
	.short	65500
	.short	142
	.short	94
	.short	208
	.short	24
	.short	32
	.short	100
	.short	34
	.short	65404
	.short	84
	.short	65482
	.short	65524
	.short	228
	.short	124
	.short	20
	.short	65464
	.short	112
	.short	8
	.short	65520
	.short	65362
	.short	65376
	.short	26
	.short	224
	.short	172
	.short	36
	.short	100
	.short	82
	.short	65456
	.short	254
	.short	122
	.short	116
	.short	0
	.short	192
	.short	65414
	.short	65446
	.short	44
	.short	126
	.short	126
	.short	65306
	.short	186
	.short	65340
	.short	65402
	.short	220
	.short	122
	.short	65500
	.short	48
	.short	65476
	.short	65382
	.short	246
	.short	65334
	.short	65414
	.short	198
	.short	65528
	.short	65436
	.short	242
	.short	65420
	.short	65302
	.short	214
	.short	26
	.short	65410
	.short	226
	.short	14
	.short	65352
	.short	208
	.short	82
	.short	65488
	.short	122
	.short	65386
	.short	65484
	.short	65320
	.short	65368
	.short	65418
	.short	136
	.short	20
	.short	50
	.short	22
	.short	88
	.short	188
	.short	65414
	.short	76
	.short	90
	.short	254
	.short	22
	.short	130
	.short	252
	.short	65466
	.short	65296
	.short	72
	.short	65510
	.short	65320
	.short	66
	.short	65320
	.short	65438
	.short	170
	.short	65486
	.short	102
	.short	65424
	.short	72
	.short	65532
	.short	65326
	.short	65308
	.short	65462
	.short	198
	.short	214
	.short	148
	.short	65308
	.short	65494
	.short	74
	.short	58
	.short	65522
	.short	242
	.short	65328
	.short	188
	.short	200
	.short	65520
	.short	65474
	.short	154
	.short	65434
	.short	65330
	.short	112
	.short	65522
	.short	65392
	.short	65310
	.short	208
	.short	65502
	.short	65516
	.short	65308
	.short	14
	.short	114
	.short	118
	.short	65310
	.short	204
	.short	216
	.short	120
	.short	90
	.short	65370
	.short	65300
	.short	65450
	.short	94
	.short	30
	.short	40
	.short	65524
	.short	236
	.short	65444
	.short	94
	.short	65362
	.short	65534
	.short	65498
	.short	26
	.short	65498
	.short	56
	.short	66
	.short	65404
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

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
	sub	sp, #56
	mvn	r2, #8323199
	sub.w	r5, r0, #288
	movs	r4, #0
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
	add.w	r0, r4, r4, lsl #3
	movt	r2, :upper16:.Lloom_demo_n11.bias
	movw	r3, :lower16:.Lloom_demo_n11.weights_i16
	ldrb.w	r8, [r7, r4]
	movw	r7, :lower16:.Lloom_demo_n11.multiplier
	movt	r3, :upper16:.Lloom_demo_n11.weights_i16
	movt	r7, :upper16:.Lloom_demo_n11.multiplier
	ldr.w	r12, [r2, r4, lsl #2]
	add.w	r2, r3, r0, lsl #1
	ldr.w	r9, [r7, r4, lsl #2]
	movw	r7, :lower16:.Lloom_demo_n11.requant_offset
	movt	r7, :upper16:.Lloom_demo_n11.requant_offset
	ldr.w	lr, [r3, r0, lsl #1]
	ldrsh.w	r0, [r2, #4]
	str	r4, [sp, #4]
	str	r0, [sp, #36]
	ldrsh.w	r0, [r2, #10]
	ldr.w	r11, [r7, r4, lsl #2]
	str	r0, [sp, #32]
	ldrsh.w	r4, [r2, #16]
	ldr.w	r0, [r2, #6]
	ldr.w	r10, [r2, #12]
	str	r0, [sp, #24]
	movs	r0, #0
	str	r5, [sp, #8]
	str.w	r8, [sp, #40]
	str.w	r12, [sp, #28]
	strd	r11, lr, [sp, #48]
.LBB0_4:
	adds	r0, #1
	str	r0, [sp, #20]
	movs	r3, #0
	mov	r0, r5
	str	r5, [sp, #16]
	str	r1, [sp, #44]
.LBB0_5:
	add.w	r11, r1, r3
	ldr	r1, [sp, #44]
	ldr	r2, [sp, #52]
	mov	r8, r4
	ldr.w	r7, [r11, #2]
	ldr	r1, [r1, r3]
	ldr.w	r4, [r11, #4]
	smlad	r7, r7, r2, r12
	ldr	r2, [sp, #52]
	smlad	lr, r1, lr, r12
	ldr.w	r5, [r11, #6]
	smlad	r6, r4, r2, r12
	ldr	r2, [sp, #52]
	adds	r3, #8
	ldr	r1, [sp, #36]
	smlad	r2, r5, r2, r12
	smlabb	r12, r1, r5, r7
	ldrsh.w	r7, [r11, #10]
	smlabb	r4, r1, r4, lr
	cmp	r3, #24
	smlabt	r5, r1, r5, r6
	ldr.w	r6, [r11, #28]
	smlabb	lr, r7, r1, r2
	ldr	r2, [sp, #24]
	smlad	r1, r6, r2, r4
	ldr.w	r6, [r11, #30]
	smlad	r4, r6, r2, r12
	ldr.w	r6, [r11, #32]
	ldr.w	r7, [r11, #34]
	smlad	r5, r6, r2, r5
	smlad	lr, r7, r2, lr
	ldr	r2, [sp, #32]
	smlabb	r1, r2, r6, r1
	ldrsh.w	r6, [r11, #38]
	smlabb	r4, r2, r7, r4
	ldr.w	r12, [r11, #62]
	smlabt	r5, r2, r7, r5
	ldr.w	r7, [r11, #56]
	smlad	r1, r7, r10, r1
	ldr.w	r7, [r11, #58]
	smlad	r4, r7, r10, r4
	ldr.w	r7, [r11, #60]
	smlabb	r1, r8, r7, r1
	smlabb	r4, r8, r12, r4
	smlabb	r2, r6, r2, lr
	ldr	r6, [sp, #48]
	@APP
	smmlar	r6, r1, r9, r6
	@NO_APP
	add.w	r1, r6, r1, asr #31
	ldr	r6, [sp, #48]
	smlad	r5, r7, r10, r5
	@APP
	smmlar	r6, r4, r9, r6
	@NO_APP
	add.w	lr, r6, r4, asr #31
	mov	r4, r8
	smlabt	r7, r8, r12, r5
	ldr.w	r8, [sp, #40]
	ldrsh.w	r6, [r11, #66]
	asr.w	r1, r1, r8
	smlad	r2, r12, r10, r2
	smlabb	r2, r6, r4, r2
	asr.w	r6, lr, r8
	ssat	r1, #8, r1
	ldr.w	r12, [sp, #28]
	ldrd	r11, lr, [sp, #48]
	@APP
	smmlar	r5, r7, r9, r11
	@NO_APP
	strb.w	r1, [r0, #288]
	add.w	r1, r5, r7, asr #31
	@APP
	smmlar	r7, r2, r9, r11
	@NO_APP
	asr.w	r1, r1, r8
	add.w	r2, r7, r2, asr #31
	ssat	r1, #8, r1
	strb.w	r1, [r0, #432]
	asr.w	r1, r2, r8
	ssat	r6, #8, r6
	add.w	r2, r0, #288
	ssat	r1, #8, r1
	strb.w	r6, [r0, #360]
	strb.w	r1, [r0, #504]
	ldr	r1, [sp, #44]
	mov	r0, r2
	bne.w	.LBB0_5
	ldr	r0, [sp, #20]
	ldr	r5, [sp, #16]
	cmp	r0, #12
	add.w	r1, r1, #28
	add.w	r5, r5, #864
	bne.w	.LBB0_4
	ldr	r4, [sp, #4]
	ldr	r5, [sp, #8]
	adds	r4, #1
	ldr	r0, [sp, #12]
	cmp	r4, #72
	add.w	r0, r0, #1
	add.w	r5, r5, #1
	ldr	r1, [sp]
	bne.w	.LBB0_1
	add	sp, #56
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n11, .Lfunc_end0-loom_demo_n11
	.cantunwind
	.fnend

	.type	.Lloom_demo_n11.bias,%object
	.section	.rodata..Lloom_demo_n11.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.bias:
	.long	74574
	.long	43802
	.long	67628
	.long	8462
	.long	4294930878
	.long	76050
	.long	4294944964
	.long	117176
	.long	26496
	.long	4294922586
	.long	101618
	.long	17890
	.long	4294808676
	.long	62664
	.long	4294958788
	.long	4294943020
	.long	60668
	.long	63840
	.long	4294959710
	.long	39818
	.long	4294961470
	.long	24648
	.long	4294958218
	.long	76378
	.long	4294964676
	.long	42718
	.long	45336
	.long	91942
	.long	4294963778
	.long	18070
	.long	29444
	.long	4294960134
	.long	19068
	.long	19608
	.long	5938
	.long	27986
	.long	32822
	.long	88598
	.long	4294924690
	.long	4294949518
	.long	1184
	.long	4294962936
	.long	4294867576
	.long	118408
	.long	101972
	.long	4294960262
	.long	51946
	.long	4722
	.long	41646
	.long	33560
	.long	4294891236
	.long	4294933204
	.long	63398
	.long	4294929910
	.long	165836
	.long	79540
	.long	28096
	.long	4008
	.long	4294964216
	.long	4294927344
	.long	4294947314
	.long	4294953114
	.long	4294936154
	.long	70856
	.long	4294929274
	.long	18642
	.long	57416
	.long	13822
	.long	6728
	.long	11700
	.long	4294927200
	.long	37978
	.size	.Lloom_demo_n11.bias, 288

	.type	.Lloom_demo_n11.weights_i16,%object
	.section	.rodata..Lloom_demo_n11.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n11.weights_i16:
	.short	116
	.short	65464
	.short	132
	.short	65522
	.short	122
	.short	65438
	.short	216
	.short	164
	.short	2
	.short	65384
	.short	208
	.short	65404
	.short	114
	.short	218
	.short	12
	.short	144
	.short	65292
	.short	148
	.short	154
	.short	200
	.short	65530
	.short	184
	.short	10
	.short	244
	.short	102
	.short	65382
	.short	65312
	.short	56
	.short	50
	.short	204
	.short	65386
	.short	65328
	.short	65362
	.short	128
	.short	198
	.short	65508
	.short	65466
	.short	156
	.short	65324
	.short	0
	.short	65472
	.short	65450
	.short	230
	.short	65502
	.short	65302
	.short	65414
	.short	230
	.short	65526
	.short	184
	.short	26
	.short	65366
	.short	20
	.short	178
	.short	250
	.short	65404
	.short	65322
	.short	128
	.short	65358
	.short	102
	.short	65404
	.short	194
	.short	218
	.short	65388
	.short	150
	.short	156
	.short	88
	.short	226
	.short	34
	.short	65528
	.short	220
	.short	65418
	.short	194
	.short	30
	.short	102
	.short	65460
	.short	90
	.short	152
	.short	154
	.short	10
	.short	65514
	.short	65308
	.short	48
	.short	65382
	.short	16
	.short	126
	.short	56
	.short	65482
	.short	65482
	.short	65308
	.short	65408
	.short	232
	.short	200
	.short	65534
	.short	65522
	.short	60
	.short	65508
	.short	16
	.short	130
	.short	210
	.short	65462
	.short	20
	.short	65514
	.short	65412
	.short	110
	.short	238
	.short	65504
	.short	98
	.short	65482
	.short	16
	.short	65436
	.short	65334
	.short	65362
	.short	10
	.short	65420
	.short	65292
	.short	65304
	.short	65328
	.short	118
	.short	122
	.short	36
	.short	210
	.short	48
	.short	65314
	.short	65328
	.short	190
	.short	176
	.short	65448
	.short	65432
	.short	120
	.short	65408
	.short	68
	.short	65502
	.short	134
	.short	24
	.short	65460
	.short	84
	.short	65456
	.short	65490
	.short	65302
	.short	65450
	.short	65376
	.short	44
	.short	122
	.short	190
	.short	84
	.short	65396
	.short	106
	.short	164
	.short	124
	.short	232
	.short	65516
	.short	65432
	.short	58
	.short	246
	.short	30
	.short	65474
	.short	65404
	.short	65484
	.short	250
	.short	65316
	.short	168
	.short	248
	.short	180
	.short	16
	.short	228
	.short	65314
	.short	65312
	.short	65418
	.short	116
	.short	136
	.short	65360
	.short	65474
	.short	160
	.short	142
	.short	88
	.short	190
	.short	65364
	.short	4
	.short	224
	.short	65296
	.short	65338
	.short	208
	.short	84
	.short	65498
	.short	65392
	.short	122
	.short	118
	.short	50
	.short	65308
	.short	186
	.short	40
	.short	65500
	.short	65426
	.short	66
	.short	128
	.short	54
	.short	65312
	.short	94
	.short	186
	.short	30
	.short	65436
	.short	218
	.short	164
	.short	74
	.short	65300
	.short	65300
	.short	65336
	.short	126
	.short	50
	.short	86
	.short	30
	.short	164
	.short	120
	.short	208
	.short	65296
	.short	32
	.short	65410
	.short	65492
	.short	16
	.short	65424
	.short	198
	.short	62
	.short	16
	.short	120
	.short	65368
	.short	65490
	.short	65418
	.short	230
	.short	240
	.short	65414
	.short	65358
	.short	42
	.short	104
	.short	166
	.short	198
	.short	222
	.short	14
	.short	65404
	.short	194
	.short	65298
	.short	65508
	.short	65532
	.short	110
	.short	232
	.short	65330
	.short	214
	.short	156
	.short	78
	.short	24
	.short	30
	.short	180
	.short	34
	.short	65482
	.short	65394
	.short	65320
	.short	166
	.short	84
	.short	65412
	.short	238
	.short	160
	.short	65382
	.short	62
	.short	65426
	.short	65442
	.short	10
	.short	6
	.short	178
	.short	65390
	.short	210
	.short	34
	.short	190
	.short	224
	.short	65488
	.short	96
	.short	65424
	.short	34
	.short	65318
	.short	65398
	.short	204
	.short	65430
	.short	236
	.short	65492
	.short	110
	.short	65340
	.short	65454
	.short	65356
	.short	65504
	.short	232
	.short	112
	.short	65516
	.short	65500
	.short	60
	.short	210
	.short	65468
	.short	65324
	.short	190
	.short	65464
	.short	18
	.short	65400
	.short	65304
	.short	134
	.short	148
	.short	65518
	.short	52
	.short	130
	.short	48
	.short	65502
	.short	65450
	.short	128
	.short	204
	.short	56
	.short	65302
	.short	65324
	.short	14
	.short	186
	.short	65340
	.short	68
	.short	140
	.short	170
	.short	120
	.short	65320
	.short	22
	.short	65468
	.short	164
	.short	65530
	.short	180
	.short	65376
	.short	208
	.short	65366
	.short	254
	.short	65394
	.short	65440
	.short	200
	.short	65468
	.short	188
	.short	138
	.short	58
	.short	212
	.short	140
	.short	20
	.short	198
	.short	65324
	.short	84
	.short	58
	.short	62
	.short	65344
	.short	12
	.short	60
	.short	65322
	.short	65478
	.short	65412
	.short	65398
	.short	178
	.short	248
	.short	65392
	.short	65516
	.short	54
	.short	65400
	.short	65384
	.short	65482
	.short	65316
	.short	26
	.short	244
	.short	65366
	.short	128
	.short	194
	.short	65484
	.short	65358
	.short	48
	.short	196
	.short	65366
	.short	174
	.short	22
	.short	65452
	.short	56
	.short	2
	.short	65306
	.short	0
	.short	65474
	.short	65412
	.short	65294
	.short	65322
	.short	65506
	.short	65362
	.short	16
	.short	216
	.short	65374
	.short	65422
	.short	224
	.short	65534
	.short	218
	.short	240
	.short	48
	.short	52
	.short	218
	.short	50
	.short	146
	.short	114
	.short	58
	.short	114
	.short	8
	.short	222
	.short	65528
	.short	65526
	.short	172
	.short	74
	.short	65478
	.short	226
	.short	65328
	.short	65418
	.short	110
	.short	65472
	.short	126
	.short	65400
	.short	65514
	.short	80
	.short	52
	.short	250
	.short	65464
	.short	65292
	.short	196
	.short	65518
	.short	208
	.short	65372
	.short	65388
	.short	172
	.short	210
	.short	186
	.short	65392
	.short	60
	.short	74
	.short	65306
	.short	65292
	.short	65294
	.short	144
	.short	65420
	.short	138
	.short	252
	.short	142
	.short	90
	.short	180
	.short	216
	.short	65392
	.short	24
	.short	65492
	.short	66
	.short	160
	.short	65286
	.short	210
	.short	12
	.short	65360
	.short	66
	.short	65298
	.short	30
	.short	65422
	.short	65452
	.short	65300
	.short	60
	.short	70
	.short	186
	.short	65516
	.short	65428
	.short	65484
	.short	65446
	.short	156
	.short	65312
	.short	130
	.short	65282
	.short	65370
	.short	196
	.short	65396
	.short	65502
	.short	234
	.short	254
	.short	146
	.short	65492
	.short	50
	.short	236
	.short	65300
	.short	76
	.short	65426
	.short	65478
	.short	134
	.short	65468
	.short	65322
	.short	65464
	.short	48
	.short	224
	.short	172
	.short	36
	.short	220
	.short	104
	.short	218
	.short	210
	.short	38
	.short	146
	.short	232
	.short	65296
	.short	65402
	.short	138
	.short	94
	.short	134
	.short	234
	.short	65528
	.short	20
	.short	164
	.short	65392
	.short	96
	.short	65316
	.short	50
	.short	158
	.short	178
	.short	65428
	.short	44
	.short	232
	.short	48
	.short	65518
	.short	65480
	.short	234
	.short	65364
	.short	65472
	.short	65322
	.short	65514
	.short	100
	.short	50
	.short	34
	.short	65356
	.short	130
	.short	65452
	.short	65420
	.short	92
	.short	114
	.short	65338
	.short	65402
	.short	65500
	.short	50
	.short	65376
	.short	65472
	.short	100
	.short	8
	.short	65324
	.short	65490
	.short	178
	.short	65400
	.short	65346
	.short	16
	.short	52
	.short	116
	.short	48
	.short	168
	.short	65524
	.short	32
	.short	212
	.short	132
	.short	65352
	.short	65386
	.short	65422
	.short	65348
	.short	65350
	.short	65502
	.short	194
	.short	65422
	.short	180
	.short	132
	.short	65448
	.short	65344
	.short	65410
	.short	80
	.short	166
	.short	218
	.short	102
	.short	64
	.short	84
	.short	86
	.short	65372
	.short	65434
	.short	65322
	.short	65466
	.short	65362
	.short	170
	.short	152
	.short	36
	.short	28
	.short	65378
	.short	65438
	.short	8
	.short	65436
	.short	24
	.short	65464
	.short	124
	.short	65296
	.short	196
	.short	64
	.short	132
	.short	65376
	.short	202
	.short	194
	.short	224
	.short	65386
	.short	140
	.short	196
	.short	26
	.short	65330
	.short	146
	.short	65338
	.short	238
	.short	216
	.short	65324
	.short	66
	.short	65490
	.short	65354
	.short	52
	.short	65446
	.short	152
	.short	36
	.short	65526
	.short	70
	.short	80
	.short	65292
	.short	65520
	.short	74
	.short	65410
	.short	65522
	.short	65454
	.short	212
	.short	214
	.short	248
	.short	78
	.short	65340
	.short	65288
	.short	65500
	.short	176
	.short	65444
	.short	65400
	.short	65298
	.short	65336
	.short	65472
	.short	134
	.short	136
	.short	184
	.short	150
	.short	156
	.short	32
	.short	65486
	.short	65470
	.short	65500
	.short	82
	.short	65368
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

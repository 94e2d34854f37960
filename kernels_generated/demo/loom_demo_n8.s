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
	.file	"loom_demo_n8"
	.section	.text.loom_demo_n8,"ax",%progbits
	.globl	loom_demo_n8
	.p2align	1
	.type	loom_demo_n8,%function
	.code	16
	.thumb_func
loom_demo_n8:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #272
	str	r0, [sp]
	movw	r0, :lower16:.Lloom_demo_n8.requant_offset
	movt	r0, :upper16:.Lloom_demo_n8.requant_offset
	movw	r12, :lower16:.Lloom_demo_n8.weights_i16
	subs	r0, #4
	str	r0, [sp, #24]
	movw	r0, :lower16:.Lloom_demo_n8.multiplier
	subs	r2, r1, #1
	movt	r0, :upper16:.Lloom_demo_n8.multiplier
	movs	r1, #0
	subs	r0, #4
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n8.right_shift
	movt	r12, :upper16:.Lloom_demo_n8.weights_i16
	movt	r0, :upper16:.Lloom_demo_n8.right_shift
	subs	r0, #4
	str	r0, [sp, #16]
	movw	r0, :lower16:.Lloom_demo_n8.bias_folded
	movt	r0, :upper16:.Lloom_demo_n8.bias_folded
	subs	r0, #4
	str	r0, [sp, #12]
.LBB0_1:
	str	r1, [sp, #4]
	add.w	r0, r1, r1, lsl #3
	ldr	r1, [sp]
	mov	r5, r2
	str	r2, [sp, #8]
	add.w	r0, r1, r0, lsl #6
	str	r0, [sp, #72]
	adds	r1, r0, #4
	str	r1, [sp, #68]
	add.w	r1, r0, #8
	str	r1, [sp, #64]
	add.w	r1, r0, #12
	str	r1, [sp, #60]
	add.w	r1, r0, #16
	str	r1, [sp, #56]
	add.w	r1, r0, #20
	str	r1, [sp, #52]
	add.w	r1, r0, #24
	str	r1, [sp, #48]
	add.w	r1, r0, #28
	str	r1, [sp, #44]
	add.w	r1, r0, #32
	str	r1, [sp, #40]
	add.w	r1, r0, #36
	str	r1, [sp, #36]
	add.w	r1, r0, #40
	str	r1, [sp, #32]
	movs	r1, #0
	adds	r0, #44
	str	r0, [sp, #28]
.LBB0_2:
	lsls	r0, r1, #1
	str	r1, [sp, #80]
	add.w	r1, r1, r1, lsl #1
	adds	r0, #1
	lsls	r2, r1, #5
	ldr	r7, [sp, #72]
	add.w	r0, r0, r0, lsl #1
	add.w	r10, sp, #12
	lsls	r0, r0, #4
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #268]
	sxtb16	r1, r1
	str	r1, [sp, #264]
	ldr	r1, [r7, r0]
	mov.w	lr, #0
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #260]
	ldr	r7, [sp, #68]
	str	r5, [sp, #76]
	sxtb16	r1, r1
	str	r1, [sp, #256]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #252]
	sxtb16	r1, r1
	str	r1, [sp, #248]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #244]
	ldr	r7, [sp, #64]
	sxtb16	r1, r1
	str	r1, [sp, #240]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #236]
	sxtb16	r1, r1
	str	r1, [sp, #232]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #228]
	ldr	r7, [sp, #60]
	sxtb16	r1, r1
	str	r1, [sp, #224]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #220]
	sxtb16	r1, r1
	str	r1, [sp, #216]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #212]
	ldr	r7, [sp, #56]
	sxtb16	r1, r1
	str	r1, [sp, #208]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #204]
	sxtb16	r1, r1
	str	r1, [sp, #200]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #196]
	ldr	r7, [sp, #52]
	sxtb16	r1, r1
	str	r1, [sp, #192]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #188]
	sxtb16	r1, r1
	str	r1, [sp, #184]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #180]
	ldr	r7, [sp, #48]
	sxtb16	r1, r1
	str	r1, [sp, #176]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #172]
	sxtb16	r1, r1
	str	r1, [sp, #168]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #164]
	ldr	r7, [sp, #44]
	sxtb16	r1, r1
	str	r1, [sp, #160]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #156]
	sxtb16	r1, r1
	str	r1, [sp, #152]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #148]
	ldr	r7, [sp, #40]
	sxtb16	r1, r1
	str	r1, [sp, #144]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #140]
	sxtb16	r1, r1
	str	r1, [sp, #136]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #132]
	ldr	r7, [sp, #36]
	sxtb16	r1, r1
	str	r1, [sp, #128]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #124]
	sxtb16	r1, r1
	str	r1, [sp, #120]
	ldr	r1, [r7, r0]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #116]
	ldr	r7, [sp, #32]
	sxtb16	r1, r1
	str	r1, [sp, #112]
	ldr	r1, [r7, r2]
	sxtb16	r6, r1, ror #8
	str	r6, [sp, #108]
	sxtb16	r1, r1
	str	r1, [sp, #104]
	ldr	r1, [r7, r0]
	ldr	r6, [sp, #24]
	sxtb16	r7, r1, ror #8
	str	r7, [sp, #100]
	sxtb16	r1, r1
	str	r1, [sp, #96]
	ldr	r1, [sp, #28]
	ldm.w	r10, {r8, r9, r10}
	ldr	r7, [r1, r2]
	ldr	r0, [r1, r0]
	sxtb16	r2, r7, ror #8
	str	r2, [sp, #92]
	sxtb16	r2, r7
	mov	r7, r5
	sxtb16	r1, r0, ror #8
	str	r2, [sp, #88]
	sxtb16	r0, r0
	str	r1, [sp, #84]
.LBB0_3:
	add.w	r11, r12, lr
	ldr.w	r5, [r12, lr]
	ldr	r3, [r8, #4]!
	ldr	r1, [sp, #264]
	ldr	r2, [sp, #256]
	smlad	r1, r1, r5, r3
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #4]
	ldr	r2, [sp, #268]
	add.w	lr, lr, #96
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #260]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #8]
	ldr	r2, [sp, #248]
	cmp.w	lr, #2304
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #240]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #12]
	ldr	r2, [sp, #252]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #244]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #16]
	ldr	r2, [sp, #232]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #224]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #20]
	ldr	r2, [sp, #236]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #228]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #24]
	ldr	r2, [sp, #216]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #208]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #28]
	ldr	r2, [sp, #220]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #212]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #32]
	ldr	r2, [sp, #200]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #192]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #36]
	ldr	r2, [sp, #204]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #196]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #40]
	ldr	r2, [sp, #184]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #176]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #44]
	ldr	r2, [sp, #188]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #180]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #48]
	ldr	r2, [sp, #168]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #160]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #52]
	ldr	r2, [sp, #172]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #164]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #56]
	ldr	r2, [sp, #152]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #144]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #60]
	ldr	r2, [sp, #156]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #148]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #64]
	ldr	r2, [sp, #136]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #128]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #68]
	ldr	r2, [sp, #140]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #132]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #72]
	ldr	r2, [sp, #120]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #112]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #76]
	ldr	r2, [sp, #124]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #116]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #80]
	ldr	r2, [sp, #104]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #96]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #84]
	ldr	r2, [sp, #108]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #100]
	smlad	r3, r2, r5, r3
	ldr.w	r5, [r11, #88]
	ldr	r2, [sp, #88]
	smlad	r3, r0, r5, r3
	smlad	r1, r2, r5, r1
	ldr.w	r5, [r11, #92]
	ldr	r2, [sp, #92]
	smlad	r1, r2, r5, r1
	ldr	r2, [sp, #84]
	smlad	r3, r2, r5, r3
	ldr	r2, [r6, #4]!
	ldr	r5, [r10, #4]!
	@APP
	smmlar	r4, r1, r5, r2
	@NO_APP
	@APP
	smmlar	r2, r3, r5, r2
	@NO_APP
	add.w	r1, r4, r1, asr #31
	add.w	r2, r2, r3, asr #31
	ldr	r3, [r9, #4]!
	asr.w	r1, r1, r3
	asr.w	r2, r2, r3
	ssat	r1, #8, r1
	strb	r1, [r7, #1]!
	ssat	r1, #8, r2
	strb	r1, [r7, #24]
	bne.w	.LBB0_3
	ldr	r1, [sp, #80]
	ldr	r5, [sp, #76]
	adds	r1, #1
	adds	r5, #48
	cmp	r1, #6
	bne.w	.LBB0_2
	ldr	r1, [sp, #4]
	ldr	r2, [sp, #8]
	adds	r1, #1
	add.w	r2, r2, #288
	cmp	r1, #12
	bne.w	.LBB0_1
	add	sp, #272
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n8, .Lfunc_end0-loom_demo_n8
	.cantunwind
	.fnend

	.type	.Lloom_demo_n8.bias_folded,%object
	.section	.rodata..Lloom_demo_n8.bias_folded,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n8.bias_folded:
	.long	4294930096
	.long	4294861482
	.long	4294927196
	.long	76970
	.long	23612
	.long	4294810624
	.long	52812
	.long	113586
	.long	245248
	.long	197902
	.long	4294890358
	.long	71900
	.long	4294805816
	.long	4294924674
	.long	84548
	.long	2986
	.long	27014
	.long	111100
	.long	196276
	.long	77014
	.long	176454
	.long	4294946838
	.long	4294776952
	.long	188464
	.size	.Lloom_demo_n8.bias_folded, 96

	.type	.Lloom_demo_n8.weights_i16,%object
	.section	.rodata..Lloom_demo_n8.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n8.weights_i16:
	.short	140
	.short	12
	.short	65348
	.short	65492
	.short	230
	.short	65488
	.short	164
	.short	96
	.short	65506
	.short	18
	.short	228
	.short	65380
	.short	65450
	.short	65434
	.short	65442
	.short	252
	.short	65458
	.short	78
	.short	28
	.short	65404
	.short	32
	.short	65468
	.short	65530
	.short	128
	.short	65404
	.short	65362
	.short	32
	.short	65292
	.short	65416
	.short	65442
	.short	65490
	.short	65298
	.short	234
	.short	65380
	.short	65342
	.short	94
	.short	190
	.short	58
	.short	65478
	.short	65500
	.short	65464
	.short	250
	.short	65318
	.short	65434
	.short	108
	.short	65304
	.short	228
	.short	240
	.short	65388
	.short	65300
	.short	66
	.short	65342
	.short	65292
	.short	65382
	.short	242
	.short	65440
	.short	65464
	.short	40
	.short	65466
	.short	156
	.short	166
	.short	42
	.short	65330
	.short	65400
	.short	148
	.short	65296
	.short	30
	.short	16
	.short	100
	.short	65322
	.short	194
	.short	58
	.short	65374
	.short	65396
	.short	142
	.short	65452
	.short	30
	.short	65506
	.short	65352
	.short	136
	.short	154
	.short	65458
	.short	65434
	.short	65496
	.short	20
	.short	65442
	.short	65476
	.short	222
	.short	65404
	.short	65506
	.short	36
	.short	102
	.short	65400
	.short	138
	.short	210
	.short	65516
	.short	214
	.short	196
	.short	252
	.short	224
	.short	65476
	.short	65348
	.short	94
	.short	65336
	.short	65418
	.short	65336
	.short	65392
	.short	164
	.short	65334
	.short	184
	.short	65500
	.short	65290
	.short	65464
	.short	220
	.short	102
	.short	24
	.short	78
	.short	65472
	.short	65360
	.short	65332
	.short	65488
	.short	92
	.short	65428
	.short	65356
	.short	6
	.short	65490
	.short	65508
	.short	60
	.short	28
	.short	65304
	.short	52
	.short	65528
	.short	126
	.short	65476
	.short	65496
	.short	65478
	.short	118
	.short	65370
	.short	226
	.short	36
	.short	124
	.short	50
	.short	65484
	.short	65484
	.short	65316
	.short	65474
	.short	110
	.short	65448
	.short	154
	.short	218
	.short	190
	.short	65288
	.short	160
	.short	65474
	.short	166
	.short	68
	.short	54
	.short	42
	.short	65380
	.short	212
	.short	6
	.short	65292
	.short	130
	.short	166
	.short	58
	.short	234
	.short	65516
	.short	65434
	.short	65334
	.short	65300
	.short	65510
	.short	65354
	.short	65318
	.short	142
	.short	65440
	.short	124
	.short	62
	.short	68
	.short	65304
	.short	212
	.short	65502
	.short	200
	.short	84
	.short	70
	.short	65430
	.short	65310
	.short	152
	.short	65448
	.short	206
	.short	200
	.short	65518
	.short	65496
	.short	108
	.short	24
	.short	156
	.short	104
	.short	65406
	.short	108
	.short	36
	.short	4
	.short	65454
	.short	65334
	.short	65462
	.short	65510
	.short	65368
	.short	254
	.short	114
	.short	130
	.short	65292
	.short	232
	.short	65502
	.short	65486
	.short	68
	.short	118
	.short	146
	.short	65284
	.short	65292
	.short	212
	.short	65436
	.short	136
	.short	65462
	.short	170
	.short	250
	.short	100
	.short	65510
	.short	65382
	.short	64
	.short	65342
	.short	140
	.short	64
	.short	65426
	.short	65318
	.short	164
	.short	104
	.short	38
	.short	32
	.short	65390
	.short	65346
	.short	65402
	.short	65518
	.short	65300
	.short	62
	.short	65300
	.short	148
	.short	158
	.short	180
	.short	65394
	.short	100
	.short	65316
	.short	65386
	.short	65370
	.short	88
	.short	65372
	.short	250
	.short	58
	.short	65368
	.short	84
	.short	65474
	.short	65338
	.short	65302
	.short	118
	.short	65428
	.short	65282
	.short	254
	.short	108
	.short	65282
	.short	72
	.short	65510
	.short	44
	.short	65310
	.short	65418
	.short	32
	.short	65436
	.short	65532
	.short	65488
	.short	65464
	.short	198
	.short	65358
	.short	92
	.short	196
	.short	65368
	.short	46
	.short	116
	.short	12
	.short	12
	.short	65510
	.short	128
	.short	65320
	.short	65456
	.short	65506
	.short	65518
	.short	65288
	.short	10
	.short	28
	.short	65292
	.short	144
	.short	65346
	.short	65448
	.short	202
	.short	4
	.short	65480
	.short	12
	.short	65330
	.short	232
	.short	65454
	.short	65380
	.short	65324
	.short	232
	.short	172
	.short	36
	.short	248
	.short	65344
	.short	178
	.short	164
	.short	72
	.short	26
	.short	254
	.short	116
	.short	66
	.short	54
	.short	65452
	.short	65354
	.short	226
	.short	106
	.short	34
	.short	132
	.short	96
	.short	78
	.short	168
	.short	65376
	.short	65470
	.short	65298
	.short	82
	.short	65320
	.short	65382
	.short	164
	.short	78
	.short	65512
	.short	65500
	.short	230
	.short	65524
	.short	65366
	.short	65298
	.short	198
	.short	144
	.short	22
	.short	65344
	.short	224
	.short	65474
	.short	65396
	.short	65332
	.short	65444
	.short	188
	.short	8
	.short	46
	.short	204
	.short	65528
	.short	34
	.short	65324
	.short	65396
	.short	68
	.short	65530
	.short	240
	.short	104
	.short	65344
	.short	26
	.short	65438
	.short	48
	.short	48
	.short	226
	.short	172
	.short	204
	.short	122
	.short	65404
	.short	100
	.short	116
	.short	65418
	.short	182
	.short	65336
	.short	182
	.short	65466
	.short	60
	.short	65522
	.short	65502
	.short	118
	.short	65312
	.short	86
	.short	216
	.short	65484
	.short	106
	.short	65370
	.short	176
	.short	234
	.short	65346
	.short	202
	.short	65360
	.short	65318
	.short	250
	.short	65522
	.short	65412
	.short	156
	.short	144
	.short	204
	.short	12
	.short	65284
	.short	194
	.short	96
	.short	65360
	.short	236
	.short	65424
	.short	114
	.short	192
	.short	108
	.short	142
	.short	65532
	.short	96
	.short	65408
	.short	188
	.short	92
	.short	252
	.short	232
	.short	65390
	.short	2
	.short	206
	.short	140
	.short	120
	.short	65374
	.short	65292
	.short	254
	.short	65308
	.short	65508
	.short	65530
	.short	65466
	.short	88
	.short	65526
	.short	65488
	.short	100
	.short	65338
	.short	65376
	.short	65520
	.short	174
	.short	148
	.short	248
	.short	65516
	.short	65410
	.short	65412
	.short	232
	.short	65528
	.short	238
	.short	65356
	.short	170
	.short	16
	.short	94
	.short	0
	.short	86
	.short	190
	.short	65426
	.short	65486
	.short	65524
	.short	65308
	.short	250
	.short	65494
	.short	230
	.short	250
	.short	65490
	.short	12
	.short	124
	.short	208
	.short	22
	.short	65492
	.short	200
	.short	65384
	.short	92
	.short	65440
	.short	65434
	.short	100
	.short	54
	.short	65290
	.short	110
	.short	184
	.short	12
	.short	65336
	.short	4
	.short	65472
	.short	65526
	.short	65466
	.short	44
	.short	65350
	.short	216
	.short	94
	.short	62
	.short	168
	.short	188
	.short	232
	.short	65478
	.short	12
	.short	162
	.short	65402
	.short	65492
	.short	226
	.short	20
	.short	100
	.short	222
	.short	65450
	.short	38
	.short	65324
	.short	254
	.short	66
	.short	104
	.short	65492
	.short	65450
	.short	65534
	.short	65304
	.short	65526
	.short	65296
	.short	65334
	.short	65450
	.short	65490
	.short	65372
	.short	65284
	.short	65404
	.short	62
	.short	156
	.short	65306
	.short	168
	.short	72
	.short	65290
	.short	65320
	.short	65376
	.short	65284
	.short	65282
	.short	44
	.short	65318
	.short	102
	.short	65308
	.short	184
	.short	6
	.short	144
	.short	48
	.short	64
	.short	65434
	.short	214
	.short	252
	.short	210
	.short	4
	.short	100
	.short	108
	.short	108
	.short	152
	.short	86
	.short	128
	.short	180
	.short	4
	.short	65370
	.short	54
	.short	156
	.short	65508
	.short	28
	.short	78
	.short	65422
	.short	178
	.short	65446
	.short	65348
	.short	65332
	.short	182
	.short	102
	.short	65286
	.short	65482
	.short	216
	.short	65378
	.short	65532
	.short	102
	.short	18
	.short	65304
	.short	65454
	.short	110
	.short	222
	.short	84
	.short	65442
	.short	65346
	.short	65496
	.short	65380
	.short	126
	.short	16
	.short	65416
	.short	0
	.short	28
	.short	65492
	.short	65458
	.short	42
	.short	65374
	.short	174
	.short	158
	.short	22
	.short	65512
	.short	65366
	.short	65530
	.short	202
	.short	65514
	.short	65450
	.short	70
	.short	65352
	.short	65388
	.short	62
	.short	65360
	.short	65400
	.short	65444
	.short	65416
	.short	65354
	.short	65378
	.short	65444
	.short	65452
	.short	65378
	.short	65458
	.short	116
	.short	38
	.short	65460
	.short	240
	.short	65396
	.short	174
	.short	94
	.short	50
	.short	65508
	.short	65428
	.short	80
	.short	76
	.short	65424
	.short	65500
	.short	102
	.short	190
	.short	65490
	.short	94
	.short	65528
	.short	65290
	.short	65286
	.short	65458
	.short	65470
	.short	65404
	.short	18
	.short	65368
	.short	54
	.short	100
	.short	98
	.short	65340
	.short	182
	.short	166
	.short	65526
	.short	65496
	.short	65296
	.short	65298
	.short	65384
	.short	180
	.short	136
	.short	65424
	.short	65518
	.short	222
	.short	34
	.short	224
	.short	65464
	.short	206
	.short	65528
	.short	65346
	.short	162
	.short	65372
	.short	38
	.short	122
	.short	65298
	.short	65318
	.short	142
	.short	170
	.short	156
	.short	65284
	.short	65450
	.short	244
	.short	65312
	.short	92
	.short	65474
	.short	65414
	.short	16
	.short	65354
	.short	166
	.short	222
	.short	65504
	.short	65428
	.short	208
	.short	78
	.short	236
	.short	72
	.short	206
	.short	65502
	.short	65420
	.short	222
	.short	130
	.short	232
	.short	142
	.short	18
	.short	170
	.short	65312
	.short	98
	.short	65422
	.short	65452
	.short	162
	.short	65358
	.short	65420
	.short	65452
	.short	18
	.short	65418
	.short	65362
	.short	65506
	.short	248
	.short	222
	.short	40
	.short	65352
	.short	65416
	.short	70
	.short	65394
	.short	65304
	.short	42
	.short	65434
	.short	148
	.short	65288
	.short	65418
	.short	102
	.short	65490
	.short	65364
	.short	65494
	.short	112
	.short	142
	.short	246
	.short	226
	.short	80
	.short	62
	.short	65400
	.short	44
	.short	65366
	.short	65478
	.short	58
	.short	65494
	.short	65298
	.short	65494
	.short	132
	.short	50
	.short	65376
	.short	65494
	.short	65354
	.short	65454
	.short	65500
	.short	240
	.short	82
	.short	20
	.short	65394
	.short	78
	.short	65504
	.short	65484
	.short	65434
	.short	16
	.short	65500
	.short	65482
	.short	106
	.short	65426
	.short	194
	.short	65508
	.short	20
	.short	65526
	.short	65514
	.short	222
	.short	222
	.short	65530
	.short	42
	.short	65294
	.short	174
	.short	65332
	.short	4
	.short	65452
	.short	178
	.short	65414
	.short	65346
	.short	230
	.short	62
	.short	65284
	.short	65430
	.short	65398
	.short	65408
	.short	140
	.short	170
	.short	112
	.short	88
	.short	65308
	.short	65422
	.short	200
	.short	152
	.short	65362
	.short	190
	.short	65396
	.short	65404
	.short	65446
	.short	65368
	.short	65504
	.short	204
	.short	146
	.short	65472
	.short	160
	.short	198
	.short	65298
	.short	244
	.short	136
	.short	65534
	.short	65434
	.short	65488
	.short	65486
	.short	66
	.short	146
	.short	174
	.short	65498
	.short	218
	.short	65388
	.short	66
	.short	138
	.short	140
	.short	65282
	.short	14
	.short	65362
	.short	102
	.short	65310
	.short	65456
	.short	88
	.short	124
	.short	65458
	.short	65336
	.short	65416
	.short	65420
	.short	65402
	.short	188
	.short	65334
	.short	0
	.short	65366
	.short	26
	.short	46
	.short	210
	.short	164
	.short	84
	.short	30
	.short	65444
	.short	152
	.short	140
	.short	200
	.short	65430
	.short	148
	.short	65528
	.short	118
	.short	102
	.short	210
	.short	74
	.short	65454
	.short	16
	.short	172
	.short	132
	.short	65506
	.short	238
	.short	65332
	.short	24
	.short	65492
	.short	108
	.short	65468
	.short	65370
	.short	162
	.short	190
	.short	65360
	.short	208
	.short	65444
	.short	65498
	.short	65512
	.short	242
	.short	65484
	.short	65402
	.short	238
	.short	230
	.short	65428
	.short	140
	.short	65442
	.short	240
	.short	180
	.short	172
	.short	66
	.short	254
	.short	166
	.short	65530
	.short	65426
	.short	65432
	.short	46
	.short	188
	.short	65448
	.short	216
	.short	65420
	.short	106
	.short	56
	.short	65298
	.short	65410
	.short	186
	.short	186
	.short	98
	.short	65504
	.short	65458
	.short	65402
	.short	65462
	.short	65340
	.short	65414
	.short	230
	.short	146
	.short	65416
	.short	65402
	.short	160
	.short	94
	.short	18
	.short	65340
	.short	65288
	.short	176
	.short	65348
	.short	65432
	.short	65450
	.short	65400
	.short	65436
	.short	65310
	.short	65444
	.short	244
	.short	65480
	.short	65442
	.short	132
	.short	104
	.short	134
	.short	212
	.short	65396
	.short	224
	.short	124
	.short	146
	.short	124
	.short	65466
	.short	65314
	.short	174
	.short	65424
	.short	130
	.short	65496
	.short	92
	.short	134
	.short	82
	.short	65460
	.short	65480
	.short	176
	.short	132
	.short	65358
	.short	104
	.short	65514
	.short	65328
	.short	146
	.short	78
	.short	198
	.short	65508
	.short	65476
	.short	65478
	.short	210
	.short	65464
	.short	26
	.short	58
	.short	246
	.short	48
	.short	78
	.short	65516
	.short	10
	.short	128
	.short	65464
	.short	65406
	.short	65368
	.short	65324
	.short	65456
	.short	158
	.short	202
	.short	42
	.short	60
	.short	65360
	.short	52
	.short	192
	.short	178
	.short	174
	.short	65294
	.short	65534
	.short	65306
	.short	232
	.short	38
	.short	14
	.short	192
	.short	65386
	.short	65412
	.short	65338
	.short	65524
	.short	122
	.short	184
	.short	148
	.short	4
	.short	65474
	.short	184
	.short	224
	.short	208
	.short	65388
	.short	88
	.short	238
	.short	90
	.short	65286
	.short	88
	.short	65368
	.short	65312
	.short	58
	.short	65390
	.short	65282
	.short	28
	.short	65414
	.short	65306
	.short	192
	.short	202
	.short	202
	.short	66
	.short	65526
	.short	250
	.short	88
	.short	65510
	.short	82
	.short	192
	.short	114
	.short	65450
	.short	65412
	.short	65520
	.short	36
	.short	188
	.short	65514
	.short	96
	.short	65290
	.short	20
	.short	86
	.short	232
	.short	65322
	.short	180
	.short	65284
	.short	65298
	.short	68
	.short	16
	.short	142
	.short	65534
	.short	65498
	.short	250
	.short	22
	.short	65426
	.short	65462
	.short	210
	.short	65342
	.short	65312
	.short	65498
	.short	65430
	.short	65406
	.short	65334
	.short	65508
	.short	166
	.short	40
	.short	65362
	.short	65318
	.short	132
	.short	65376
	.short	90
	.short	65490
	.short	65480
	.short	208
	.short	65292
	.short	65434
	.short	222
	.short	65304
	.short	65290
	.short	65510
	.short	30
	.short	10
	.short	216
	.short	104
	.short	92
	.short	65290
	.short	22
	.short	65456
	.short	246
	.short	16
	.short	65530
	.short	65386
	.short	202
	.short	65506
	.short	82
	.short	65296
	.short	65378
	.short	220
	.short	65302
	.short	65328
	.short	50
	.short	24
	.short	65502
	.short	65336
	.short	65376
	.short	65374
	.short	78
	.short	234
	.short	65360
	.short	65332
	.short	65410
	.short	240
	.short	228
	.short	65486
	.short	254
	.short	65534
	.short	65296
	.short	236
	.short	65408
	.short	38
	.short	65412
	.short	174
	.short	210
	.short	44
	.short	248
	.short	102
	.short	214
	.short	65464
	.short	176
	.short	2
	.short	65386
	.short	138
	.short	238
	.short	44
	.short	65380
	.short	100
	.short	65478
	.short	65300
	.short	65502
	.short	65454
	.short	65372
	.short	65288
	.short	0
	.short	180
	.short	65484
	.short	184
	.short	65396
	.short	65432
	.short	218
	.short	65420
	.short	254
	.short	250
	.short	12
	.short	210
	.short	74
	.short	80
	.short	65342
	.size	.Lloom_demo_n8.weights_i16, 2304

	.type	.Lloom_demo_n8.multiplier,%object
	.section	.rodata..Lloom_demo_n8.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n8.multiplier:
	.long	1616102167
	.long	1262871093
	.long	1354121393
	.long	1356737111
	.long	1684286264
	.long	1561797938
	.long	1886247383
	.long	1474974029
	.long	1317806135
	.long	1811728038
	.long	1177160558
	.long	1736264957
	.long	1372855775
	.long	1149579945
	.long	1357849657
	.long	1396721000
	.long	1643643551
	.long	1999435227
	.long	1303499650
	.long	1259687130
	.long	1441970206
	.long	2141500024
	.long	1340003444
	.long	1469585078
	.size	.Lloom_demo_n8.multiplier, 96

	.type	.Lloom_demo_n8.requant_offset,%object
	.section	.rodata..Lloom_demo_n8.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n8.requant_offset:
	.long	128
	.long	128
	.long	256
	.long	128
	.long	256
	.long	256
	.long	256
	.long	128
	.long	128
	.long	256
	.long	256
	.long	256
	.long	128
	.long	128
	.long	128
	.long	256
	.long	256
	.long	256
	.long	128
	.long	256
	.long	128
	.long	256
	.long	256
	.long	256
	.size	.Lloom_demo_n8.requant_offset, 96

	.type	.Lloom_demo_n8.right_shift,%object
	.section	.rodata..Lloom_demo_n8.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n8.right_shift:
	.long	8
	.long	8
	.long	9
	.long	8
	.long	9
	.long	9
	.long	9
	.long	8
	.long	8
	.long	9
	.long	9
	.long	9
	.long	8
	.long	8
	.long	8
	.long	9
	.long	9
	.long	9
	.long	8
	.long	9
	.long	8
	.long	9
	.long	9
	.long	9
	.size	.Lloom_demo_n8.right_shift, 96

	.section	".note.GNU-stack","",%progbits

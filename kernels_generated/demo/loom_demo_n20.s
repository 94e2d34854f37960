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
	sub	sp, #60
	mov	r5, r0
	ldr	r0, [r0]
	mov	r6, r1
	ldr	r1, [r5, #4]
	ldr	r2, [r5, #8]
	sxtb16	r7, r0, ror #8
	ldr	r3, [r5, #12]
	sxtb16	r0, r0
	str	r0, [sp, #52]
	sxtb16	r0, r1, ror #8
	str	r0, [sp, #48]
	sxtb16	r0, r1
	str	r0, [sp, #44]
	sxtb16	r0, r2, ror #8
	str	r0, [sp, #40]
	sxtb16	r0, r2
	str	r0, [sp, #36]
	sxtb16	r0, r3, ror #8
	str	r0, [sp, #32]
	sxtb16	r0, r3
	str	r0, [sp, #28]
	ldr	r0, [r5, #16]
	ldr	r2, [r5, #28]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #24]
	sxtb16	r0, r0
	str	r0, [sp, #20]
	ldr	r0, [r5, #20]
	str	r7, [sp, #56]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #16]
	sxtb16	r0, r0
	str	r0, [sp, #12]
	ldr	r0, [r5, #24]
	subs	r6, #1
	sxtb16	r1, r0, ror #8
	movs	r7, #0
	sxtb16	r0, r0
	str	r0, [sp, #4]
	sxtb16	r0, r2, ror #8
	str	r1, [sp, #8]
	sxtb16	lr, r2
	movw	r2, :lower16:.Lloom_demo_n20.requant_offset
	movt	r2, :upper16:.Lloom_demo_n20.requant_offset
	str	r0, [sp]
	sub.w	r8, r2, #4
	movw	r2, :lower16:.Lloom_demo_n20.multiplier
	movt	r2, :upper16:.Lloom_demo_n20.multiplier
	sub.w	r9, r2, #4
	movw	r2, :lower16:.Lloom_demo_n20.right_shift
	movt	r2, :upper16:.Lloom_demo_n20.right_shift
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
	ldr	r1, [sp, #52]
	ldr	r5, [r0, r7]
	ldr	r0, [sp, #56]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #4]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #64]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #68]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #8]
	ldr	r1, [sp, #44]
	ldr	r0, [sp, #48]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #12]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #72]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #76]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #16]
	ldr	r1, [sp, #36]
	ldr	r0, [sp, #40]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #20]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #80]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #84]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #24]
	ldr	r1, [sp, #28]
	ldr	r0, [sp, #32]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #28]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #88]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #92]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #32]
	ldr	r1, [sp, #20]
	ldr	r0, [sp, #24]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #36]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #96]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #100]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #40]
	ldr	r1, [sp, #12]
	ldr	r0, [sp, #16]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #44]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #104]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #108]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #48]
	ldr	r1, [sp, #4]
	ldr	r0, [sp, #8]
	smlad	r4, r1, r5, r4
	ldr	r5, [r2, #52]
	smlad	r4, r0, r5, r4
	ldr	r5, [r2, #112]
	smlad	r3, r1, r5, r3
	ldr	r5, [r2, #116]
	smlad	r3, r0, r5, r3
	ldr	r5, [r2, #56]
	smlad	r4, lr, r5, r4
	ldr	r5, [r2, #60]
	ldr	r0, [sp]
	adds	r7, #128
	smlad	r4, r0, r5, r4
	cmp.w	r7, #640
	ldrd	r5, r2, [r2, #120]
	smlad	r3, lr, r5, r3
	ldr	r5, [r8, #8]!
	smlad	r2, r0, r2, r3
	ldr	r3, [r9, #8]!
	ldr	r1, [r8, #-4]
	ldr	r12, [r9, #-4]
	@APP
	smmlar	r1, r4, r12, r1
	@NO_APP
	ldr	r0, [r10, #8]!
	add.w	r1, r1, r4, asr #31
	ldr	r4, [r10, #-4]
	@APP
	smmlar	r3, r2, r3, r5
	@NO_APP
	add.w	r2, r3, r2, asr #31
	asr.w	r1, r1, r4
	asr.w	r0, r2, r0
	ssat	r1, #8, r1
	ssat	r0, #8, r0
	strb	r1, [r6, #1]
	strb	r0, [r6, #2]!
	bne.w	.LBB0_1
	add	sp, #60
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n20, .Lfunc_end0-loom_demo_n20
	.cantunwind
	.fnend

	.type	.Lloom_demo_n20.bias,%object
	.section	.rodata..Lloom_demo_n20.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n20.bias:
	.long	4294966606
	.long	4294966658
	.long	4294964016
	.long	4294964606
	.long	4294964350
	.long	2160
	.long	1760
	.long	4294965452
	.long	1130
	.long	4294965786
	.size	.Lloom_demo_n20.bias, 40

	.type	.Lloom_demo_n20.weights_i16,%object
	.section	.rodata..Lloom_demo_n20.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n20.weights_i16:
	.short	58
	.short	190
	.short	240
	.short	65440
	.short	65368
	.short	236
	.short	65330
	.short	65382
	.short	142
	.short	65530
	.short	65400
	.short	65316
	.short	65294
	.short	65422
	.short	65284
	.short	65344
	.short	65352
	.short	206
	.short	65488
	.short	162
	.short	65386
	.short	65476
	.short	252
	.short	190
	.short	68
	.short	65296
	.short	68
	.short	170
	.short	65490
	.short	184
	.short	30
	.short	160
	.short	65452
	.short	92
	.short	65334
	.short	220
	.short	194
	.short	65354
	.short	92
	.short	220
	.short	156
	.short	164
	.short	65504
	.short	65450
	.short	34
	.short	228
	.short	65526
	.short	252
	.short	65382
	.short	208
	.short	65444
	.short	60
	.short	150
	.short	65330
	.short	204
	.short	238
	.short	122
	.short	65426
	.short	90
	.short	65468
	.short	65472
	.short	65512
	.short	65496
	.short	65416
	.short	248
	.short	65476
	.short	132
	.short	148
	.short	65298
	.short	16
	.short	26
	.short	65400
	.short	62
	.short	224
	.short	65350
	.short	65512
	.short	65376
	.short	65340
	.short	108
	.short	58
	.short	38
	.short	65468
	.short	92
	.short	65428
	.short	65480
	.short	65416
	.short	42
	.short	65316
	.short	150
	.short	30
	.short	65520
	.short	114
	.short	100
	.short	65282
	.short	80
	.short	65372
	.short	65360
	.short	65460
	.short	82
	.short	65452
	.short	65404
	.short	220
	.short	174
	.short	254
	.short	166
	.short	65452
	.short	65334
	.short	65320
	.short	144
	.short	65348
	.short	50
	.short	65534
	.short	234
	.short	65512
	.short	65508
	.short	202
	.short	182
	.short	65482
	.short	65430
	.short	146
	.short	65450
	.short	252
	.short	65380
	.short	252
	.short	65416
	.short	65464
	.short	65430
	.short	96
	.short	114
	.short	78
	.short	8
	.short	65360
	.short	65292
	.short	220
	.short	65438
	.short	202
	.short	158
	.short	65460
	.short	65464
	.short	104
	.short	65516
	.short	68
	.short	154
	.short	226
	.short	65446
	.short	65394
	.short	65396
	.short	184
	.short	65290
	.short	132
	.short	65450
	.short	65518
	.short	70
	.short	214
	.short	65530
	.short	218
	.short	65500
	.short	65526
	.short	102
	.short	65330
	.short	224
	.short	65426
	.short	146
	.short	65458
	.short	65468
	.short	65484
	.short	65374
	.short	242
	.short	174
	.short	38
	.short	26
	.short	30
	.short	65424
	.short	184
	.short	16
	.short	65410
	.short	65374
	.short	18
	.short	26
	.short	6
	.short	65520
	.short	198
	.short	65404
	.short	65424
	.short	94
	.short	65362
	.short	65502
	.short	65284
	.short	65296
	.short	254
	.short	226
	.short	65306
	.short	42
	.short	190
	.short	65360
	.short	162
	.short	66
	.short	65516
	.short	65440
	.short	65348
	.short	65330
	.short	102
	.short	65334
	.short	42
	.short	65336
	.short	120
	.short	174
	.short	65500
	.short	65478
	.short	65462
	.short	65312
	.short	65318
	.short	192
	.short	65340
	.short	150
	.short	65306
	.short	65420
	.short	58
	.short	108
	.short	166
	.short	222
	.short	114
	.short	65470
	.short	170
	.short	74
	.short	4
	.short	188
	.short	65518
	.short	65352
	.short	142
	.short	65410
	.short	65434
	.short	65514
	.short	166
	.short	216
	.short	65324
	.short	248
	.short	65520
	.short	65378
	.short	65316
	.short	65342
	.short	65486
	.short	76
	.short	138
	.short	108
	.short	65346
	.short	65426
	.short	65530
	.short	65474
	.short	65336
	.short	65388
	.short	65458
	.short	86
	.short	65486
	.short	236
	.short	65356
	.short	34
	.short	65444
	.short	132
	.short	90
	.short	65346
	.short	65452
	.short	65534
	.short	65362
	.short	65348
	.short	18
	.short	65396
	.short	65352
	.short	65524
	.short	200
	.short	238
	.short	220
	.short	65436
	.short	252
	.short	65322
	.short	104
	.short	65394
	.short	65426
	.short	65332
	.short	0
	.short	65412
	.short	65450
	.short	65358
	.short	30
	.short	232
	.short	65436
	.short	6
	.short	194
	.short	65436
	.short	65434
	.short	112
	.short	160
	.short	65296
	.short	65416
	.short	126
	.short	65320
	.short	65328
	.short	65456
	.short	65440
	.short	65460
	.short	72
	.short	65474
	.short	234
	.short	65324
	.short	65438
	.short	44
	.short	65464
	.short	65314
	.short	30
	.short	204
	.short	65482
	.short	65506
	.short	242
	.short	180
	.short	65320
	.short	128
	.short	58
	.short	65396
	.short	208
	.short	65292
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

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
	.file	"loom_demo_n9"
	.section	.text.loom_demo_n9,"ax",%progbits
	.globl	loom_demo_n9
	.p2align	1
	.type	loom_demo_n9,%function
	.code	16
	.thumb_func
loom_demo_n9:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #244
	str	r0, [sp]
	movw	r0, :lower16:.Lloom_demo_n9.bias
	movt	r0, :upper16:.Lloom_demo_n9.bias
	movw	r12, :lower16:.Lloom_demo_n9.weights_i16
	subs	r0, #4
	str	r0, [sp, #24]
	movw	r0, :lower16:.Lloom_demo_n9.requant_offset
	add.w	r2, r1, #143
	movt	r0, :upper16:.Lloom_demo_n9.requant_offset
	movs	r1, #0
	subs	r0, #4
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n9.multiplier
	movt	r12, :upper16:.Lloom_demo_n9.weights_i16
	movt	r0, :upper16:.Lloom_demo_n9.multiplier
	subs	r0, #4
	str	r0, [sp, #16]
	movw	r0, :lower16:.Lloom_demo_n9.right_shift
	movt	r0, :upper16:.Lloom_demo_n9.right_shift
	subs	r0, #4
	str	r0, [sp, #12]
.LBB0_1:
	str	r1, [sp, #4]
	add.w	r0, r1, r1, lsl #3
	ldr	r1, [sp]
	mov	r6, r2
	str	r2, [sp, #8]
	add.w	r0, r1, r0, lsl #5
	str	r0, [sp, #48]
	adds	r1, r0, #4
	str	r1, [sp, #44]
	add.w	r1, r0, #8
	str	r1, [sp, #40]
	add.w	r1, r0, #12
	str	r1, [sp, #36]
	add.w	r1, r0, #16
	adds	r0, #20
	str	r0, [sp, #28]
	movs	r0, #0
	str	r1, [sp, #32]
.LBB0_2:
	str	r0, [sp, #56]
	add.w	r0, r0, r0, lsl #3
	ldr	r7, [sp, #48]
	str	r6, [sp, #52]
	ldr.w	r2, [r7, r0, lsl #3]
	sxtb16	r1, r2, ror #8
	str	r1, [sp, #192]
	movs	r1, #24
	add.w	r1, r1, r0, lsl #3
	sxtb16	r2, r2
	str	r2, [sp, #188]
	movs	r2, #48
	ldr	r3, [r7, r1]
	add.w	r2, r2, r0, lsl #3
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #184]
	sxtb16	r3, r3
	str	r3, [sp, #180]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #176]
	ldr	r7, [sp, #44]
	sxtb16	r3, r3
	str	r3, [sp, #172]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #168]
	sxtb16	r3, r3
	str	r3, [sp, #164]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #160]
	sxtb16	r3, r3
	str	r3, [sp, #156]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #152]
	ldr	r7, [sp, #40]
	sxtb16	r3, r3
	str	r3, [sp, #148]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #144]
	sxtb16	r3, r3
	str	r3, [sp, #140]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #136]
	sxtb16	r3, r3
	str	r3, [sp, #132]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #128]
	ldr	r7, [sp, #36]
	sxtb16	r3, r3
	str	r3, [sp, #124]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #120]
	sxtb16	r3, r3
	str	r3, [sp, #116]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #112]
	sxtb16	r3, r3
	str	r3, [sp, #108]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #104]
	ldr	r7, [sp, #32]
	sxtb16	r3, r3
	str	r3, [sp, #100]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #96]
	sxtb16	r3, r3
	str	r3, [sp, #92]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #88]
	sxtb16	r3, r3
	str	r3, [sp, #84]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #236]
	sxtb16	r3, r3
	str	r3, [sp, #80]
	ldr	r3, [sp, #28]
	ldr.w	r0, [r3, r0, lsl #3]
	sxtb16	r7, r0, ror #8
	str	r7, [sp, #76]
	sxtb16	r0, r0
	str	r0, [sp, #72]
	ldr	r0, [r3, r1]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #68]
	sxtb16	r0, r0
	str	r0, [sp, #64]
	ldr	r0, [r3, r2]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #60]
	sxtb16	r0, r0
	str	r0, [sp, #232]
	ldr	r0, [sp, #12]
	str	r0, [sp, #228]
	ldr	r0, [sp, #16]
	str	r0, [sp, #224]
	ldr	r0, [sp, #20]
	movs	r1, #0
	str	r0, [sp, #220]
	ldr	r0, [sp, #24]
.LBB0_3:
	str	r1, [sp, #240]
	ldr	lr, [r0, #8]!
	str	r0, [sp, #212]
	add.w	r9, r12, r1
	ldr	r1, [r0, #-4]
	ldr	r0, [sp, #240]
	ldr	r7, [sp, #188]
	str	r6, [sp, #216]
	ldr.w	r2, [r12, r0]
	ldr.w	r4, [r9, #4]
	smlad	r6, r7, r2, r1
	ldr	r3, [sp, #192]
	smlad	r12, r3, r4, r6
	ldr	r0, [sp, #180]
	ldrd	r5, r6, [r9, #48]
	smlad	r7, r7, r5, lr
	smlad	r8, r3, r6, r7
	ldr	r3, [sp, #184]
	smlad	r7, r0, r2, r1
	smlad	r11, r3, r4, r7
	ldr	r7, [sp, #172]
	smlad	r1, r7, r2, r1
	smlad	r2, r0, r5, lr
	smlad	r10, r3, r6, r2
	ldr	r2, [sp, #176]
	smlad	r0, r7, r5, lr
	ldr.w	r5, [r9, #12]
	smlad	r1, r2, r4, r1
	ldr.w	r4, [r9, #8]
	smlad	lr, r2, r6, r0
	ldr	r2, [sp, #164]
	smlad	r3, r2, r4, r12
	ldr	r0, [sp, #168]
	smlad	r12, r0, r5, r3
	ldr	r3, [sp, #156]
	ldr.w	r7, [r9, #56]
	ldr	r6, [sp, #148]
	smlad	r11, r3, r4, r11
	smlad	r1, r6, r4, r1
	ldr.w	r4, [r9, #60]
	smlad	r2, r2, r7, r8
	smlad	r0, r0, r4, r2
	str	r0, [sp, #204]
	ldr	r0, [sp, #160]
	smlad	r2, r3, r7, r10
	ldr	r3, [sp, #152]
	smlad	r11, r0, r5, r11
	ldr.w	r10, [sp, #140]
	smlad	r0, r0, r4, r2
	str	r0, [sp, #200]
	smlad	r2, r3, r5, r1
	smlad	r0, r6, r7, lr
	ldr.w	r5, [r9, #16]
	smlad	r8, r3, r4, r0
	ldr.w	r4, [r9, #20]
	smlad	r3, r10, r5, r12
	ldr	r0, [sp, #144]
	smlad	r1, r0, r4, r3
	ldr	r6, [sp, #132]
	str	r1, [sp, #208]
	ldr	r1, [sp, #124]
	ldr.w	r7, [r9, #64]
	smlad	r12, r1, r5, r2
	ldr	r2, [sp, #204]
	smlad	r11, r6, r5, r11
	ldr.w	r5, [r9, #68]
	smlad	r3, r10, r7, r2
	ldr	r2, [sp, #200]
	smlad	r10, r0, r5, r3
	ldr	r0, [sp, #136]
	smlad	r2, r6, r7, r2
	smlad	r3, r0, r4, r11
	ldr	r6, [sp, #128]
	smlad	r11, r0, r5, r2
	ldr	r2, [sp, #108]
	smlad	r0, r1, r7, r8
	ldr	r1, [sp, #100]
	smlad	lr, r6, r4, r12
	ldr.w	r12, [sp, #120]
	smlad	r8, r6, r5, r0
	ldr	r6, [sp, #116]
	ldrd	r4, r5, [r9, #24]
	ldr	r0, [sp, #208]
	smlad	r7, r6, r4, r0
	smlad	r0, r12, r5, r7
	str	r0, [sp, #208]
	ldr.w	r0, [r9, #72]
	smlad	r7, r2, r4, r3
	smlad	lr, r1, r4, lr
	ldr.w	r4, [r9, #76]
	smlad	r3, r6, r0, r10
	smlad	r3, r12, r4, r3
	str	r3, [sp, #204]
	ldr	r3, [sp, #112]
	smlad	r2, r2, r0, r11
	smlad	r6, r3, r5, r7
	smlad	r12, r3, r4, r2
	ldr	r3, [sp, #104]
	smlad	r0, r1, r0, r8
	ldr	r2, [sp, #96]
	smlad	r10, r3, r5, lr
	ldr.w	lr, [sp, #80]
	smlad	r8, r3, r4, r0
	ldr	r3, [sp, #92]
	ldrd	r4, r5, [r9, #32]
	ldr	r0, [sp, #208]
	smlad	r7, r3, r4, r0
	smlad	r11, r2, r5, r7
	ldr	r7, [sp, #84]
	ldr.w	r0, [r9, #80]
	smlad	r6, r7, r4, r6
	smlad	r10, lr, r4, r10
	ldr.w	r1, [r9, #84]
	ldr	r4, [sp, #204]
	smlad	r3, r3, r0, r4
	smlad	r3, r2, r1, r3
	ldr	r4, [sp, #88]
	smlad	r2, r7, r0, r12
	str	r1, [sp, #208]
	smlad	r2, r4, r1, r2
	ldr	r1, [sp, #236]
	smlad	r6, r4, r5, r6
	ldr	r7, [sp, #76]
	smlad	r10, r1, r5, r10
	ldr	r1, [sp, #232]
	smlad	r0, lr, r0, r8
	ldr.w	r8, [sp, #72]
	ldrd	r5, r4, [r9, #40]
	str	r0, [sp, #204]
	smlad	r0, r8, r5, r11
	smlad	r1, r1, r5, r10
	smlad	r12, r7, r4, r0
	ldr	r0, [sp, #64]
	str	r1, [sp, #200]
	smlad	r6, r0, r5, r6
	ldrd	r1, lr, [r9, #88]
	smlad	r3, r8, r1, r3
	ldr	r5, [sp, #68]
	smlad	r2, r0, r1, r2
	ldr	r0, [sp, #224]
	smlad	r11, r7, lr, r3
	smlad	r3, r5, r4, r6
	ldr	r9, [r0, #8]!
	smlad	r10, r5, lr, r2
	ldr	r5, [sp, #220]
	str	r0, [sp, #224]
	ldr	r7, [r0, #-4]
	ldr	r2, [r5, #8]!
	ldr	r6, [sp, #60]
	ldr	r0, [sp, #200]
	str	r5, [sp, #220]
	ldr	r8, [r5, #-4]
	smlad	r4, r6, r4, r0
	@APP
	smmlar	r5, r12, r7, r8
	@NO_APP
	add.w	r0, r5, r12, asr #31
	str	r0, [sp, #200]
	@APP
	smmlar	r5, r11, r9, r2
	@NO_APP
	add.w	r0, r5, r11, asr #31
	str	r0, [sp, #196]
	@APP
	smmlar	r0, r3, r7, r8
	@NO_APP
	add.w	r11, r0, r3, asr #31
	ldr	r5, [sp, #236]
	@APP
	smmlar	r3, r10, r9, r2
	@NO_APP
	ldrd	r12, r0, [sp, #204]
	smlad	r5, r5, r0, r12
	ldr	r0, [sp, #228]
	add.w	r10, r3, r10, asr #31
	@APP
	smmlar	r7, r4, r7, r8
	@NO_APP
	ldr	r3, [r0, #8]!
	add.w	r8, r7, r4, asr #31
	str	r0, [sp, #228]
	ldr	r7, [r0, #-4]
	ldr	r0, [sp, #232]
	movw	r12, :lower16:.Lloom_demo_n9.weights_i16
	smlad	r1, r0, r1, r5
	ldr	r0, [sp, #200]
	asr.w	r5, r0, r7
	smlad	r1, r6, lr, r1
	ldr	r6, [sp, #216]
	ldr	r0, [sp, #196]
	asr.w	r4, r0, r3
	@APP
	smmlar	r2, r1, r9, r2
	@NO_APP
	ssat	r5, #8, r5
	movt	r12, :upper16:.Lloom_demo_n9.weights_i16
	asr.w	r0, r11, r7
	strb	r5, [r6, #-143]
	asr.w	r5, r10, r3
	asr.w	r7, r8, r7
	ssat	r0, #8, r0
	strb	r0, [r6, #-71]
	add.w	r0, r2, r1, asr #31
	ssat	r1, #8, r5
	strb	r1, [r6, #-70]
	asrs	r0, r3
	ssat	r1, #8, r7
	strb	r1, [r6, #1]
	ldr	r1, [sp, #240]
	ssat	r4, #8, r4
	adds	r1, #96
	ssat	r0, #8, r0
	strb	r4, [r6, #-142]
	strb	r0, [r6, #2]!
	ldr	r0, [sp, #212]
	cmp.w	r1, #3456
	bne.w	.LBB0_3
	ldr	r0, [sp, #56]
	ldr	r6, [sp, #52]
	adds	r0, #1
	adds	r6, #216
	cmp	r0, #4
	bne.w	.LBB0_2
	ldr	r1, [sp, #4]
	ldr	r2, [sp, #8]
	adds	r1, #1
	add.w	r2, r2, #864
	cmp	r1, #12
	bne.w	.LBB0_1
	add	sp, #244
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n9, .Lfunc_end0-loom_demo_n9
	.cantunwind
	.fnend

	.type	.Lloom_demo_n9.bias,%object
	.section	.rodata..Lloom_demo_n9.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.bias:
	.long	4294966008
	.long	972
	.long	4294967136
	.long	4294966616
	.long	4294966748
	.long	1184
	.long	4294964502
	.long	4294964856
	.long	4294964948
	.long	1032
	.long	3694
	.long	4294965836
	.long	4294966592
	.long	1288
	.long	342
	.long	3636
	.long	4294963308
	.long	4294963612
	.long	1406
	.long	4294964212
	.long	2716
	.long	1204
	.long	4294967076
	.long	586
	.long	2988
	.long	4294966832
	.long	1254
	.long	4294966148
	.long	1688
	.long	3432
	.long	4294965154
	.long	2900
	.long	4294967182
	.long	4294967034
	.long	4294964228
	.long	1506
	.long	4294966276
	.long	4294965654
	.long	4294964602
	.long	1348
	.long	1752
	.long	3624
	.long	1444
	.long	4294966240
	.long	3800
	.long	3120
	.long	4294965502
	.long	114
	.long	1738
	.long	866
	.long	4294966424
	.long	4294965652
	.long	682
	.long	3368
	.long	2542
	.long	4294966464
	.long	1324
	.long	4294966932
	.long	4294964696
	.long	4294965370
	.long	1870
	.long	2484
	.long	4294966468
	.long	1992
	.long	4294966708
	.long	856
	.long	2262
	.long	4294964772
	.long	4294965604
	.long	1338
	.long	846
	.long	2554
	.size	.Lloom_demo_n9.bias, 288

	.type	.Lloom_demo_n9.weights_i16,%object
	.section	.rodata..Lloom_demo_n9.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.weights_i16:
	.short	122
	.short	65344
	.short	65352
	.short	232
	.short	65362
	.short	94
	.short	186
	.short	65378
	.short	65428
	.short	146
	.short	40
	.short	65396
	.short	65530
	.short	65334
	.short	56
	.short	68
	.short	150
	.short	65508
	.short	65418
	.short	14
	.short	65458
	.short	65436
	.short	65400
	.short	65384
	.short	65396
	.short	65334
	.short	65442
	.short	65492
	.short	162
	.short	65454
	.short	65346
	.short	126
	.short	65406
	.short	65390
	.short	65298
	.short	65284
	.short	65302
	.short	65424
	.short	65332
	.short	65398
	.short	106
	.short	65288
	.short	65376
	.short	176
	.short	76
	.short	65472
	.short	65374
	.short	65300
	.short	65356
	.short	65344
	.short	65320
	.short	228
	.short	65356
	.short	32
	.short	65446
	.short	65496
	.short	94
	.short	84
	.short	65368
	.short	65418
	.short	248
	.short	65348
	.short	162
	.short	65446
	.short	65312
	.short	80
	.short	65334
	.short	60
	.short	65448
	.short	65422
	.short	76
	.short	65300
	.short	148
	.short	65306
	.short	32
	.short	65432
	.short	65336
	.short	214
	.short	216
	.short	116
	.short	65386
	.short	246
	.short	4
	.short	204
	.short	65498
	.short	65352
	.short	226
	.short	198
	.short	65304
	.short	65458
	.short	38
	.short	65378
	.short	176
	.short	8
	.short	162
	.short	198
	.short	65492
	.short	8
	.short	224
	.short	236
	.short	132
	.short	65284
	.short	136
	.short	2
	.short	130
	.short	65464
	.short	65416
	.short	65404
	.short	132
	.short	65438
	.short	200
	.short	128
	.short	204
	.short	88
	.short	65458
	.short	65338
	.short	65394
	.short	65378
	.short	132
	.short	65434
	.short	198
	.short	65328
	.short	0
	.short	65330
	.short	12
	.short	65504
	.short	65360
	.short	190
	.short	65444
	.short	102
	.short	162
	.short	84
	.short	112
	.short	65396
	.short	188
	.short	8
	.short	12
	.short	10
	.short	65510
	.short	65406
	.short	65322
	.short	246
	.short	16
	.short	238
	.short	54
	.short	65490
	.short	65444
	.short	152
	.short	174
	.short	65386
	.short	108
	.short	65394
	.short	65318
	.short	65306
	.short	65380
	.short	104
	.short	65386
	.short	65512
	.short	94
	.short	65462
	.short	90
	.short	65486
	.short	128
	.short	180
	.short	65436
	.short	24
	.short	142
	.short	65476
	.short	65322
	.short	65312
	.short	65478
	.short	246
	.short	126
	.short	46
	.short	62
	.short	65388
	.short	124
	.short	65522
	.short	194
	.short	65350
	.short	65310
	.short	48
	.short	65404
	.short	72
	.short	65424
	.short	212
	.short	246
	.short	65302
	.short	52
	.short	65318
	.short	65284
	.short	226
	.short	168
	.short	65534
	.short	34
	.short	65450
	.short	65472
	.short	65480
	.short	65400
	.short	134
	.short	65366
	.short	65390
	.short	234
	.short	48
	.short	65344
	.short	166
	.short	58
	.short	114
	.short	65300
	.short	65404
	.short	65434
	.short	58
	.short	65370
	.short	65476
	.short	148
	.short	65482
	.short	65304
	.short	160
	.short	222
	.short	65354
	.short	0
	.short	210
	.short	182
	.short	244
	.short	46
	.short	65424
	.short	158
	.short	76
	.short	65310
	.short	120
	.short	196
	.short	132
	.short	148
	.short	65308
	.short	164
	.short	65426
	.short	65520
	.short	254
	.short	242
	.short	65488
	.short	12
	.short	214
	.short	65374
	.short	65292
	.short	186
	.short	110
	.short	176
	.short	65412
	.short	65458
	.short	65354
	.short	96
	.short	90
	.short	65504
	.short	48
	.short	65394
	.short	65360
	.short	65394
	.short	22
	.short	65290
	.short	65450
	.short	65292
	.short	65454
	.short	100
	.short	212
	.short	130
	.short	98
	.short	240
	.short	198
	.short	65532
	.short	176
	.short	65406
	.short	65514
	.short	65304
	.short	60
	.short	65324
	.short	65486
	.short	202
	.short	50
	.short	65458
	.short	65302
	.short	250
	.short	200
	.short	65476
	.short	200
	.short	60
	.short	65462
	.short	96
	.short	65320
	.short	65316
	.short	65488
	.short	150
	.short	186
	.short	65288
	.short	65406
	.short	65364
	.short	124
	.short	65316
	.short	170
	.short	65428
	.short	65314
	.short	65306
	.short	65294
	.short	65380
	.short	65318
	.short	30
	.short	216
	.short	65442
	.short	198
	.short	160
	.short	40
	.short	65332
	.short	58
	.short	224
	.short	234
	.short	65456
	.short	232
	.short	65478
	.short	65458
	.short	200
	.short	65456
	.short	72
	.short	65410
	.short	65328
	.short	65316
	.short	210
	.short	65388
	.short	162
	.short	24
	.short	224
	.short	65456
	.short	54
	.short	65524
	.short	65346
	.short	65342
	.short	65312
	.short	65374
	.short	190
	.short	2
	.short	65408
	.short	194
	.short	65374
	.short	52
	.short	65324
	.short	136
	.short	76
	.short	65440
	.short	65300
	.short	65304
	.short	65302
	.short	65290
	.short	65422
	.short	110
	.short	146
	.short	65392
	.short	160
	.short	65372
	.short	65354
	.short	65428
	.short	65434
	.short	65478
	.short	198
	.short	90
	.short	65386
	.short	114
	.short	74
	.short	224
	.short	184
	.short	65366
	.short	208
	.short	156
	.short	192
	.short	228
	.short	26
	.short	216
	.short	76
	.short	65498
	.short	68
	.short	200
	.short	218
	.short	65426
	.short	65322
	.short	65322
	.short	65496
	.short	238
	.short	150
	.short	36
	.short	65430
	.short	65406
	.short	65332
	.short	65520
	.short	146
	.short	65416
	.short	65434
	.short	4
	.short	114
	.short	65386
	.short	44
	.short	102
	.short	65384
	.short	30
	.short	132
	.short	65482
	.short	65380
	.short	176
	.short	65530
	.short	26
	.short	65504
	.short	32
	.short	170
	.short	65408
	.short	140
	.short	65458
	.short	28
	.short	65508
	.short	65432
	.short	92
	.short	65438
	.short	65296
	.short	232
	.short	65288
	.short	65444
	.short	65314
	.short	65348
	.short	65376
	.short	184
	.short	65356
	.short	65376
	.short	65402
	.short	65320
	.short	122
	.short	4
	.short	65370
	.short	65526
	.short	65322
	.short	84
	.short	252
	.short	65418
	.short	156
	.short	2
	.short	236
	.short	65332
	.short	4
	.short	65414
	.short	184
	.short	65294
	.short	65460
	.short	142
	.short	65380
	.short	65354
	.short	65360
	.short	65446
	.short	65350
	.short	65334
	.short	65328
	.short	170
	.short	65518
	.short	65322
	.short	65500
	.short	56
	.short	172
	.short	65340
	.short	186
	.short	65442
	.short	164
	.short	22
	.short	65418
	.short	204
	.short	160
	.short	65464
	.short	65322
	.short	65328
	.short	150
	.short	4
	.short	65462
	.short	65372
	.short	65282
	.short	104
	.short	65462
	.short	65480
	.short	194
	.short	244
	.short	234
	.short	220
	.short	62
	.short	112
	.short	32
	.short	65454
	.short	65398
	.short	65368
	.short	65318
	.short	65424
	.short	65456
	.short	65460
	.short	65394
	.short	144
	.short	65472
	.short	178
	.short	50
	.short	65444
	.short	104
	.short	148
	.short	65348
	.short	224
	.short	192
	.short	65384
	.short	65408
	.short	65354
	.short	65486
	.short	226
	.short	216
	.short	234
	.short	65334
	.short	66
	.short	65482
	.short	110
	.short	65406
	.short	65412
	.short	65416
	.short	65316
	.short	65326
	.short	65388
	.short	65398
	.short	52
	.short	65344
	.short	65394
	.short	34
	.short	208
	.short	65534
	.short	65456
	.short	65480
	.short	65478
	.short	76
	.short	65304
	.short	65488
	.short	65464
	.short	132
	.short	156
	.short	65312
	.short	4
	.short	65358
	.short	65494
	.short	65478
	.short	65498
	.short	180
	.short	216
	.short	65488
	.short	65430
	.short	222
	.short	204
	.short	184
	.short	110
	.short	65498
	.short	166
	.short	142
	.short	65384
	.short	65286
	.short	65342
	.short	94
	.short	8
	.short	32
	.short	184
	.short	65378
	.short	65322
	.short	186
	.short	238
	.short	98
	.short	46
	.short	56
	.short	42
	.short	65330
	.short	128
	.short	96
	.short	65494
	.short	96
	.short	65288
	.short	68
	.short	65444
	.short	98
	.short	65390
	.short	65330
	.short	65424
	.short	40
	.short	60
	.short	108
	.short	58
	.short	65414
	.short	65390
	.short	12
	.short	42
	.short	112
	.short	65530
	.short	65428
	.short	154
	.short	68
	.short	118
	.short	65368
	.short	65484
	.short	65284
	.short	204
	.short	65526
	.short	65302
	.short	148
	.short	96
	.short	65364
	.short	16
	.short	200
	.short	65332
	.short	218
	.short	122
	.short	208
	.short	65528
	.short	216
	.short	158
	.short	160
	.short	65310
	.short	84
	.short	20
	.short	65328
	.short	65520
	.short	18
	.short	188
	.short	65340
	.short	65418
	.short	0
	.short	65292
	.short	186
	.short	132
	.short	138
	.short	220
	.short	65398
	.short	10
	.short	198
	.short	65402
	.short	65460
	.short	188
	.short	65444
	.short	65476
	.short	122
	.short	52
	.short	65372
	.short	65372
	.short	65308
	.short	65402
	.short	65346
	.short	108
	.short	65286
	.short	65292
	.short	48
	.short	222
	.short	156
	.short	65296
	.short	232
	.short	76
	.short	144
	.short	202
	.short	65476
	.short	152
	.short	144
	.short	0
	.short	65506
	.short	126
	.short	65298
	.short	34
	.short	65426
	.short	154
	.short	254
	.short	238
	.short	90
	.short	60
	.short	65502
	.short	240
	.short	65310
	.short	104
	.short	152
	.short	172
	.short	50
	.short	65386
	.short	218
	.short	65376
	.short	65362
	.short	178
	.short	65460
	.short	184
	.short	98
	.short	144
	.short	65416
	.short	38
	.short	110
	.short	65366
	.short	30
	.short	156
	.short	65448
	.short	65464
	.short	156
	.short	246
	.short	65288
	.short	65326
	.short	65490
	.short	246
	.short	65288
	.short	65502
	.short	65426
	.short	216
	.short	236
	.short	216
	.short	246
	.short	65522
	.short	106
	.short	65416
	.short	65420
	.short	162
	.short	134
	.short	0
	.short	0
	.short	65308
	.short	136
	.short	212
	.short	172
	.short	196
	.short	65366
	.short	65354
	.short	204
	.short	65366
	.short	106
	.short	65326
	.short	122
	.short	62
	.short	65346
	.short	120
	.short	65394
	.short	162
	.short	65454
	.short	65412
	.short	65430
	.short	65410
	.short	160
	.short	98
	.short	246
	.short	194
	.short	65290
	.short	44
	.short	65480
	.short	65300
	.short	65412
	.short	178
	.short	65434
	.short	65388
	.short	68
	.short	65388
	.short	38
	.short	190
	.short	65530
	.short	202
	.short	150
	.short	218
	.short	190
	.short	65506
	.short	192
	.short	136
	.short	224
	.short	65336
	.short	228
	.short	65474
	.short	65302
	.short	65300
	.short	54
	.short	65326
	.short	65460
	.short	65364
	.short	224
	.short	70
	.short	65356
	.short	130
	.short	218
	.short	58
	.short	174
	.short	176
	.short	65486
	.short	94
	.short	65300
	.short	42
	.short	65526
	.short	70
	.short	65354
	.short	65394
	.short	10
	.short	218
	.short	65370
	.short	100
	.short	65364
	.short	65348
	.short	65438
	.short	65384
	.short	200
	.short	65428
	.short	65494
	.short	176
	.short	65470
	.short	65348
	.short	126
	.short	65334
	.short	65432
	.short	65328
	.short	40
	.short	65412
	.short	54
	.short	62
	.short	208
	.short	65514
	.short	65300
	.short	65472
	.short	6
	.short	66
	.short	65508
	.short	65514
	.short	154
	.short	65368
	.short	65534
	.short	46
	.short	170
	.short	65330
	.short	65398
	.short	192
	.short	65416
	.short	136
	.short	65384
	.short	218
	.short	65494
	.short	188
	.short	65362
	.short	65516
	.short	65378
	.short	65520
	.short	230
	.short	130
	.short	65492
	.short	65354
	.short	228
	.short	228
	.short	65354
	.short	70
	.short	16
	.short	132
	.short	65376
	.short	65338
	.short	150
	.short	65494
	.short	124
	.short	228
	.short	56
	.short	14
	.short	246
	.short	72
	.short	65286
	.short	65298
	.short	65352
	.short	130
	.short	90
	.short	65412
	.short	65342
	.short	140
	.short	56
	.short	65314
	.short	65336
	.short	102
	.short	54
	.short	80
	.short	166
	.short	65514
	.short	65448
	.short	28
	.short	118
	.short	65332
	.short	36
	.short	14
	.short	100
	.short	130
	.short	248
	.short	206
	.short	254
	.short	65344
	.short	65372
	.short	65434
	.short	194
	.short	65488
	.short	92
	.short	128
	.short	65432
	.short	84
	.short	65314
	.short	65322
	.short	68
	.short	92
	.short	65416
	.short	65372
	.short	58
	.short	184
	.short	184
	.short	190
	.short	65336
	.short	140
	.short	65334
	.short	65370
	.short	65464
	.short	65526
	.short	65426
	.short	58
	.short	65472
	.short	150
	.short	65430
	.short	236
	.short	65330
	.short	38
	.short	65378
	.short	44
	.short	65512
	.short	78
	.short	212
	.short	228
	.short	65354
	.short	226
	.short	66
	.short	226
	.short	65286
	.short	65334
	.short	148
	.short	65398
	.short	134
	.short	65386
	.short	65420
	.short	84
	.short	118
	.short	65480
	.short	104
	.short	65406
	.short	65368
	.short	8
	.short	102
	.short	65368
	.short	174
	.short	26
	.short	88
	.short	65284
	.short	65430
	.short	65316
	.short	65314
	.short	65320
	.short	140
	.short	202
	.short	28
	.short	65424
	.short	26
	.short	52
	.short	48
	.short	162
	.short	184
	.short	70
	.short	65528
	.short	65300
	.short	65314
	.short	88
	.short	65494
	.short	146
	.short	150
	.short	10
	.short	238
	.short	254
	.short	146
	.short	148
	.short	65412
	.short	192
	.short	65322
	.short	65318
	.short	178
	.short	234
	.short	88
	.short	42
	.short	100
	.short	65504
	.short	65350
	.short	65462
	.short	50
	.short	65376
	.short	250
	.short	252
	.short	65420
	.short	140
	.short	65374
	.short	65522
	.short	174
	.short	65330
	.short	65508
	.short	56
	.short	65440
	.short	62
	.short	216
	.short	248
	.short	218
	.short	2
	.short	65352
	.short	65534
	.short	156
	.short	65484
	.short	65484
	.short	65300
	.short	164
	.short	106
	.short	128
	.short	65388
	.short	65282
	.short	218
	.short	124
	.short	65410
	.short	102
	.short	65294
	.short	65452
	.short	65466
	.short	65404
	.short	76
	.short	65422
	.short	64
	.short	65486
	.short	178
	.short	65296
	.short	65332
	.short	65498
	.short	122
	.short	65292
	.short	65502
	.short	65372
	.short	65410
	.short	65390
	.short	65448
	.short	65508
	.short	144
	.short	65444
	.short	142
	.short	65452
	.short	65434
	.short	65414
	.short	122
	.short	72
	.short	126
	.short	65358
	.short	50
	.short	174
	.short	65298
	.short	70
	.short	82
	.short	65384
	.short	65374
	.short	65486
	.short	250
	.short	8
	.short	184
	.short	68
	.short	22
	.short	58
	.short	28
	.short	65392
	.short	65422
	.short	236
	.short	65486
	.short	84
	.short	65512
	.short	78
	.short	65518
	.short	66
	.short	32
	.short	65326
	.short	162
	.short	65320
	.short	72
	.short	202
	.short	232
	.short	56
	.short	90
	.short	20
	.short	65282
	.short	65478
	.short	65356
	.short	138
	.short	65430
	.short	194
	.short	144
	.short	65528
	.short	250
	.short	160
	.short	65302
	.short	65342
	.short	65436
	.short	116
	.short	58
	.short	246
	.short	65316
	.short	92
	.short	60
	.short	65458
	.short	65400
	.short	65510
	.short	76
	.short	8
	.short	65526
	.short	65508
	.short	72
	.short	34
	.short	65372
	.short	65352
	.short	124
	.short	246
	.short	65516
	.short	20
	.short	65492
	.short	65340
	.short	56
	.short	65296
	.short	118
	.short	65502
	.short	218
	.short	244
	.short	30
	.short	226
	.short	250
	.short	72
	.short	186
	.short	65516
	.short	65314
	.short	140
	.short	65424
	.short	65432
	.short	65490
	.short	65334
	.short	110
	.short	234
	.short	65520
	.short	196
	.short	65376
	.short	65416
	.short	176
	.short	244
	.short	65396
	.short	65532
	.short	88
	.short	150
	.short	168
	.short	228
	.short	65458
	.short	65308
	.short	152
	.short	65466
	.short	65298
	.short	65526
	.short	65512
	.short	46
	.short	65356
	.short	26
	.short	144
	.short	130
	.short	65514
	.short	65438
	.short	65320
	.short	188
	.short	92
	.short	65442
	.short	65514
	.short	65324
	.short	128
	.short	84
	.short	65440
	.short	206
	.short	96
	.short	65296
	.short	240
	.short	140
	.short	65284
	.short	236
	.short	216
	.short	65512
	.short	65458
	.short	65516
	.short	50
	.short	65384
	.short	65312
	.short	65302
	.short	100
	.short	65480
	.short	254
	.short	186
	.short	126
	.short	108
	.short	26
	.short	100
	.short	166
	.short	65426
	.short	65506
	.short	104
	.short	65474
	.short	65398
	.short	65500
	.short	65480
	.short	120
	.short	65324
	.short	65344
	.short	65374
	.short	65360
	.short	65402
	.short	65500
	.short	65436
	.short	58
	.short	92
	.short	108
	.short	65516
	.short	44
	.short	30
	.short	232
	.short	38
	.short	65528
	.short	65450
	.short	65448
	.short	180
	.short	40
	.short	50
	.short	65400
	.short	152
	.short	65422
	.short	118
	.short	86
	.short	210
	.short	65470
	.short	65298
	.short	240
	.short	65522
	.short	65320
	.short	65376
	.short	82
	.short	65384
	.short	65450
	.short	122
	.short	234
	.short	124
	.short	65414
	.short	16
	.short	106
	.short	65352
	.short	65290
	.short	65482
	.short	76
	.short	156
	.short	36
	.short	65518
	.short	156
	.short	190
	.short	30
	.short	0
	.short	65514
	.short	72
	.short	65502
	.short	152
	.short	76
	.short	18
	.short	65364
	.short	76
	.short	152
	.short	65500
	.short	222
	.short	65460
	.short	72
	.short	40
	.short	192
	.short	82
	.short	65328
	.short	65302
	.short	102
	.short	38
	.short	94
	.short	65390
	.short	130
	.short	94
	.short	65400
	.short	22
	.short	65408
	.short	65430
	.short	194
	.short	164
	.short	65488
	.short	238
	.short	38
	.short	220
	.short	184
	.short	65486
	.short	65426
	.short	65414
	.short	65360
	.short	65430
	.short	65450
	.short	238
	.short	212
	.short	234
	.short	65322
	.short	65322
	.short	82
	.short	65466
	.short	90
	.short	134
	.short	65356
	.short	65448
	.short	65464
	.short	242
	.short	65390
	.short	174
	.short	65486
	.short	65452
	.short	250
	.short	65454
	.short	65494
	.short	238
	.short	100
	.short	170
	.short	65388
	.short	168
	.short	65292
	.short	65510
	.short	65434
	.short	65322
	.short	174
	.short	18
	.short	8
	.short	88
	.short	65286
	.short	242
	.short	65510
	.short	70
	.short	186
	.short	66
	.short	252
	.short	65448
	.short	65482
	.short	116
	.short	50
	.short	206
	.short	65428
	.short	64
	.short	110
	.short	146
	.short	124
	.short	54
	.short	222
	.short	18
	.short	65286
	.short	65286
	.short	65360
	.short	65376
	.short	65444
	.short	128
	.short	98
	.short	65464
	.short	94
	.short	220
	.short	190
	.short	65362
	.short	116
	.short	168
	.short	65388
	.short	65528
	.short	246
	.short	65478
	.short	65516
	.short	150
	.short	98
	.short	66
	.short	65288
	.short	102
	.short	65292
	.short	65508
	.short	128
	.short	65408
	.short	48
	.short	65306
	.short	65414
	.short	65500
	.short	65474
	.short	228
	.short	138
	.short	65336
	.short	108
	.short	32
	.short	65378
	.short	65310
	.short	150
	.short	188
	.short	65508
	.short	65362
	.short	10
	.short	134
	.short	65424
	.short	65292
	.short	65344
	.short	176
	.short	65300
	.short	134
	.short	65524
	.short	254
	.short	68
	.short	65482
	.short	65366
	.short	148
	.short	26
	.short	44
	.short	65432
	.short	80
	.short	65320
	.short	224
	.short	65522
	.short	65334
	.short	166
	.short	65394
	.short	8
	.short	92
	.short	65504
	.short	48
	.short	65472
	.short	36
	.short	244
	.short	6
	.short	78
	.short	234
	.short	18
	.short	65490
	.short	65292
	.short	10
	.short	65356
	.short	170
	.short	65466
	.short	65372
	.short	124
	.short	188
	.short	65518
	.short	65482
	.short	218
	.short	65302
	.short	72
	.short	65444
	.short	114
	.short	65488
	.short	62
	.short	65376
	.short	65436
	.short	65452
	.short	65428
	.short	140
	.short	65484
	.short	220
	.short	0
	.short	65350
	.short	65332
	.short	50
	.short	28
	.short	194
	.short	65404
	.short	232
	.short	242
	.short	65364
	.short	150
	.short	65410
	.short	65314
	.short	65292
	.short	234
	.short	65530
	.short	20
	.short	0
	.short	65340
	.short	65356
	.short	65440
	.short	230
	.short	65330
	.short	65382
	.short	102
	.short	172
	.short	80
	.short	44
	.short	234
	.short	65300
	.short	244
	.short	186
	.short	65450
	.short	54
	.short	184
	.short	160
	.short	216
	.short	65516
	.short	65338
	.short	148
	.short	136
	.short	65412
	.short	248
	.short	65458
	.short	230
	.short	65324
	.short	40
	.short	70
	.short	65286
	.short	112
	.short	65392
	.short	122
	.short	150
	.short	160
	.short	206
	.short	65330
	.short	65436
	.short	65456
	.short	65284
	.short	65300
	.short	65438
	.short	65402
	.short	65386
	.short	22
	.short	218
	.short	206
	.short	65522
	.short	65522
	.short	65378
	.short	166
	.short	82
	.short	32
	.short	65474
	.short	65520
	.short	65506
	.short	130
	.short	65528
	.short	65386
	.short	88
	.short	65384
	.short	65364
	.short	210
	.short	196
	.short	202
	.short	65530
	.short	65440
	.short	65370
	.short	65510
	.short	90
	.short	0
	.short	65338
	.short	114
	.short	112
	.short	65492
	.short	65456
	.short	65300
	.short	65530
	.short	166
	.short	65344
	.short	150
	.short	65380
	.short	65384
	.short	65290
	.short	130
	.short	65428
	.short	65400
	.short	150
	.short	94
	.short	170
	.short	4
	.short	65482
	.short	72
	.short	65534
	.short	65404
	.short	65332
	.short	65518
	.short	65386
	.short	128
	.short	156
	.short	52
	.short	65376
	.short	65484
	.short	88
	.short	65336
	.short	65352
	.short	65498
	.short	238
	.short	124
	.short	65510
	.short	252
	.short	65470
	.short	65482
	.short	65346
	.short	65476
	.short	28
	.short	65386
	.short	65370
	.short	65458
	.short	65400
	.short	65456
	.short	65336
	.short	208
	.short	84
	.short	65356
	.short	65388
	.short	130
	.short	10
	.short	158
	.short	118
	.short	142
	.short	166
	.short	65334
	.short	65426
	.short	65366
	.short	126
	.short	65382
	.short	116
	.short	65308
	.short	82
	.short	65338
	.short	164
	.short	65440
	.short	112
	.short	134
	.short	65492
	.short	20
	.short	65354
	.short	230
	.short	226
	.short	4
	.short	65282
	.short	170
	.short	130
	.short	134
	.short	65376
	.short	150
	.short	34
	.short	80
	.short	220
	.short	65534
	.short	65516
	.short	65476
	.short	65506
	.short	218
	.short	65532
	.short	65514
	.short	65306
	.short	140
	.short	65498
	.short	82
	.short	65458
	.short	65514
	.short	14
	.short	65290
	.short	65380
	.short	224
	.short	65532
	.short	36
	.short	65406
	.short	65440
	.short	98
	.short	180
	.short	65310
	.short	64
	.short	65288
	.short	254
	.short	88
	.short	164
	.short	65354
	.short	65444
	.short	40
	.short	65500
	.short	65422
	.short	65336
	.short	100
	.short	65302
	.short	65504
	.short	65428
	.short	30
	.short	65522
	.short	65482
	.short	65396
	.short	65502
	.short	65452
	.short	65356
	.short	246
	.short	234
	.short	65376
	.short	12
	.short	65368
	.short	65452
	.short	104
	.short	88
	.short	65498
	.short	124
	.short	65346
	.short	65312
	.short	178
	.short	65456
	.short	154
	.short	65414
	.short	65384
	.short	65490
	.short	52
	.short	100
	.short	36
	.short	65432
	.short	218
	.short	128
	.short	210
	.short	122
	.short	65342
	.short	65282
	.short	65448
	.short	134
	.short	65436
	.short	32
	.short	236
	.short	230
	.short	152
	.short	172
	.short	65436
	.short	65368
	.short	176
	.short	65476
	.short	65354
	.short	34
	.short	65528
	.short	65486
	.short	65506
	.short	65476
	.short	246
	.short	65494
	.short	218
	.short	86
	.short	65284
	.size	.Lloom_demo_n9.weights_i16, 3456

	.type	.Lloom_demo_n9.multiplier,%object
	.section	.rodata..Lloom_demo_n9.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.multiplier:
	.long	2044691588
	.long	2055029981
	.long	1894065393
	.long	1144375978
	.long	1148239465
	.long	1529260531
	.long	1513160199
	.long	2092756597
	.long	2025655723
	.long	1691751366
	.long	1765237385
	.long	1951219336
	.long	1437099210
	.long	2115481652
	.long	2102859765
	.long	1511253261
	.long	1576121124
	.long	1863838795
	.long	1711570917
	.long	1107939621
	.long	1811935214
	.long	1733468657
	.long	1995761401
	.long	1773704527
	.long	2136213491
	.long	1728042692
	.long	1854167129
	.long	1333953333
	.long	2023747806
	.long	1639450229
	.long	1961376686
	.long	1638867823
	.long	1880710846
	.long	1950252757
	.long	1650497454
	.long	2098040578
	.long	2050022570
	.long	1848397465
	.long	1968149486
	.long	1738039671
	.long	1198190414
	.long	2003032722
	.long	1323799682
	.long	2068237430
	.long	1965110919
	.long	1379758566
	.long	1809363726
	.long	2089925839
	.long	1423562532
	.long	2078956841
	.long	1473886338
	.long	2048520260
	.long	1679349907
	.long	1871197157
	.long	1911732336
	.long	1272889662
	.long	1694324921
	.long	1586870455
	.long	2009198418
	.long	1167573225
	.long	1341831649
	.long	1682489113
	.long	1373272346
	.long	1474853026
	.long	1324007708
	.long	1099423301
	.long	1626105365
	.long	1840976435
	.long	1825821683
	.long	2141268121
	.long	1320229519
	.long	1183365435
	.size	.Lloom_demo_n9.multiplier, 288

	.type	.Lloom_demo_n9.requant_offset,%object
	.section	.rodata..Lloom_demo_n9.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.requant_offset:
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.size	.Lloom_demo_n9.requant_offset, 288

	.type	.Lloom_demo_n9.right_shift,%object
	.section	.rodata..Lloom_demo_n9.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.right_shift:
	.long	8
	.long	9
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	9
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	9
	.long	9
	.long	9
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	8
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
	.long	8
	.long	8
	.long	9
	.long	8
	.long	8
	.long	8
	.size	.Lloom_demo_n9.right_shift, 288

	.section	".note.GNU-stack","",%progbits

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
	.file	"loom_demo_n7"
	.section	.text.loom_demo_n7,"ax",%progbits
	.globl	loom_demo_n7
	.p2align	1
	.type	loom_demo_n7,%function
	.code	16
	.thumb_func
loom_demo_n7:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #96
	mov	r8, r1
	mvn	r1, #8323199
	sub.w	r9, r0, #192
	movs	r5, #0
	str.w	r1, [r8]
	mvn	r2, #127
	str.w	r1, [r8, #4]
	str.w	r1, [r8, #8]
	str.w	r1, [r8, #12]
	str.w	r1, [r8, #16]
	str.w	r1, [r8, #20]
	str.w	r1, [r8, #24]
	str.w	r1, [r8, #28]
	str.w	r1, [r8, #32]
	str.w	r1, [r8, #36]
	str.w	r1, [r8, #40]
	str.w	r1, [r8, #44]
	str.w	r1, [r8, #48]
	str.w	r1, [r8, #52]
	str.w	r1, [r8, #56]
	str.w	r1, [r8, #60]
	str.w	r1, [r8, #64]
	str.w	r1, [r8, #68]
	str.w	r1, [r8, #72]
	str.w	r1, [r8, #76]
	str.w	r1, [r8, #80]
	str.w	r1, [r8, #84]
	str.w	r1, [r8, #88]
	str.w	r1, [r8, #92]
	str.w	r1, [r8, #96]
	str.w	r1, [r8, #100]
	str.w	r1, [r8, #104]
	str.w	r1, [r8, #1404]
	str.w	r1, [r8, #1408]
	str.w	r1, [r8, #1412]
	str.w	r1, [r8, #1416]
	str.w	r1, [r8, #1420]
	str.w	r1, [r8, #1424]
	str.w	r1, [r8, #1428]
	str.w	r1, [r8, #1432]
	str.w	r1, [r8, #1436]
	str.w	r1, [r8, #1440]
	str.w	r1, [r8, #1444]
	str.w	r1, [r8, #1448]
	str.w	r1, [r8, #1452]
	str.w	r1, [r8, #108]
	str.w	r1, [r8, #162]
	str.w	r1, [r8, #216]
	str.w	r1, [r8, #270]
	str.w	r1, [r8, #324]
	str.w	r1, [r8, #378]
	str.w	r1, [r8, #432]
	str.w	r1, [r8, #486]
	str.w	r1, [r8, #540]
	str.w	r1, [r8, #594]
	str.w	r1, [r8, #648]
	str.w	r1, [r8, #702]
	str.w	r1, [r8, #756]
	str.w	r1, [r8, #810]
	str.w	r1, [r8, #864]
	str.w	r1, [r8, #918]
	str.w	r1, [r8, #972]
	str.w	r1, [r8, #1026]
	str.w	r1, [r8, #1080]
	str.w	r1, [r8, #1134]
	str.w	r1, [r8, #1188]
	str.w	r1, [r8, #1242]
	str.w	r1, [r8, #1296]
	str.w	r1, [r8, #1350]
	sub.w	r1, r0, #1152
	strh.w	r2, [r8, #1456]
	strh.w	r2, [r8, #160]
	strh.w	r2, [r8, #214]
	strh.w	r2, [r8, #268]
	strh.w	r2, [r8, #322]
	strh.w	r2, [r8, #376]
	strh.w	r2, [r8, #430]
	strh.w	r2, [r8, #484]
	strh.w	r2, [r8, #538]
	strh.w	r2, [r8, #592]
	strh.w	r2, [r8, #646]
	strh.w	r2, [r8, #700]
	strh.w	r2, [r8, #754]
	strh.w	r2, [r8, #808]
	strh.w	r2, [r8, #862]
	strh.w	r2, [r8, #916]
	strh.w	r2, [r8, #970]
	strh.w	r2, [r8, #1024]
	strh.w	r2, [r8, #1078]
	strh.w	r2, [r8, #1132]
	strh.w	r2, [r8, #1186]
	strh.w	r2, [r8, #1240]
	strh.w	r2, [r8, #1294]
	strh.w	r2, [r8, #1348]
	strh.w	r2, [r8, #1402]
	str.w	r8, [sp]
.LBB0_1:
	movs	r0, #0
	str	r1, [sp, #12]
.LBB0_2:
	add.w	r2, r8, r0
	ldrsb.w	r3, [r1, #1152]
	adds	r0, #54
	ldrsb.w	r7, [r1, #2256]
	strh.w	r3, [r2, #112]
	ldrsb.w	r3, [r1, #1200]
	strh.w	r3, [r2, #114]
	ldrsb.w	r3, [r1, #1248]
	strh.w	r3, [r2, #116]
	ldrsb.w	r3, [r1, #1296]
	strh.w	r3, [r2, #118]
	ldrsb.w	r3, [r1, #1344]
	strh.w	r3, [r2, #120]
	ldrsb.w	r3, [r1, #1392]
	strh.w	r3, [r2, #122]
	ldrsb.w	r3, [r1, #1440]
	strh.w	r3, [r2, #124]
	ldrsb.w	r3, [r1, #1488]
	strh.w	r3, [r2, #126]
	ldrsb.w	r3, [r1, #1536]
	strh.w	r3, [r2, #128]
	ldrsb.w	r3, [r1, #1584]
	strh.w	r3, [r2, #130]
	ldrsb.w	r3, [r1, #1632]
	strh.w	r3, [r2, #132]
	ldrsb.w	r3, [r1, #1680]
	strh.w	r3, [r2, #134]
	ldrsb.w	r3, [r1, #1728]
	strh.w	r3, [r2, #136]
	ldrsb.w	r3, [r1, #1776]
	strh.w	r3, [r2, #138]
	ldrsb.w	r3, [r1, #1824]
	strh.w	r3, [r2, #140]
	ldrsb.w	r3, [r1, #1872]
	strh.w	r3, [r2, #142]
	ldrsb.w	r3, [r1, #1920]
	strh.w	r3, [r2, #144]
	ldrsb.w	r3, [r1, #1968]
	strh.w	r3, [r2, #146]
	ldrsb.w	r3, [r1, #2016]
	strh.w	r3, [r2, #148]
	ldrsb.w	r3, [r1, #2064]
	strh.w	r3, [r2, #150]
	ldrsb.w	r3, [r1, #2112]
	strh.w	r3, [r2, #152]
	ldrsb.w	r3, [r1, #2160]
	strh.w	r3, [r2, #154]
	ldrsb.w	r3, [r1, #2208]
	add.w	r1, r1, #1152
	cmp.w	r0, #1296
	strh.w	r3, [r2, #156]
	strh.w	r7, [r2, #158]
	bne	.LBB0_2
	movs	r1, #50
	movw	r2, :lower16:.Lloom_demo_n7.weights_i16
	mul	r0, r5, r1
	movt	r2, :upper16:.Lloom_demo_n7.weights_i16
	mla	r1, r5, r1, r2
	str	r5, [sp, #4]
	str.w	r9, [sp, #8]
	ldr	r6, [r2, r0]
	str	r6, [sp, #92]
	ldr	r0, [r1, #4]
	str	r0, [sp, #80]
	ldrsh.w	r0, [r1, #8]
	str	r0, [sp, #76]
	ldr.w	r0, [r1, #10]
	str	r0, [sp, #72]
	ldr.w	r0, [r1, #14]
	str	r0, [sp, #68]
	ldrsh.w	r0, [r1, #18]
	str	r0, [sp, #64]
	ldr	r0, [r1, #20]
	str	r0, [sp, #60]
	ldr	r0, [r1, #24]
	str	r0, [sp, #56]
	ldrsh.w	r0, [r1, #28]
	str	r0, [sp, #52]
	ldr.w	r0, [r1, #30]
	str	r0, [sp, #48]
	ldr.w	r0, [r1, #34]
	str	r0, [sp, #44]
	ldrsh.w	r0, [r1, #38]
	str	r0, [sp, #40]
	ldr	r0, [r1, #40]
	str	r0, [sp, #36]
	ldr	r0, [r1, #44]
	str	r0, [sp, #32]
	movw	r0, :lower16:.Lloom_demo_n7.bias
	movt	r0, :upper16:.Lloom_demo_n7.bias
	ldrsh.w	r12, [r1, #48]
	ldr.w	r4, [r0, r5, lsl #2]
	movw	r0, :lower16:.Lloom_demo_n7.right_shift
	movt	r0, :upper16:.Lloom_demo_n7.right_shift
	ldrb	r2, [r0, r5]
	movw	r0, :lower16:.Lloom_demo_n7.multiplier
	movt	r0, :upper16:.Lloom_demo_n7.multiplier
	ldr.w	r3, [r0, r5, lsl #2]
	movw	r0, :lower16:.Lloom_demo_n7.requant_offset
	movt	r0, :upper16:.Lloom_demo_n7.requant_offset
	strd	r3, r2, [sp, #24]
	ldr.w	r7, [r0, r5, lsl #2]
	movs	r0, #0
.LBB0_4:
	movs	r1, #0
	str	r0, [sp, #20]
	str.w	r9, [sp, #16]
	str.w	r8, [sp, #84]
.LBB0_5:
	add.w	r10, r8, r1
	ldr.w	lr, [r8, r1]
	ldr	r0, [sp, #92]
	str	r1, [sp, #88]
	smlad	r2, lr, r0, r4
	ldr.w	r0, [r10, #4]
	ldr	r1, [sp, #92]
	ldr.w	r3, [r10, #8]
	smlad	r8, r0, r1, r4
	ldr	r1, [sp, #92]
	ldr	r5, [sp, #80]
	smlad	lr, r3, r1, r4
	ldr.w	r6, [r10, #12]
	smlad	r1, r0, r5, r2
	ldr	r2, [sp, #92]
	smlad	r11, r3, r5, r8
	ldr	r0, [sp, #76]
	smlad	r2, r6, r2, r4
	smlabb	r8, r0, r3, r1
	ldr.w	r3, [r10, #16]
	smlad	r1, r6, r5, lr
	smlad	r2, r3, r5, r2
	ldrsh.w	r5, [r10, #20]
	smlabb	r1, r0, r3, r1
	ldr.w	r3, [r10, #54]
	smlabb	lr, r5, r0, r2
	ldr	r2, [sp, #72]
	smlabb	r11, r0, r6, r11
	ldr.w	r5, [r10, #62]
	smlad	r6, r3, r2, r8
	ldr.w	r3, [r10, #58]
	ldr	r0, [sp, #68]
	smlad	r8, r3, r2, r11
	smlad	r1, r5, r2, r1
	smlad	r11, r3, r0, r6
	ldr.w	r3, [r10, #66]
	smlad	r6, r5, r0, r8
	smlad	r8, r3, r0, r1
	ldr	r1, [sp, #64]
	smlad	r2, r3, r2, lr
	smlabb	lr, r1, r5, r11
	ldr.w	r5, [r10, #70]
	smlabb	r11, r1, r3, r6
	ldrsh.w	r6, [r10, #74]
	smlad	r2, r5, r0, r2
	smlabb	r3, r1, r5, r8
	ldr.w	r5, [r10, #116]
	smlabb	r8, r6, r1, r2
	ldr.w	r6, [r10, #108]
	ldr	r2, [sp, #60]
	ldr	r1, [sp, #56]
	smlad	r0, r6, r2, lr
	ldr.w	r6, [r10, #112]
	smlad	lr, r6, r2, r11
	smlad	r0, r6, r1, r0
	ldr.w	r6, [r10, #120]
	smlad	r11, r5, r2, r3
	ldr	r3, [sp, #52]
	smlad	r2, r6, r2, r8
	smlad	r8, r5, r1, lr
	smlad	lr, r6, r1, r11
	smlabb	r0, r3, r5, r0
	ldr.w	r5, [r10, #124]
	smlabb	r8, r3, r6, r8
	ldrsh.w	r6, [r10, #128]
	smlad	r2, r5, r1, r2
	smlabb	r1, r3, r5, lr
	ldr.w	r5, [r10, #170]
	smlabb	lr, r6, r3, r2
	ldr.w	r6, [r10, #162]
	ldr	r2, [sp, #48]
	smlad	r3, r6, r2, r0
	ldr.w	r6, [r10, #166]
	ldr	r0, [sp, #44]
	smlad	r8, r6, r2, r8
	smlad	r1, r5, r2, r1
	smlad	r11, r6, r0, r3
	ldr.w	r6, [r10, #174]
	smlad	r2, r6, r2, lr
	smlad	r3, r5, r0, r8
	smlad	lr, r6, r0, r1
	ldr	r1, [sp, #40]
	smlabb	r8, r1, r5, r11
	ldr.w	r5, [r10, #178]
	smlabb	r3, r1, r6, r3
	ldrsh.w	r6, [r10, #182]
	smlad	r2, r5, r0, r2
	smlabb	r11, r6, r1, r2
	ldr.w	r6, [r10, #216]
	ldr	r2, [sp, #36]
	smlabb	lr, r1, r5, lr
	smlad	r0, r6, r2, r8
	ldr.w	r6, [r10, #220]
	ldr	r5, [sp, #32]
	smlad	r3, r6, r2, r3
	smlad	r0, r6, r5, r0
	ldr.w	r6, [r10, #224]
	smlad	r1, r6, r2, lr
	smlad	r3, r6, r5, r3
	smlabb	r0, r12, r6, r0
	ldr.w	r6, [r10, #228]
	smlad	r2, r6, r2, r11
	smlad	r1, r6, r5, r1
	smlabb	r8, r12, r6, r3
	ldr.w	r6, [r10, #232]
	smlad	lr, r6, r5, r2
	ldrsh.w	r5, [r10, #236]
	ldrd	r3, r2, [sp, #24]
	smlabb	r1, r12, r6, r1
	@APP
	smmlar	r6, r0, r3, r7
	@NO_APP
	add.w	r0, r6, r0, asr #31
	smlabb	r5, r5, r12, lr
	asrs	r0, r2
	@APP
	smmlar	r6, r8, r3, r7
	@NO_APP
	add.w	lr, r6, r8, asr #31
	@APP
	smmlar	r6, r1, r3, r7
	@NO_APP
	add.w	r1, r6, r1, asr #31
	@APP
	smmlar	r6, r5, r3, r7
	@NO_APP
	ssat	r0, #8, r0
	add.w	r6, r6, r5, asr #31
	strb	r0, [r9, #192]!
	asr.w	r5, lr, r2
	asr.w	r0, r1, r2
	ssat	r1, #8, r5
	ssat	r0, #8, r0
	strb.w	r1, [r9, #48]
	asr.w	r1, r6, r2
	strb.w	r0, [r9, #96]
	ldr	r0, [sp, #88]
	adds	r0, #16
	str	r0, [sp, #88]
	ssat	r0, #8, r1
	ldrd	r8, r1, [sp, #84]
	cmp	r1, #48
	strb.w	r0, [r9, #144]
	bne.w	.LBB0_5
	ldr	r0, [sp, #20]
	ldr.w	r9, [sp, #16]
	adds	r0, #1
	add.w	r8, r8, #108
	cmp	r0, #12
	add.w	r9, r9, #576
	bne.w	.LBB0_4
	ldr	r5, [sp, #4]
	ldr.w	r9, [sp, #8]
	adds	r5, #1
	ldr	r1, [sp, #12]
	cmp	r5, #48
	add.w	r1, r1, #1
	add.w	r9, r9, #1
	ldr.w	r8, [sp]
	bne.w	.LBB0_1
	add	sp, #96
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n7, .Lfunc_end0-loom_demo_n7
	.cantunwind
	.fnend

	.type	.Lloom_demo_n7.bias,%object
	.section	.rodata..Lloom_demo_n7.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.bias:
	.long	4294963932
	.long	4294938486
	.long	4294948834
	.long	4294773000
	.long	21774
	.long	4294848018
	.long	115582
	.long	27106
	.long	4294849060
	.long	4294842672
	.long	110752
	.long	4294933890
	.long	4294871486
	.long	4294887390
	.long	36880
	.long	103916
	.long	4294932934
	.long	78798
	.long	4294949020
	.long	4294827222
	.long	10322
	.long	34106
	.long	92548
	.long	4294924074
	.long	22020
	.long	4294843360
	.long	4294954550
	.long	4294886368
	.long	45300
	.long	41308
	.long	3110
	.long	30742
	.long	66492
	.long	4294949752
	.long	94962
	.long	4294874432
	.long	68466
	.long	113968
	.long	4294932648
	.long	4294930874
	.long	4294949738
	.long	4294946916
	.long	107898
	.long	31448
	.long	87178
	.long	4294958556
	.long	27056
	.long	61482
	.size	.Lloom_demo_n7.bias, 192

	.type	.Lloom_demo_n7.weights_i16,%object
	.section	.rodata..Lloom_demo_n7.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.weights_i16:
	.short	65530
	.short	212
	.short	65304
	.short	65342
	.short	65528
	.short	65450
	.short	65532
	.short	66
	.short	65426
	.short	65422
	.short	65366
	.short	88
	.short	182
	.short	240
	.short	65488
	.short	65534
	.short	65436
	.short	65292
	.short	65534
	.short	118
	.short	218
	.short	120
	.short	65352
	.short	102
	.short	124
	.short	65296
	.short	65494
	.short	65406
	.short	10
	.short	210
	.short	65516
	.short	4
	.short	65322
	.short	172
	.short	170
	.short	65356
	.short	78
	.short	65466
	.short	222
	.short	65306
	.short	80
	.short	65362
	.short	65376
	.short	30
	.short	110
	.short	65432
	.short	138
	.short	14
	.short	26
	.short	78
	.short	65348
	.short	52
	.short	65298
	.short	65388
	.short	234
	.short	65318
	.short	128
	.short	98
	.short	65376
	.short	65486
	.short	54
	.short	65332
	.short	160
	.short	65442
	.short	118
	.short	65524
	.short	52
	.short	65420
	.short	16
	.short	65342
	.short	242
	.short	166
	.short	65312
	.short	136
	.short	242
	.short	65310
	.short	65314
	.short	65500
	.short	76
	.short	254
	.short	2
	.short	65426
	.short	65458
	.short	48
	.short	120
	.short	65306
	.short	65394
	.short	65396
	.short	65314
	.short	65430
	.short	65338
	.short	65522
	.short	65390
	.short	65346
	.short	82
	.short	144
	.short	65464
	.short	78
	.short	65442
	.short	65420
	.short	10
	.short	65464
	.short	65422
	.short	212
	.short	240
	.short	216
	.short	65504
	.short	65286
	.short	204
	.short	65424
	.short	65500
	.short	218
	.short	65310
	.short	212
	.short	220
	.short	42
	.short	65342
	.short	65290
	.short	164
	.short	52
	.short	65430
	.short	65410
	.short	65286
	.short	65478
	.short	196
	.short	65506
	.short	224
	.short	65486
	.short	65298
	.short	65458
	.short	65476
	.short	65340
	.short	65416
	.short	198
	.short	34
	.short	65512
	.short	65394
	.short	65438
	.short	65310
	.short	65300
	.short	16
	.short	214
	.short	118
	.short	65448
	.short	65532
	.short	65498
	.short	65392
	.short	236
	.short	65484
	.short	65358
	.short	230
	.short	244
	.short	34
	.short	98
	.short	160
	.short	124
	.short	186
	.short	65372
	.short	228
	.short	65282
	.short	44
	.short	112
	.short	24
	.short	65488
	.short	38
	.short	65436
	.short	65518
	.short	244
	.short	65474
	.short	2
	.short	65498
	.short	8
	.short	65352
	.short	65514
	.short	30
	.short	194
	.short	226
	.short	82
	.short	236
	.short	4
	.short	148
	.short	10
	.short	65326
	.short	108
	.short	130
	.short	65482
	.short	65492
	.short	86
	.short	65282
	.short	2
	.short	62
	.short	65386
	.short	65390
	.short	132
	.short	2
	.short	65406
	.short	65356
	.short	140
	.short	54
	.short	65302
	.short	208
	.short	65362
	.short	65376
	.short	65482
	.short	200
	.short	118
	.short	136
	.short	6
	.short	65330
	.short	60
	.short	65430
	.short	65288
	.short	65524
	.short	60
	.short	65506
	.short	150
	.short	8
	.short	2
	.short	65284
	.short	65360
	.short	65378
	.short	65292
	.short	174
	.short	65524
	.short	65350
	.short	38
	.short	65444
	.short	190
	.short	65528
	.short	65306
	.short	65474
	.short	65322
	.short	65284
	.short	65314
	.short	65526
	.short	186
	.short	65308
	.short	65284
	.short	218
	.short	65324
	.short	78
	.short	65374
	.short	166
	.short	65412
	.short	228
	.short	65430
	.short	65386
	.short	190
	.short	65534
	.short	44
	.short	92
	.short	192
	.short	65522
	.short	192
	.short	222
	.short	246
	.short	65442
	.short	222
	.short	65346
	.short	65534
	.short	234
	.short	65346
	.short	116
	.short	196
	.short	65532
	.short	65518
	.short	4
	.short	10
	.short	176
	.short	65338
	.short	65290
	.short	65518
	.short	62
	.short	65456
	.short	65466
	.short	65362
	.short	24
	.short	65386
	.short	65282
	.short	236
	.short	86
	.short	65460
	.short	65516
	.short	142
	.short	65404
	.short	182
	.short	65358
	.short	65524
	.short	162
	.short	174
	.short	92
	.short	65444
	.short	100
	.short	52
	.short	65516
	.short	38
	.short	65296
	.short	65430
	.short	140
	.short	65332
	.short	226
	.short	65474
	.short	118
	.short	65386
	.short	200
	.short	212
	.short	244
	.short	150
	.short	65304
	.short	65514
	.short	65336
	.short	65496
	.short	65284
	.short	65332
	.short	65290
	.short	176
	.short	114
	.short	65382
	.short	65486
	.short	65300
	.short	4
	.short	65294
	.short	65442
	.short	216
	.short	65312
	.short	96
	.short	65374
	.short	204
	.short	178
	.short	218
	.short	65462
	.short	122
	.short	65312
	.short	65500
	.short	88
	.short	65364
	.short	80
	.short	65434
	.short	65292
	.short	65390
	.short	20
	.short	74
	.short	65410
	.short	65442
	.short	65390
	.short	210
	.short	65442
	.short	16
	.short	65324
	.short	65446
	.short	40
	.short	228
	.short	65492
	.short	90
	.short	65296
	.short	172
	.short	30
	.short	20
	.short	106
	.short	36
	.short	130
	.short	100
	.short	254
	.short	18
	.short	250
	.short	65318
	.short	65416
	.short	116
	.short	65394
	.short	65446
	.short	65358
	.short	70
	.short	65334
	.short	65362
	.short	44
	.short	42
	.short	65306
	.short	220
	.short	172
	.short	2
	.short	65516
	.short	65416
	.short	65408
	.short	65476
	.short	164
	.short	65374
	.short	92
	.short	65466
	.short	68
	.short	144
	.short	244
	.short	65282
	.short	156
	.short	182
	.short	200
	.short	106
	.short	65518
	.short	65474
	.short	8
	.short	152
	.short	65282
	.short	65368
	.short	65334
	.short	142
	.short	36
	.short	65460
	.short	16
	.short	65346
	.short	56
	.short	65464
	.short	65312
	.short	252
	.short	65534
	.short	88
	.short	65484
	.short	65518
	.short	65388
	.short	65528
	.short	82
	.short	224
	.short	65398
	.short	218
	.short	238
	.short	142
	.short	65304
	.short	138
	.short	65322
	.short	26
	.short	65524
	.short	186
	.short	220
	.short	198
	.short	65528
	.short	180
	.short	140
	.short	65472
	.short	182
	.short	65302
	.short	65520
	.short	65496
	.short	65504
	.short	220
	.short	65442
	.short	65524
	.short	65356
	.short	65364
	.short	38
	.short	65486
	.short	124
	.short	66
	.short	208
	.short	65476
	.short	65518
	.short	65470
	.short	46
	.short	65532
	.short	80
	.short	36
	.short	65400
	.short	240
	.short	65316
	.short	106
	.short	65430
	.short	65420
	.short	10
	.short	65466
	.short	65492
	.short	65522
	.short	66
	.short	65334
	.short	65390
	.short	24
	.short	238
	.short	216
	.short	65338
	.short	20
	.short	104
	.short	65446
	.short	65340
	.short	65318
	.short	174
	.short	65378
	.short	65522
	.short	65324
	.short	62
	.short	42
	.short	65330
	.short	65424
	.short	65436
	.short	65344
	.short	140
	.short	65354
	.short	150
	.short	65440
	.short	40
	.short	60
	.short	162
	.short	65290
	.short	65384
	.short	142
	.short	65388
	.short	65314
	.short	84
	.short	65452
	.short	65326
	.short	65306
	.short	54
	.short	65332
	.short	84
	.short	248
	.short	130
	.short	244
	.short	65392
	.short	65366
	.short	52
	.short	12
	.short	216
	.short	65426
	.short	198
	.short	54
	.short	65532
	.short	80
	.short	168
	.short	65296
	.short	248
	.short	36
	.short	178
	.short	216
	.short	112
	.short	65332
	.short	65416
	.short	65462
	.short	110
	.short	216
	.short	65522
	.short	248
	.short	65526
	.short	144
	.short	12
	.short	114
	.short	65376
	.short	65420
	.short	86
	.short	65316
	.short	164
	.short	65410
	.short	202
	.short	65358
	.short	65374
	.short	65376
	.short	65288
	.short	204
	.short	240
	.short	65462
	.short	78
	.short	132
	.short	65456
	.short	22
	.short	58
	.short	244
	.short	172
	.short	140
	.short	180
	.short	122
	.short	65526
	.short	64
	.short	50
	.short	184
	.short	65514
	.short	65314
	.short	65370
	.short	65322
	.short	65422
	.short	65328
	.short	170
	.short	76
	.short	65512
	.short	44
	.short	65424
	.short	226
	.short	68
	.short	58
	.short	68
	.short	174
	.short	65308
	.short	65388
	.short	65468
	.short	65358
	.short	65484
	.short	65390
	.short	65342
	.short	244
	.short	65382
	.short	234
	.short	65386
	.short	238
	.short	148
	.short	65496
	.short	65304
	.short	65350
	.short	65494
	.short	65348
	.short	216
	.short	65484
	.short	14
	.short	10
	.short	65458
	.short	65376
	.short	65318
	.short	65498
	.short	65312
	.short	65292
	.short	82
	.short	65402
	.short	252
	.short	65422
	.short	188
	.short	65492
	.short	26
	.short	118
	.short	254
	.short	130
	.short	242
	.short	94
	.short	80
	.short	65364
	.short	126
	.short	210
	.short	65474
	.short	60
	.short	202
	.short	65388
	.short	65506
	.short	65290
	.short	65456
	.short	22
	.short	65360
	.short	65492
	.short	44
	.short	65366
	.short	65304
	.short	65332
	.short	65406
	.short	58
	.short	65296
	.short	164
	.short	94
	.short	65500
	.short	18
	.short	4
	.short	184
	.short	42
	.short	144
	.short	65348
	.short	102
	.short	0
	.short	65404
	.short	222
	.short	186
	.short	65480
	.short	124
	.short	65408
	.short	126
	.short	65510
	.short	65402
	.short	65420
	.short	65416
	.short	65348
	.short	65368
	.short	136
	.short	65502
	.short	214
	.short	54
	.short	65378
	.short	65334
	.short	65286
	.short	8
	.short	65528
	.short	65340
	.short	65534
	.short	4
	.short	65326
	.short	65424
	.short	162
	.short	65490
	.short	174
	.short	65430
	.short	65402
	.short	140
	.short	242
	.short	22
	.short	65384
	.short	65290
	.short	65438
	.short	38
	.short	42
	.short	65462
	.short	65364
	.short	204
	.short	168
	.short	65454
	.short	65394
	.short	138
	.short	65516
	.short	65528
	.short	254
	.short	65446
	.short	65396
	.short	56
	.short	65434
	.short	65408
	.short	64
	.short	240
	.short	65316
	.short	218
	.short	232
	.short	78
	.short	65368
	.short	65292
	.short	110
	.short	146
	.short	65458
	.short	180
	.short	96
	.short	65504
	.short	72
	.short	146
	.short	65410
	.short	94
	.short	250
	.short	65354
	.short	102
	.short	65532
	.short	210
	.short	28
	.short	65290
	.short	65474
	.short	164
	.short	232
	.short	65498
	.short	65304
	.short	90
	.short	65480
	.short	4
	.short	46
	.short	86
	.short	65356
	.short	65496
	.short	65488
	.short	42
	.short	65444
	.short	230
	.short	76
	.short	222
	.short	76
	.short	14
	.short	154
	.short	28
	.short	65498
	.short	65464
	.short	65492
	.short	246
	.short	96
	.short	65506
	.short	65300
	.short	65352
	.short	65284
	.short	65394
	.short	56
	.short	65282
	.short	246
	.short	65388
	.short	242
	.short	86
	.short	65306
	.short	65420
	.short	202
	.short	65294
	.short	48
	.short	102
	.short	132
	.short	65334
	.short	65524
	.short	106
	.short	64
	.short	112
	.short	248
	.short	65354
	.short	65422
	.short	65300
	.short	162
	.short	65518
	.short	210
	.short	65432
	.short	65326
	.short	6
	.short	110
	.short	154
	.short	65346
	.short	198
	.short	65446
	.short	86
	.short	65440
	.short	60
	.short	128
	.short	240
	.short	65298
	.short	190
	.short	216
	.short	65422
	.short	65428
	.short	65386
	.short	65418
	.short	78
	.short	112
	.short	106
	.short	230
	.short	65338
	.short	160
	.short	10
	.short	65346
	.short	120
	.short	224
	.short	65342
	.short	26
	.short	65502
	.short	65384
	.short	65490
	.short	65284
	.short	246
	.short	65320
	.short	124
	.short	204
	.short	180
	.short	140
	.short	128
	.short	216
	.short	65528
	.short	65394
	.short	65284
	.short	156
	.short	65424
	.short	65300
	.short	200
	.short	146
	.short	65534
	.short	65312
	.short	0
	.short	65522
	.short	65324
	.short	65510
	.short	65514
	.short	65410
	.short	102
	.short	65446
	.short	65334
	.short	50
	.short	70
	.short	186
	.short	82
	.short	116
	.short	98
	.short	30
	.short	64
	.short	65384
	.short	20
	.short	65492
	.short	65418
	.short	250
	.short	65504
	.short	182
	.short	90
	.short	176
	.short	66
	.short	65506
	.short	65388
	.short	65338
	.short	65492
	.short	65458
	.short	65330
	.short	65398
	.short	65516
	.short	65344
	.short	65482
	.short	252
	.short	65478
	.short	65290
	.short	65332
	.short	65452
	.short	65306
	.short	65466
	.short	48
	.short	65368
	.short	72
	.short	66
	.short	154
	.short	192
	.short	204
	.short	184
	.short	228
	.short	128
	.short	65296
	.short	58
	.short	65468
	.short	110
	.short	178
	.short	65510
	.short	100
	.short	65432
	.short	138
	.short	65480
	.short	65514
	.short	65316
	.short	168
	.short	65402
	.short	126
	.short	232
	.short	65492
	.short	158
	.short	65486
	.short	224
	.short	42
	.short	65522
	.short	65286
	.short	130
	.short	60
	.short	190
	.short	104
	.short	162
	.short	26
	.short	65448
	.short	36
	.short	210
	.short	34
	.short	180
	.short	78
	.short	65410
	.short	65416
	.short	64
	.short	65470
	.short	146
	.short	65332
	.short	88
	.short	120
	.short	65312
	.short	224
	.short	65294
	.short	65478
	.short	100
	.short	200
	.short	60
	.short	65338
	.short	65470
	.short	254
	.short	65308
	.short	65328
	.short	136
	.short	130
	.short	65494
	.short	65476
	.short	65444
	.short	65524
	.short	172
	.short	65510
	.short	65410
	.short	65388
	.short	104
	.short	65448
	.short	65494
	.short	172
	.short	174
	.short	50
	.short	65444
	.short	130
	.short	65284
	.short	65466
	.short	65494
	.short	65382
	.short	52
	.short	65486
	.short	94
	.short	210
	.short	246
	.short	198
	.short	182
	.short	65456
	.short	170
	.short	65468
	.short	236
	.short	65410
	.short	65438
	.short	65416
	.short	65304
	.short	172
	.short	65386
	.short	65440
	.short	34
	.short	65314
	.short	65296
	.short	65386
	.short	65390
	.short	70
	.short	65526
	.short	144
	.short	2
	.short	188
	.short	65400
	.short	192
	.short	54
	.short	34
	.short	65348
	.short	65480
	.short	72
	.short	65526
	.short	156
	.short	65324
	.short	216
	.short	65290
	.short	112
	.short	65328
	.short	65302
	.short	65520
	.short	65464
	.short	230
	.short	65484
	.short	65298
	.short	65428
	.short	116
	.short	65474
	.short	65432
	.short	65356
	.short	65356
	.short	65450
	.short	208
	.short	168
	.short	192
	.short	65496
	.short	164
	.short	65292
	.short	74
	.short	208
	.short	90
	.short	65468
	.short	254
	.short	65398
	.short	24
	.short	65294
	.short	158
	.short	65340
	.short	84
	.short	65456
	.short	65516
	.short	60
	.short	28
	.short	116
	.short	42
	.short	106
	.short	26
	.short	198
	.short	65304
	.short	82
	.short	36
	.short	116
	.short	65514
	.short	52
	.short	65346
	.short	2
	.short	118
	.short	12
	.short	65360
	.short	32
	.short	238
	.short	88
	.short	65534
	.short	234
	.short	252
	.short	65504
	.short	65496
	.short	65292
	.short	65464
	.short	222
	.short	65312
	.short	202
	.short	198
	.short	18
	.short	202
	.short	65534
	.short	65374
	.short	65372
	.short	65392
	.short	22
	.short	238
	.short	2
	.short	65514
	.short	65436
	.short	54
	.short	65316
	.short	65500
	.short	162
	.short	160
	.short	65532
	.short	122
	.short	65322
	.short	65484
	.short	112
	.short	65328
	.short	178
	.short	164
	.short	65490
	.short	65282
	.short	65534
	.short	216
	.short	50
	.short	65424
	.short	65410
	.short	65510
	.short	118
	.short	65334
	.short	65376
	.short	242
	.short	216
	.short	92
	.short	180
	.short	184
	.short	232
	.short	58
	.short	242
	.short	65408
	.short	12
	.short	134
	.short	246
	.short	65300
	.short	65438
	.short	65400
	.short	16
	.short	196
	.short	90
	.short	65456
	.short	65426
	.short	65402
	.short	65344
	.short	38
	.short	176
	.short	65434
	.short	65436
	.short	12
	.short	244
	.short	65394
	.short	65454
	.short	65530
	.short	116
	.short	68
	.short	65408
	.short	65528
	.short	65308
	.short	65364
	.short	242
	.short	98
	.short	65484
	.short	0
	.short	140
	.short	174
	.short	154
	.short	65322
	.short	65316
	.short	240
	.short	65282
	.short	65426
	.short	65428
	.short	206
	.short	194
	.short	248
	.short	65388
	.short	65490
	.short	24
	.short	90
	.short	248
	.short	65342
	.short	218
	.short	16
	.short	170
	.short	170
	.short	65396
	.short	65336
	.short	42
	.short	154
	.short	144
	.short	65370
	.short	65484
	.short	65438
	.short	65306
	.short	244
	.short	94
	.short	65340
	.short	65338
	.short	65376
	.short	224
	.short	158
	.short	156
	.short	65500
	.size	.Lloom_demo_n7.weights_i16, 2400

	.type	.Lloom_demo_n7.multiplier,%object
	.section	.rodata..Lloom_demo_n7.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.multiplier:
	.long	1317613184
	.long	1674719872
	.long	1867768320
	.long	2067723776
	.long	1632048384
	.long	1226171392
	.long	2132606464
	.long	1770840576
	.long	1530546176
	.long	2139881216
	.long	2001633920
	.long	1733161088
	.long	1194671104
	.long	1101439744
	.long	1114553088
	.long	2067967488
	.long	1097300480
	.long	1114293760
	.long	1688047104
	.long	1793354880
	.long	1989380864
	.long	1798950016
	.long	1152980992
	.long	2121649408
	.long	1671127424
	.long	1318612096
	.long	1692270080
	.long	1333648512
	.long	1975066752
	.long	1077467904
	.long	1684901504
	.long	2064654336
	.long	1176384896
	.long	1088629504
	.long	1769780992
	.long	2026111104
	.long	1778106496
	.long	2011242752
	.long	2036833920
	.long	1811240576
	.long	2055469440
	.long	1649237632
	.long	1824197632
	.long	2002600960
	.long	2010001152
	.long	1715453440
	.long	1390415488
	.long	1142061440
	.size	.Lloom_demo_n7.multiplier, 192

	.type	.Lloom_demo_n7.requant_offset,%object
	.section	.rodata..Lloom_demo_n7.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.requant_offset:
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294902016
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
	.long	4294950976
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.size	.Lloom_demo_n7.requant_offset, 192

	.type	.Lloom_demo_n7.right_shift,%object
	.section	.rodata..Lloom_demo_n7.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.right_shift:
	.ascii	"\b\b\b\t\b\b\b\b\t\b\b\b\b\b\007\t\b\b\t\b\b\b\b\b\t\b\t\b\b\007\b\t\b\b\b\b\b\b\t\t\b\b\t\b\t\t\b\b"
	.size	.Lloom_demo_n7.right_shift, 48

	.section	".note.GNU-stack","",%progbits

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
	sub	sp, #104
	mov	r6, r1
	mvn	r1, #8323199
	sub.w	lr, r0, #192
	movs	r5, #0
	str	r1, [r6]
	mvn	r2, #127
	str	r1, [r6, #4]
	str	r1, [r6, #8]
	str	r1, [r6, #12]
	str	r1, [r6, #16]
	str	r1, [r6, #20]
	str	r1, [r6, #24]
	str	r1, [r6, #28]
	str	r1, [r6, #32]
	str	r1, [r6, #36]
	str	r1, [r6, #40]
	str	r1, [r6, #44]
	str	r1, [r6, #48]
	str	r1, [r6, #52]
	str	r1, [r6, #56]
	str	r1, [r6, #60]
	str	r1, [r6, #64]
	str	r1, [r6, #68]
	str	r1, [r6, #72]
	str	r1, [r6, #76]
	str	r1, [r6, #80]
	str	r1, [r6, #84]
	str	r1, [r6, #88]
	str	r1, [r6, #92]
	str	r1, [r6, #96]
	str	r1, [r6, #100]
	str	r1, [r6, #104]
	str.w	r1, [r6, #1404]
	str.w	r1, [r6, #1408]
	str.w	r1, [r6, #1412]
	str.w	r1, [r6, #1416]
	str.w	r1, [r6, #1420]
	str.w	r1, [r6, #1424]
	str.w	r1, [r6, #1428]
	str.w	r1, [r6, #1432]
	str.w	r1, [r6, #1436]
	str.w	r1, [r6, #1440]
	str.w	r1, [r6, #1444]
	str.w	r1, [r6, #1448]
	str.w	r1, [r6, #1452]
	str	r1, [r6, #108]
	str.w	r1, [r6, #162]
	str.w	r1, [r6, #216]
	str.w	r1, [r6, #270]
	str.w	r1, [r6, #324]
	str.w	r1, [r6, #378]
	str.w	r1, [r6, #432]
	str.w	r1, [r6, #486]
	str.w	r1, [r6, #540]
	str.w	r1, [r6, #594]
	str.w	r1, [r6, #648]
	str.w	r1, [r6, #702]
	str.w	r1, [r6, #756]
	str.w	r1, [r6, #810]
	str.w	r1, [r6, #864]
	str.w	r1, [r6, #918]
	str.w	r1, [r6, #972]
	str.w	r1, [r6, #1026]
	str.w	r1, [r6, #1080]
	str.w	r1, [r6, #1134]
	str.w	r1, [r6, #1188]
	str.w	r1, [r6, #1242]
	str.w	r1, [r6, #1296]
	str.w	r1, [r6, #1350]
	sub.w	r1, r0, #1152
	strh.w	r2, [r6, #1456]
	strh.w	r2, [r6, #160]
	strh.w	r2, [r6, #214]
	strh.w	r2, [r6, #268]
	strh.w	r2, [r6, #322]
	strh.w	r2, [r6, #376]
	strh.w	r2, [r6, #430]
	strh.w	r2, [r6, #484]
	strh.w	r2, [r6, #538]
	strh.w	r2, [r6, #592]
	strh.w	r2, [r6, #646]
	strh.w	r2, [r6, #700]
	strh.w	r2, [r6, #754]
	strh.w	r2, [r6, #808]
	strh.w	r2, [r6, #862]
	strh.w	r2, [r6, #916]
	strh.w	r2, [r6, #970]
	strh.w	r2, [r6, #1024]
	strh.w	r2, [r6, #1078]
	strh.w	r2, [r6, #1132]
	strh.w	r2, [r6, #1186]
	strh.w	r2, [r6, #1240]
	strh.w	r2, [r6, #1294]
	strh.w	r2, [r6, #1348]
	strh.w	r2, [r6, #1402]
	str	r6, [sp]
.LBB0_1:
	movs	r0, #0
	str	r1, [sp, #12]
.LBB0_2:
	adds	r2, r6, r0
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
	mov	r9, lr
	str.w	lr, [sp, #8]
	ldr	r2, [r2, r0]
	ldr	r0, [r1, #4]
	str	r0, [sp, #76]
	ldrsh.w	r0, [r1, #8]
	str	r0, [sp, #72]
	ldr.w	r0, [r1, #10]
	str	r0, [sp, #68]
	ldr.w	r0, [r1, #14]
	str	r0, [sp, #64]
	ldrsh.w	r0, [r1, #18]
	str	r0, [sp, #60]
	ldr	r0, [r1, #20]
	str	r0, [sp, #56]
	ldr	r0, [r1, #24]
	str	r0, [sp, #52]
	ldrsh.w	r0, [r1, #28]
	str	r0, [sp, #48]
	ldr.w	r0, [r1, #30]
	str	r0, [sp, #44]
	ldr.w	r0, [r1, #34]
	str	r0, [sp, #40]
	ldrsh.w	r0, [r1, #38]
	str	r0, [sp, #36]
	ldr	r0, [r1, #40]
	str	r0, [sp, #32]
	ldr	r0, [r1, #44]
	str	r0, [sp, #28]
	movw	r0, :lower16:.Lloom_demo_n7.bias
	movt	r0, :upper16:.Lloom_demo_n7.bias
	ldrsh.w	r12, [r1, #48]
	strd	r12, r2, [sp, #96]
	ldr.w	r4, [r0, r5, lsl #2]
	movw	r0, :lower16:.Lloom_demo_n7.right_shift
	movt	r0, :upper16:.Lloom_demo_n7.right_shift
	ldrb	r7, [r0, r5]
	movw	r0, :lower16:.Lloom_demo_n7.multiplier
	movt	r0, :upper16:.Lloom_demo_n7.multiplier
	str	r7, [sp, #24]
	ldr.w	r8, [r0, r5, lsl #2]
	movw	r0, :lower16:.Lloom_demo_n7.requant_offset
	movt	r0, :upper16:.Lloom_demo_n7.requant_offset
	str.w	r8, [sp, #88]
	ldr.w	r5, [r0, r5, lsl #2]
	movs	r0, #0
.LBB0_4:
	movs	r1, #0
	str	r0, [sp, #20]
	str.w	r9, [sp, #16]
	str	r6, [sp, #80]
.LBB0_5:
	add.w	r10, r6, r1
	ldr.w	lr, [r6, r1]
	ldr	r0, [sp, #100]
	str	r1, [sp, #92]
	smlad	r2, lr, r0, r4
	ldr.w	r0, [r10, #4]
	ldr	r1, [sp, #100]
	str.w	r9, [sp, #84]
	ldr.w	r3, [r10, #8]
	mov	lr, r5
	smlad	r5, r0, r1, r4
	ldr	r1, [sp, #100]
	ldr.w	r9, [sp, #76]
	smlad	r8, r3, r1, r4
	ldr.w	r6, [r10, #12]
	smlad	r1, r0, r9, r2
	ldr	r2, [sp, #100]
	smlad	r5, r3, r9, r5
	ldr	r0, [sp, #72]
	smlad	r2, r6, r2, r4
	smlabb	r11, r0, r3, r1
	ldr.w	r3, [r10, #16]
	smlad	r1, r6, r9, r8
	ldr.w	r8, [sp, #68]
	smlabb	r6, r0, r6, r5
	ldrsh.w	r5, [r10, #20]
	smlad	r2, r3, r9, r2
	smlabb	r1, r0, r3, r1
	ldr.w	r3, [r10, #54]
	smlabb	r2, r5, r0, r2
	ldr.w	r5, [r10, #62]
	smlad	r0, r3, r8, r11
	ldr.w	r3, [r10, #58]
	ldr.w	r11, [sp, #64]
	smlad	r6, r3, r8, r6
	smlad	r9, r3, r11, r0
	ldr.w	r3, [r10, #66]
	ldr	r0, [sp, #60]
	smlad	r1, r5, r8, r1
	smlad	r2, r3, r8, r2
	smlad	r6, r5, r11, r6
	smlabb	r9, r0, r5, r9
	ldr.w	r5, [r10, #70]
	smlad	r1, r3, r11, r1
	smlad	r2, r5, r11, r2
	smlabb	r11, r0, r3, r6
	ldrsh.w	r6, [r10, #74]
	smlabb	r1, r0, r5, r1
	ldr.w	r5, [r10, #116]
	smlabb	r8, r6, r0, r2
	ldr.w	r6, [r10, #108]
	ldr	r2, [sp, #56]
	ldr	r0, [sp, #52]
	smlad	r3, r6, r2, r9
	ldr.w	r6, [r10, #112]
	smlad	r9, r6, r2, r11
	smlad	r1, r5, r2, r1
	smlad	r11, r6, r0, r3
	ldr.w	r6, [r10, #120]
	smlad	r3, r5, r0, r9
	smlad	r9, r6, r0, r1
	ldr	r1, [sp, #48]
	smlad	r2, r6, r2, r8
	smlabb	r8, r1, r5, r11
	ldr.w	r5, [r10, #124]
	smlabb	r11, r1, r6, r3
	ldrsh.w	r6, [r10, #128]
	smlad	r2, r5, r0, r2
	smlabb	r3, r1, r5, r9
	ldr.w	r5, [r10, #170]
	smlabb	r9, r6, r1, r2
	ldr.w	r6, [r10, #162]
	ldr	r2, [sp, #44]
	ldr	r1, [sp, #40]
	smlad	r0, r6, r2, r8
	ldr.w	r6, [r10, #166]
	smlad	r11, r6, r2, r11
	smlad	r12, r5, r2, r3
	smlad	r8, r6, r1, r0
	ldr.w	r6, [r10, #174]
	smlad	r3, r5, r1, r11
	ldr	r0, [sp, #36]
	smlad	r2, r6, r2, r9
	ldr.w	r9, [sp, #84]
	smlad	r7, r6, r1, r12
	ldr.w	r12, [sp, #96]
	smlabb	r8, r0, r5, r8
	ldr.w	r5, [r10, #178]
	smlabb	r3, r0, r6, r3
	ldrsh.w	r6, [r10, #182]
	smlad	r2, r5, r1, r2
	smlabb	r1, r0, r5, r7
	ldr	r7, [sp, #32]
	smlabb	r2, r6, r0, r2
	ldr.w	r6, [r10, #216]
	ldr.w	r5, [r10, #224]
	smlad	r0, r6, r7, r8
	ldr.w	r6, [r10, #220]
	smlad	r8, r5, r7, r1
	ldr	r1, [sp, #28]
	smlad	r3, r6, r7, r3
	smlad	r0, r6, r1, r0
	ldr.w	r6, [r10, #228]
	smlad	r2, r6, r7, r2
	ldr	r7, [sp, #96]
	smlad	r3, r5, r1, r3
	smlabb	r0, r7, r5, r0
	ldr.w	r5, [r10, #232]
	smlad	r8, r6, r1, r8
	ldr	r7, [sp, #24]
	smlad	r2, r5, r1, r2
	ldr	r1, [sp, #96]
	smlabb	r3, r1, r6, r3
	ldr	r1, [sp, #88]
	lsls	r0, r0, #1
	@APP
	smmlar	r6, r0, r1, lr
	@NO_APP
	ldr	r1, [sp, #96]
	lsls	r3, r3, #1
	smlabb	r1, r1, r5, r8
	add.w	r0, r6, r0, asr #31
	ldrsh.w	r6, [r10, #236]
	asrs	r0, r7
	lsls	r1, r1, #1
	ldr.w	r8, [sp, #88]
	smlabb	r2, r6, r12, r2
	@APP
	smmlar	r5, r3, r8, lr
	@NO_APP
	add.w	r3, r5, r3, asr #31
	@APP
	smmlar	r6, r1, r8, lr
	@NO_APP
	add.w	r1, r6, r1, asr #31
	mov	r5, lr
	ssat	r0, #8, r0
	lsls	r2, r2, #1
	strb	r0, [r9, #192]!
	asrs	r3, r7
	@APP
	smmlar	r6, r2, r8, lr
	@NO_APP
	asr.w	r0, r1, r7
	add.w	r2, r6, r2, asr #31
	ldr	r6, [sp, #80]
	ssat	r1, #8, r3
	ssat	r0, #8, r0
	strb.w	r1, [r9, #48]
	asr.w	r1, r2, r7
	strb.w	r0, [r9, #96]
	ldr	r0, [sp, #92]
	adds	r0, #16
	str	r0, [sp, #92]
	ssat	r0, #8, r1
	ldr	r1, [sp, #92]
	cmp	r1, #48
	strb.w	r0, [r9, #144]
	bne.w	.LBB0_5
	ldr	r0, [sp, #20]
	ldr.w	r9, [sp, #16]
	adds	r0, #1
	adds	r6, #108
	cmp	r0, #12
	add.w	r9, r9, #576
	bne.w	.LBB0_4
	ldr	r5, [sp, #4]
	ldr.w	lr, [sp, #8]
	adds	r5, #1
	ldr	r1, [sp, #12]
	cmp	r5, #48
	add.w	r1, r1, #1
	add.w	lr, lr, #1
	ldr	r6, [sp]
	bne.w	.LBB0_1
	add	sp, #104
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n7, .Lfunc_end0-loom_demo_n7
	.cantunwind
	.fnend

	.type	.Lloom_demo_n7.bias,%object
	.section	.rodata..Lloom_demo_n7.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.bias:
	.long	4294965614
	.long	4294952891
	.long	4294958065
	.long	4294870148
	.long	10887
	.long	4294907657
	.long	57791
	.long	13553
	.long	4294908178
	.long	4294904984
	.long	55376
	.long	4294950593
	.long	4294919391
	.long	4294927343
	.long	18440
	.long	51958
	.long	4294950115
	.long	39399
	.long	4294958158
	.long	4294897259
	.long	5161
	.long	17053
	.long	46274
	.long	4294945685
	.long	11010
	.long	4294905328
	.long	4294960923
	.long	4294926832
	.long	22650
	.long	20654
	.long	1555
	.long	15371
	.long	33246
	.long	4294958524
	.long	47481
	.long	4294920864
	.long	34233
	.long	56984
	.long	4294949972
	.long	4294949085
	.long	4294958517
	.long	4294957106
	.long	53949
	.long	15724
	.long	43589
	.long	4294962926
	.long	13528
	.long	30741
	.size	.Lloom_demo_n7.bias, 192

	.type	.Lloom_demo_n7.weights_i16,%object
	.section	.rodata..Lloom_demo_n7.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n7.weights_i16:
	.short	65533
	.short	106
	.short	65420
	.short	65439
	.short	65532
	.short	65493
	.short	65534
	.short	33
	.short	65481
	.short	65479
	.short	65451
	.short	44
	.short	91
	.short	120
	.short	65512
	.short	65535
	.short	65486
	.short	65414
	.short	65535
	.short	59
	.short	109
	.short	60
	.short	65444
	.short	51
	.short	62
	.short	65416
	.short	65515
	.short	65471
	.short	5
	.short	105
	.short	65526
	.short	2
	.short	65429
	.short	86
	.short	85
	.short	65446
	.short	39
	.short	65501
	.short	111
	.short	65421
	.short	40
	.short	65449
	.short	65456
	.short	15
	.short	55
	.short	65484
	.short	69
	.short	7
	.short	13
	.short	39
	.short	65442
	.short	26
	.short	65417
	.short	65462
	.short	117
	.short	65427
	.short	64
	.short	49
	.short	65456
	.short	65511
	.short	27
	.short	65434
	.short	80
	.short	65489
	.short	59
	.short	65530
	.short	26
	.short	65478
	.short	8
	.short	65439
	.short	121
	.short	83
	.short	65424
	.short	68
	.short	121
	.short	65423
	.short	65425
	.short	65518
	.short	38
	.short	127
	.short	1
	.short	65481
	.short	65497
	.short	24
	.short	60
	.short	65421
	.short	65465
	.short	65466
	.short	65425
	.short	65483
	.short	65437
	.short	65529
	.short	65463
	.short	65441
	.short	41
	.short	72
	.short	65500
	.short	39
	.short	65489
	.short	65478
	.short	5
	.short	65500
	.short	65479
	.short	106
	.short	120
	.short	108
	.short	65520
	.short	65411
	.short	102
	.short	65480
	.short	65518
	.short	109
	.short	65423
	.short	106
	.short	110
	.short	21
	.short	65439
	.short	65413
	.short	82
	.short	26
	.short	65483
	.short	65473
	.short	65411
	.short	65507
	.short	98
	.short	65521
	.short	112
	.short	65511
	.short	65417
	.short	65497
	.short	65506
	.short	65438
	.short	65476
	.short	99
	.short	17
	.short	65524
	.short	65465
	.short	65487
	.short	65423
	.short	65418
	.short	8
	.short	107
	.short	59
	.short	65492
	.short	65534
	.short	65517
	.short	65464
	.short	118
	.short	65510
	.short	65447
	.short	115
	.short	122
	.short	17
	.short	49
	.short	80
	.short	62
	.short	93
	.short	65454
	.short	114
	.short	65409
	.short	22
	.short	56
	.short	12
	.short	65512
	.short	19
	.short	65486
	.short	65527
	.short	122
	.short	65505
	.short	1
	.short	65517
	.short	4
	.short	65444
	.short	65525
	.short	15
	.short	97
	.short	113
	.short	41
	.short	118
	.short	2
	.short	74
	.short	5
	.short	65431
	.short	54
	.short	65
	.short	65509
	.short	65514
	.short	43
	.short	65409
	.short	1
	.short	31
	.short	65461
	.short	65463
	.short	66
	.short	1
	.short	65471
	.short	65446
	.short	70
	.short	27
	.short	65419
	.short	104
	.short	65449
	.short	65456
	.short	65509
	.short	100
	.short	59
	.short	68
	.short	3
	.short	65433
	.short	30
	.short	65483
	.short	65412
	.short	65530
	.short	30
	.short	65521
	.short	75
	.short	4
	.short	1
	.short	65410
	.short	65448
	.short	65457
	.short	65414
	.short	87
	.short	65530
	.short	65443
	.short	19
	.short	65490
	.short	95
	.short	65532
	.short	65421
	.short	65505
	.short	65429
	.short	65410
	.short	65425
	.short	65531
	.short	93
	.short	65422
	.short	65410
	.short	109
	.short	65430
	.short	39
	.short	65455
	.short	83
	.short	65474
	.short	114
	.short	65483
	.short	65461
	.short	95
	.short	65535
	.short	22
	.short	46
	.short	96
	.short	65529
	.short	96
	.short	111
	.short	123
	.short	65489
	.short	111
	.short	65441
	.short	65535
	.short	117
	.short	65441
	.short	58
	.short	98
	.short	65534
	.short	65527
	.short	2
	.short	5
	.short	88
	.short	65437
	.short	65413
	.short	65527
	.short	31
	.short	65496
	.short	65501
	.short	65449
	.short	12
	.short	65461
	.short	65409
	.short	118
	.short	43
	.short	65498
	.short	65526
	.short	71
	.short	65470
	.short	91
	.short	65447
	.short	65530
	.short	81
	.short	87
	.short	46
	.short	65490
	.short	50
	.short	26
	.short	65526
	.short	19
	.short	65416
	.short	65483
	.short	70
	.short	65434
	.short	113
	.short	65505
	.short	59
	.short	65461
	.short	100
	.short	106
	.short	122
	.short	75
	.short	65420
	.short	65525
	.short	65436
	.short	65516
	.short	65410
	.short	65434
	.short	65413
	.short	88
	.short	57
	.short	65459
	.short	65511
	.short	65418
	.short	2
	.short	65415
	.short	65489
	.short	108
	.short	65424
	.short	48
	.short	65455
	.short	102
	.short	89
	.short	109
	.short	65499
	.short	61
	.short	65424
	.short	65518
	.short	44
	.short	65450
	.short	40
	.short	65485
	.short	65414
	.short	65463
	.short	10
	.short	37
	.short	65473
	.short	65489
	.short	65463
	.short	105
	.short	65489
	.short	8
	.short	65430
	.short	65491
	.short	20
	.short	114
	.short	65514
	.short	45
	.short	65416
	.short	86
	.short	15
	.short	10
	.short	53
	.short	18
	.short	65
	.short	50
	.short	127
	.short	9
	.short	125
	.short	65427
	.short	65476
	.short	58
	.short	65465
	.short	65491
	.short	65447
	.short	35
	.short	65435
	.short	65449
	.short	22
	.short	21
	.short	65421
	.short	110
	.short	86
	.short	1
	.short	65526
	.short	65476
	.short	65472
	.short	65506
	.short	82
	.short	65455
	.short	46
	.short	65501
	.short	34
	.short	72
	.short	122
	.short	65409
	.short	78
	.short	91
	.short	100
	.short	53
	.short	65527
	.short	65505
	.short	4
	.short	76
	.short	65409
	.short	65452
	.short	65435
	.short	71
	.short	18
	.short	65498
	.short	8
	.short	65441
	.short	28
	.short	65500
	.short	65424
	.short	126
	.short	65535
	.short	44
	.short	65510
	.short	65527
	.short	65462
	.short	65532
	.short	41
	.short	112
	.short	65467
	.short	109
	.short	119
	.short	71
	.short	65420
	.short	69
	.short	65429
	.short	13
	.short	65530
	.short	93
	.short	110
	.short	99
	.short	65532
	.short	90
	.short	70
	.short	65504
	.short	91
	.short	65419
	.short	65528
	.short	65516
	.short	65520
	.short	110
	.short	65489
	.short	65530
	.short	65446
	.short	65450
	.short	19
	.short	65511
	.short	62
	.short	33
	.short	104
	.short	65506
	.short	65527
	.short	65503
	.short	23
	.short	65534
	.short	40
	.short	18
	.short	65468
	.short	120
	.short	65426
	.short	53
	.short	65483
	.short	65478
	.short	5
	.short	65501
	.short	65514
	.short	65529
	.short	33
	.short	65435
	.short	65463
	.short	12
	.short	119
	.short	108
	.short	65437
	.short	10
	.short	52
	.short	65491
	.short	65438
	.short	65427
	.short	87
	.short	65457
	.short	65529
	.short	65430
	.short	31
	.short	21
	.short	65433
	.short	65480
	.short	65486
	.short	65440
	.short	70
	.short	65445
	.short	75
	.short	65488
	.short	20
	.short	30
	.short	81
	.short	65413
	.short	65460
	.short	71
	.short	65462
	.short	65425
	.short	42
	.short	65494
	.short	65431
	.short	65421
	.short	27
	.short	65434
	.short	42
	.short	124
	.short	65
	.short	122
	.short	65464
	.short	65451
	.short	26
	.short	6
	.short	108
	.short	65481
	.short	99
	.short	27
	.short	65534
	.short	40
	.short	84
	.short	65416
	.short	124
	.short	18
	.short	89
	.short	108
	.short	56
	.short	65434
	.short	65476
	.short	65499
	.short	55
	.short	108
	.short	65529
	.short	124
	.short	65531
	.short	72
	.short	6
	.short	57
	.short	65456
	.short	65478
	.short	43
	.short	65426
	.short	82
	.short	65473
	.short	101
	.short	65447
	.short	65455
	.short	65456
	.short	65412
	.short	102
	.short	120
	.short	65499
	.short	39
	.short	66
	.short	65496
	.short	11
	.short	29
	.short	122
	.short	86
	.short	70
	.short	90
	.short	61
	.short	65531
	.short	32
	.short	25
	.short	92
	.short	65525
	.short	65425
	.short	65453
	.short	65429
	.short	65479
	.short	65432
	.short	85
	.short	38
	.short	65524
	.short	22
	.short	65480
	.short	113
	.short	34
	.short	29
	.short	34
	.short	87
	.short	65422
	.short	65462
	.short	65502
	.short	65447
	.short	65510
	.short	65463
	.short	65439
	.short	122
	.short	65459
	.short	117
	.short	65461
	.short	119
	.short	74
	.short	65516
	.short	65420
	.short	65443
	.short	65515
	.short	65442
	.short	108
	.short	65510
	.short	7
	.short	5
	.short	65497
	.short	65456
	.short	65427
	.short	65517
	.short	65424
	.short	65414
	.short	41
	.short	65469
	.short	126
	.short	65479
	.short	94
	.short	65514
	.short	13
	.short	59
	.short	127
	.short	65
	.short	121
	.short	47
	.short	40
	.short	65450
	.short	63
	.short	105
	.short	65505
	.short	30
	.short	101
	.short	65462
	.short	65521
	.short	65413
	.short	65496
	.short	11
	.short	65448
	.short	65514
	.short	22
	.short	65451
	.short	65420
	.short	65434
	.short	65471
	.short	29
	.short	65416
	.short	82
	.short	47
	.short	65518
	.short	9
	.short	2
	.short	92
	.short	21
	.short	72
	.short	65442
	.short	51
	.short	0
	.short	65470
	.short	111
	.short	93
	.short	65508
	.short	62
	.short	65472
	.short	63
	.short	65523
	.short	65469
	.short	65478
	.short	65476
	.short	65442
	.short	65452
	.short	68
	.short	65519
	.short	107
	.short	27
	.short	65457
	.short	65435
	.short	65411
	.short	4
	.short	65532
	.short	65438
	.short	65535
	.short	2
	.short	65431
	.short	65480
	.short	81
	.short	65513
	.short	87
	.short	65483
	.short	65469
	.short	70
	.short	121
	.short	11
	.short	65460
	.short	65413
	.short	65487
	.short	19
	.short	21
	.short	65499
	.short	65450
	.short	102
	.short	84
	.short	65495
	.short	65465
	.short	69
	.short	65526
	.short	65532
	.short	127
	.short	65491
	.short	65466
	.short	28
	.short	65485
	.short	65472
	.short	32
	.short	120
	.short	65426
	.short	109
	.short	116
	.short	39
	.short	65452
	.short	65414
	.short	55
	.short	73
	.short	65497
	.short	90
	.short	48
	.short	65520
	.short	36
	.short	73
	.short	65473
	.short	47
	.short	125
	.short	65445
	.short	51
	.short	65534
	.short	105
	.short	14
	.short	65413
	.short	65505
	.short	82
	.short	116
	.short	65517
	.short	65420
	.short	45
	.short	65508
	.short	2
	.short	23
	.short	43
	.short	65446
	.short	65516
	.short	65512
	.short	21
	.short	65490
	.short	115
	.short	38
	.short	111
	.short	38
	.short	7
	.short	77
	.short	14
	.short	65517
	.short	65500
	.short	65514
	.short	123
	.short	48
	.short	65521
	.short	65418
	.short	65444
	.short	65410
	.short	65465
	.short	28
	.short	65409
	.short	123
	.short	65462
	.short	121
	.short	43
	.short	65421
	.short	65478
	.short	101
	.short	65415
	.short	24
	.short	51
	.short	66
	.short	65435
	.short	65530
	.short	53
	.short	32
	.short	56
	.short	124
	.short	65445
	.short	65479
	.short	65418
	.short	81
	.short	65527
	.short	105
	.short	65484
	.short	65431
	.short	3
	.short	55
	.short	77
	.short	65441
	.short	99
	.short	65491
	.short	43
	.short	65488
	.short	30
	.short	64
	.short	120
	.short	65417
	.short	95
	.short	108
	.short	65479
	.short	65482
	.short	65461
	.short	65477
	.short	39
	.short	56
	.short	53
	.short	115
	.short	65437
	.short	80
	.short	5
	.short	65441
	.short	60
	.short	112
	.short	65439
	.short	13
	.short	65519
	.short	65460
	.short	65513
	.short	65410
	.short	123
	.short	65428
	.short	62
	.short	102
	.short	90
	.short	70
	.short	64
	.short	108
	.short	65532
	.short	65465
	.short	65410
	.short	78
	.short	65480
	.short	65418
	.short	100
	.short	73
	.short	65535
	.short	65424
	.short	0
	.short	65529
	.short	65430
	.short	65523
	.short	65525
	.short	65473
	.short	51
	.short	65491
	.short	65435
	.short	25
	.short	35
	.short	93
	.short	41
	.short	58
	.short	49
	.short	15
	.short	32
	.short	65460
	.short	10
	.short	65514
	.short	65477
	.short	125
	.short	65520
	.short	91
	.short	45
	.short	88
	.short	33
	.short	65521
	.short	65462
	.short	65437
	.short	65514
	.short	65497
	.short	65433
	.short	65467
	.short	65526
	.short	65440
	.short	65509
	.short	126
	.short	65507
	.short	65413
	.short	65434
	.short	65494
	.short	65421
	.short	65501
	.short	24
	.short	65452
	.short	36
	.short	33
	.short	77
	.short	96
	.short	102
	.short	92
	.short	114
	.short	64
	.short	65416
	.short	29
	.short	65502
	.short	55
	.short	89
	.short	65523
	.short	50
	.short	65484
	.short	69
	.short	65508
	.short	65525
	.short	65426
	.short	84
	.short	65469
	.short	63
	.short	116
	.short	65514
	.short	79
	.short	65511
	.short	112
	.short	21
	.short	65529
	.short	65411
	.short	65
	.short	30
	.short	95
	.short	52
	.short	81
	.short	13
	.short	65492
	.short	18
	.short	105
	.short	17
	.short	90
	.short	39
	.short	65473
	.short	65476
	.short	32
	.short	65503
	.short	73
	.short	65434
	.short	44
	.short	60
	.short	65424
	.short	112
	.short	65415
	.short	65507
	.short	50
	.short	100
	.short	30
	.short	65437
	.short	65503
	.short	127
	.short	65422
	.short	65432
	.short	68
	.short	65
	.short	65515
	.short	65506
	.short	65490
	.short	65530
	.short	86
	.short	65523
	.short	65473
	.short	65462
	.short	52
	.short	65492
	.short	65515
	.short	86
	.short	87
	.short	25
	.short	65490
	.short	65
	.short	65410
	.short	65501
	.short	65515
	.short	65459
	.short	26
	.short	65511
	.short	47
	.short	105
	.short	123
	.short	99
	.short	91
	.short	65496
	.short	85
	.short	65502
	.short	118
	.short	65473
	.short	65487
	.short	65476
	.short	65420
	.short	86
	.short	65461
	.short	65488
	.short	17
	.short	65425
	.short	65416
	.short	65461
	.short	65463
	.short	35
	.short	65531
	.short	72
	.short	1
	.short	94
	.short	65468
	.short	96
	.short	27
	.short	17
	.short	65442
	.short	65508
	.short	36
	.short	65531
	.short	78
	.short	65430
	.short	108
	.short	65413
	.short	56
	.short	65432
	.short	65419
	.short	65528
	.short	65500
	.short	115
	.short	65510
	.short	65417
	.short	65482
	.short	58
	.short	65505
	.short	65484
	.short	65446
	.short	65446
	.short	65493
	.short	104
	.short	84
	.short	96
	.short	65516
	.short	82
	.short	65414
	.short	37
	.short	104
	.short	45
	.short	65502
	.short	127
	.short	65467
	.short	12
	.short	65415
	.short	79
	.short	65438
	.short	42
	.short	65496
	.short	65526
	.short	30
	.short	14
	.short	58
	.short	21
	.short	53
	.short	13
	.short	99
	.short	65420
	.short	41
	.short	18
	.short	58
	.short	65525
	.short	26
	.short	65441
	.short	1
	.short	59
	.short	6
	.short	65448
	.short	16
	.short	119
	.short	44
	.short	65535
	.short	117
	.short	126
	.short	65520
	.short	65516
	.short	65414
	.short	65500
	.short	111
	.short	65424
	.short	101
	.short	99
	.short	9
	.short	101
	.short	65535
	.short	65455
	.short	65454
	.short	65464
	.short	11
	.short	119
	.short	1
	.short	65525
	.short	65486
	.short	27
	.short	65426
	.short	65518
	.short	81
	.short	80
	.short	65534
	.short	61
	.short	65429
	.short	65510
	.short	56
	.short	65432
	.short	89
	.short	82
	.short	65513
	.short	65409
	.short	65535
	.short	108
	.short	25
	.short	65480
	.short	65473
	.short	65523
	.short	59
	.short	65435
	.short	65456
	.short	121
	.short	108
	.short	46
	.short	90
	.short	92
	.short	116
	.short	29
	.short	121
	.short	65472
	.short	6
	.short	67
	.short	123
	.short	65418
	.short	65487
	.short	65468
	.short	8
	.short	98
	.short	45
	.short	65496
	.short	65481
	.short	65469
	.short	65440
	.short	19
	.short	88
	.short	65485
	.short	65486
	.short	6
	.short	122
	.short	65465
	.short	65495
	.short	65533
	.short	58
	.short	34
	.short	65472
	.short	65532
	.short	65422
	.short	65450
	.short	121
	.short	49
	.short	65510
	.short	0
	.short	70
	.short	87
	.short	77
	.short	65429
	.short	65426
	.short	120
	.short	65409
	.short	65481
	.short	65482
	.short	103
	.short	97
	.short	124
	.short	65462
	.short	65513
	.short	12
	.short	45
	.short	124
	.short	65439
	.short	109
	.short	8
	.short	85
	.short	85
	.short	65466
	.short	65436
	.short	21
	.short	77
	.short	72
	.short	65453
	.short	65510
	.short	65487
	.short	65421
	.short	122
	.short	47
	.short	65438
	.short	65437
	.short	65456
	.short	112
	.short	79
	.short	78
	.short	65518
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

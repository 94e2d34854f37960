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
	.file	"loom_demo_n16"
	.section	.text.loom_demo_n16,"ax",%progbits
	.globl	loom_demo_n16
	.p2align	1
	.type	loom_demo_n16,%function
	.code	16
	.thumb_func
loom_demo_n16:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #88
	mov	r8, r1
	mov.w	lr, #0
	strh.w	lr, [r1, #52]
	add.w	r12, r0, #480
	strh.w	lr, [r1, #78]
	mov.w	r5, #4128
	strh.w	lr, [r1, #104]
	strh.w	lr, [r1, #130]
	strh.w	lr, [r1, #156]
	strh.w	lr, [r1, #182]
	strh.w	lr, [r1, #208]
	strh.w	lr, [r1, #234]
	strh.w	lr, [r1, #260]
	strh.w	lr, [r1, #286]
	strh.w	lr, [r1, #312]
	str.w	lr, [r1]
	str.w	lr, [r1, #4]
	str.w	lr, [r1, #8]
	str.w	lr, [r1, #12]
	str.w	lr, [r1, #16]
	str.w	lr, [r1, #20]
	str.w	lr, [r1, #24]
	sub.w	r1, r0, #2304
	str.w	r8, [sp, #12]
.LBB0_1:
	movs	r0, #0
	str	r1, [sp, #4]
.LBB0_2:
	ldrsb.w	r7, [r1, #2304]
	add.w	r2, r8, r0
	ldrsb.w	r6, [r1, #2400]
	add.w	r3, r1, #4128
	adds	r7, #128
	strh	r7, [r2, #28]
	ldrsb.w	r7, [r1, #2496]
	adds	r6, #128
	strh	r6, [r2, #30]
	ldrsb.w	r6, [r1, #2592]
	adds	r7, #128
	strh	r7, [r2, #32]
	ldrsb.w	r7, [r1, #2688]
	adds	r6, #128
	strh	r6, [r2, #34]
	ldrsb.w	r6, [r1, #2784]
	adds	r7, #128
	strh	r7, [r2, #36]
	ldrsb.w	r7, [r1, #2880]
	adds	r6, #128
	strh	r6, [r2, #38]
	ldrsb.w	r6, [r1, #2976]
	adds	r7, #128
	strh	r7, [r2, #40]
	ldrsb.w	r7, [r1, #3072]
	adds	r6, #128
	strh	r6, [r2, #42]
	ldrsb.w	r6, [r1, #3168]
	adds	r7, #128
	strh	r7, [r2, #44]
	ldrsb.w	r7, [r1, #3264]
	adds	r6, #128
	strh	r6, [r2, #46]
	ldrsb.w	r6, [r1, #3360]
	adds	r7, #128
	strh	r7, [r2, #48]
	ldrsb.w	r7, [r1, #3456]
	adds	r6, #128
	strh	r6, [r2, #50]
	ldrsb.w	r6, [r1, #3552]
	adds	r7, #128
	strh	r7, [r2, #54]
	ldrsb.w	r7, [r1, #3648]
	adds	r6, #128
	strh	r6, [r2, #56]
	ldrsb.w	r6, [r1, #3744]
	adds	r7, #128
	strh	r7, [r2, #58]
	ldrsb.w	r7, [r1, #3840]
	adds	r6, #128
	strh	r6, [r2, #60]
	ldrsb.w	r6, [r1, #3936]
	adds	r7, #128
	strh	r7, [r2, #62]
	ldrsb.w	r7, [r1, #4032]
	adds	r6, #128
	strh.w	r6, [r2, #64]
	ldrsb	r6, [r1, r5]
	adds	r7, #128
	strh.w	r7, [r2, #66]
	ldrsb.w	r7, [r3, #96]
	adds	r6, #128
	strh.w	r6, [r2, #68]
	ldrsb.w	r6, [r3, #192]
	adds	r7, #128
	strh.w	r7, [r2, #70]
	ldrsb.w	r7, [r3, #288]
	adds	r0, #52
	ldrsb.w	r3, [r3, #384]
	add.w	r1, r1, #2304
	cmp.w	r0, #312
	add.w	r6, r6, #128
	strh.w	r6, [r2, #72]
	add.w	r7, r7, #128
	strh.w	r7, [r2, #74]
	add.w	r3, r3, #128
	strh.w	r3, [r2, #76]
	bne	.LBB0_2
	movw	r3, :lower16:.Lloom_demo_n16.right_shift
	movw	r1, :lower16:.Lloom_demo_n16.bias
	movt	r3, :upper16:.Lloom_demo_n16.right_shift
	movt	r1, :upper16:.Lloom_demo_n16.bias
	add.w	r0, lr, lr, lsl #3
	movw	r2, :lower16:.Lloom_demo_n16.weights_i16
	ldr.w	r3, [r3, lr, lsl #2]
	str	r3, [sp, #40]
	movw	r3, :lower16:.Lloom_demo_n16.multiplier
	ldr.w	r1, [r1, lr, lsl #2]
	movt	r3, :upper16:.Lloom_demo_n16.multiplier
	movt	r2, :upper16:.Lloom_demo_n16.weights_i16
	str	r1, [sp, #44]
	add.w	r1, r2, r0, lsl #1
	ldr.w	r3, [r3, lr, lsl #2]
	str	r3, [sp, #80]
	movw	r3, :lower16:.Lloom_demo_n16.requant_offset
	ldr.w	r0, [r2, r0, lsl #1]
	movt	r3, :upper16:.Lloom_demo_n16.requant_offset
	str	r0, [sp, #32]
	ldrsh.w	r0, [r1, #4]
	str.w	lr, [sp, #8]
	str	r0, [sp, #28]
	ldrsh.w	r0, [r1, #10]
	ldr.w	r3, [r3, lr, lsl #2]
	str	r0, [sp, #24]
	ldrsh.w	r0, [r1, #16]
	str	r3, [sp, #76]
	ldr	r3, [r1, #12]
	str	r0, [sp, #20]
	ldr.w	r0, [r1, #6]
	movs	r1, #0
	str	r3, [sp, #36]
	str	r0, [sp, #16]
	str.w	r12, [sp]
.LBB0_4:
	str	r1, [sp, #84]
	add.w	r7, r8, r1
	ldr	r0, [sp, #84]
	str.w	r12, [sp, #72]
	ldr.w	r12, [sp, #32]
	ldrsh.w	r3, [r7, #4]
	ldr.w	r1, [r8, r0]
	ldr.w	r8, [sp, #44]
	smlad	r6, r1, r12, r8
	ldr.w	lr, [sp, #28]
	ldr	r0, [r7, #8]
	ldr	r2, [r7, #12]
	ldrsh.w	r1, [r7, #12]
	smlabb	r3, r3, lr, r6
	ldrsh.w	r6, [r7, #16]
	smlad	r0, r0, r12, r8
	smlad	r2, r2, r12, r8
	ldr	r4, [r7, #4]
	ldrsh.w	r5, [r7, #8]
	smlabb	r0, r1, lr, r0
	smlabb	r1, r6, lr, r2
	ldr.w	r9, [sp, #16]
	ldr.w	r6, [r7, #34]
	smlad	r4, r4, r12, r8
	ldr.w	r2, [r7, #26]
	smlad	r0, r6, r9, r0
	ldr.w	r6, [r7, #38]
	smlabb	r5, r5, lr, r4
	smlad	r2, r2, r9, r3
	ldr.w	r3, [r7, #30]
	smlad	r4, r6, r9, r1
	ldrsh.w	r6, [r7, #34]
	smlad	r3, r3, r9, r5
	ldr	r1, [sp, #24]
	ldrsh.w	r5, [r7, #30]
	smlabb	r3, r6, r1, r3
	ldrsh.w	r6, [r7, #42]
	ldr.w	r11, [sp, #36]
	smlabb	r2, r5, r1, r2
	ldrsh.w	r5, [r7, #38]
	smlabb	r4, r6, r1, r4
	ldr	r6, [r7, #52]
	smlad	r2, r6, r11, r2
	ldr	r6, [r7, #56]
	smlabb	r0, r5, r1, r0
	ldrsh.w	r5, [r7, #56]
	smlad	r3, r6, r11, r3
	ldr	r6, [r7, #60]
	smlad	r0, r6, r11, r0
	ldr	r6, [r7, #64]
	smlad	r6, r6, r11, r4
	ldrsh.w	r4, [r7, #60]
	ldr.w	r10, [sp, #20]
	smlabb	r2, r5, r10, r2
	ldrsh.w	r5, [r7, #64]
	smlabb	r3, r4, r10, r3
	ldrsh.w	r4, [r7, #68]
	smlabb	r5, r5, r10, r0
	smlabb	r0, r4, r10, r6
	lsls	r3, r3, #1
	str	r0, [sp, #60]
	lsls	r0, r2, #1
	ldrd	r6, r4, [sp, #76]
	@APP
	smmlar	r2, r0, r4, r6
	@NO_APP
	add.w	r0, r2, r0, asr #31
	str	r0, [sp, #64]
	@APP
	smmlar	r0, r3, r4, r6
	@NO_APP
	add.w	r0, r0, r3, asr #31
	str	r0, [sp, #68]
	ldr	r0, [r7, #8]
	ldr	r3, [r7, #16]
	smlad	r0, r0, r12, r8
	ldr	r6, [r7, #20]
	smlad	r3, r3, r12, r8
	ldr	r2, [r7, #12]
	str	r0, [sp, #48]
	lsls	r0, r5, #1
	str	r3, [sp, #56]
	ldrsh.w	r5, [r7, #12]
	smlad	r3, r6, r12, r8
	ldrsh.w	r4, [r7, #16]
	smlad	r2, r2, r12, r8
	str	r3, [sp, #52]
	ldr	r3, [sp, #48]
	smlabb	r12, r5, lr, r3
	smlabb	r2, r4, lr, r2
	ldrsh.w	r4, [r7, #24]
	ldrd	r6, r3, [sp, #76]
	ldrsh.w	r5, [r7, #20]
	@APP
	smmlar	r3, r0, r3, r6
	@NO_APP
	ldr	r6, [sp, #52]
	add.w	r0, r3, r0, asr #31
	smlabb	r6, r4, lr, r6
	ldr.w	r4, [r7, #34]
	ldr.w	r3, [r7, #46]
	ldr.w	r8, [sp, #56]
	smlabb	r5, r5, lr, r8
	str	r0, [sp, #56]
	smlad	lr, r4, r9, r12
	ldr.w	r4, [r7, #38]
	smlad	r12, r3, r9, r6
	ldrsh.w	r6, [r7, #42]
	smlad	r2, r4, r9, r2
	ldr.w	r4, [r7, #42]
	smlad	r8, r4, r9, r5
	ldrsh.w	r5, [r7, #38]
	smlabb	r2, r6, r1, r2
	ldrsh.w	r6, [r7, #50]
	smlabb	r0, r5, r1, lr
	ldrsh.w	r5, [r7, #46]
	smlabb	lr, r6, r1, r12
	ldr	r6, [r7, #60]
	smlad	r0, r6, r11, r0
	ldr	r6, [r7, #64]
	smlad	r12, r6, r11, r2
	ldrsh.w	r2, [r7, #64]
	smlabb	r5, r5, r1, r8
	ldr	r1, [r7, #72]
	ldr	r3, [sp, #60]
	ldr	r6, [r7, #68]
	smlad	lr, r1, r11, lr
	ldrsh.w	r1, [r7, #68]
	smlabb	r2, r2, r10, r0
	ldrsh.w	r0, [r7, #72]
	lsls	r4, r3, #1
	smlad	r6, r6, r11, r5
	ldrd	r3, r9, [sp, #76]
	@APP
	smmlar	r8, r4, r9, r3
	@NO_APP
	smlabb	r1, r1, r10, r12
	smlabb	r0, r0, r10, r6
	ldrsh.w	r6, [r7, #76]
	add.w	r8, r8, r4, asr #31
	ldr	r5, [sp, #40]
	ldr	r4, [sp, #64]
	lsls	r2, r2, #1
	asr.w	r11, r4, r5
	@APP
	smmlar	r7, r2, r9, r3
	@NO_APP
	lsls	r1, r1, #1
	smlabb	r4, r6, r10, lr
	add.w	r7, r7, r2, asr #31
	@APP
	smmlar	r2, r1, r9, r3
	@NO_APP
	lsls	r0, r0, #1
	ldr.w	r12, [sp, #72]
	add.w	r6, r2, r1, asr #31
	@APP
	smmlar	r1, r0, r9, r3
	@NO_APP
	lsls	r2, r4, #1
	movw	r4, #65056
	add.w	r0, r1, r0, asr #31
	@APP
	smmlar	r1, r2, r9, r3
	@NO_APP
	movt	r4, #65535
	add.w	r1, r1, r2, asr #31
	ssat	r2, #8, r11
	ldr	r3, [sp, #68]
	asrs	r3, r5
	strb.w	r2, [r12, r4]
	movw	r4, #65152
	ldr	r2, [sp, #56]
	movt	r4, #65535
	asrs	r2, r5
	ssat	r3, #8, r3
	strb.w	r3, [r12, r4]
	movw	r4, #65248
	asr.w	r3, r8, r5
	movt	r4, #65535
	asrs	r0, r5
	ldr.w	r8, [sp, #12]
	ssat	r2, #8, r2
	strb.w	r2, [r12, r4]
	asr.w	r2, r7, r5
	ssat	r3, #8, r3
	ssat	r0, #8, r0
	strb	r3, [r12, #-192]
	asr.w	r3, r6, r5
	strb	r0, [r12, #-96]
	asrs	r1, r5
	ldr	r0, [sp, #84]
	ssat	r2, #8, r2
	adds	r0, #52
	str	r0, [sp, #84]
	strb.w	r2, [r12, r4]
	ssat	r2, #8, r3
	ssat	r0, #8, r1
	ldr	r1, [sp, #84]
	strb	r2, [r12, #-192]
	cmp.w	r1, #312
	strb.w	r0, [r12]
	add.w	r12, r12, #576
	bne.w	.LBB0_4
	ldr.w	lr, [sp, #8]
	ldr	r1, [sp, #4]
	add.w	lr, lr, #1
	ldr.w	r12, [sp]
	cmp.w	lr, #96
	add.w	r1, r1, #1
	add.w	r12, r12, #1
	mov.w	r5, #4128
	bne.w	.LBB0_1
	add	sp, #88
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n16, .Lfunc_end0-loom_demo_n16
	.cantunwind
	.fnend

	.type	.Lloom_demo_n16.bias,%object
	.section	.rodata..Lloom_demo_n16.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.bias:
	.long	4294967211
	.long	1409
	.long	603
	.long	4294965769
	.long	1029
	.long	4294966268
	.long	4294966439
	.long	824
	.long	4294965459
	.long	761
	.long	631
	.long	4294967007
	.long	900
	.long	1310
	.long	317
	.long	58
	.long	4294966113
	.long	4294967137
	.long	4294966300
	.long	1492
	.long	4294967216
	.long	520
	.long	146
	.long	703
	.long	1990
	.long	1057
	.long	4294967220
	.long	467
	.long	4294966092
	.long	4294966728
	.long	4294965675
	.long	4294966029
	.long	4294966839
	.long	1833
	.long	4294966447
	.long	1416
	.long	511
	.long	4294965954
	.long	4294966859
	.long	4294966093
	.long	4294966151
	.long	1204
	.long	4294965881
	.long	1908
	.long	4294966364
	.long	4294965348
	.long	4294967093
	.long	346
	.long	643
	.long	4294966286
	.long	1603
	.long	44
	.long	281
	.long	1820
	.long	1973
	.long	1313
	.long	991
	.long	1984
	.long	1007
	.long	523
	.long	1157
	.long	4294966820
	.long	4294966325
	.long	1696
	.long	4294965949
	.long	4294965712
	.long	1839
	.long	4294965706
	.long	1051
	.long	989
	.long	4294965875
	.long	4294967173
	.long	1611
	.long	478
	.long	4294966904
	.long	4294966829
	.long	4294965432
	.long	4294965517
	.long	906
	.long	818
	.long	4294966639
	.long	4294965531
	.long	4294966326
	.long	325
	.long	1318
	.long	4294966899
	.long	4294966210
	.long	4294965330
	.long	777
	.long	4294965604
	.long	4294966501
	.long	4294965300
	.long	611
	.long	4294965356
	.long	1618
	.long	4294965495
	.size	.Lloom_demo_n16.bias, 384

	.type	.Lloom_demo_n16.weights_i16,%object
	.section	.rodata..Lloom_demo_n16.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.weights_i16:
	.short	65412
	.short	65482
	.short	81
	.short	23
	.short	65424
	.short	65427
	.short	68
	.short	127
	.short	65518
	.short	26
	.short	69
	.short	65415
	.short	65429
	.short	43
	.short	10
	.short	65425
	.short	65496
	.short	65503
	.short	51
	.short	22
	.short	65476
	.short	65513
	.short	65449
	.short	23
	.short	65520
	.short	65517
	.short	65451
	.short	65495
	.short	87
	.short	65485
	.short	65412
	.short	65523
	.short	3
	.short	65409
	.short	104
	.short	91
	.short	121
	.short	55
	.short	85
	.short	29
	.short	65425
	.short	65518
	.short	65428
	.short	111
	.short	65438
	.short	118
	.short	44
	.short	115
	.short	73
	.short	65509
	.short	100
	.short	74
	.short	65479
	.short	65479
	.short	65500
	.short	23
	.short	52
	.short	32
	.short	118
	.short	32
	.short	65532
	.short	45
	.short	65527
	.short	65527
	.short	96
	.short	111
	.short	2
	.short	65506
	.short	112
	.short	51
	.short	65523
	.short	99
	.short	54
	.short	65434
	.short	19
	.short	92
	.short	65449
	.short	99
	.short	90
	.short	84
	.short	65510
	.short	32
	.short	65508
	.short	65515
	.short	34
	.short	65410
	.short	65487
	.short	65415
	.short	30
	.short	65481
	.short	69
	.short	14
	.short	42
	.short	65453
	.short	92
	.short	50
	.short	65412
	.short	87
	.short	20
	.short	65482
	.short	65492
	.short	65
	.short	115
	.short	65487
	.short	65514
	.short	65446
	.short	65430
	.short	23
	.short	40
	.short	65506
	.short	65428
	.short	112
	.short	65459
	.short	65472
	.short	65443
	.short	114
	.short	91
	.short	53
	.short	46
	.short	65482
	.short	120
	.short	65498
	.short	65416
	.short	65527
	.short	65450
	.short	65450
	.short	65482
	.short	55
	.short	112
	.short	65485
	.short	112
	.short	93
	.short	65418
	.short	58
	.short	78
	.short	75
	.short	65420
	.short	93
	.short	65470
	.short	45
	.short	65430
	.short	65456
	.short	65434
	.short	10
	.short	93
	.short	65414
	.short	70
	.short	65504
	.short	65494
	.short	31
	.short	65437
	.short	65414
	.short	65433
	.short	65482
	.short	99
	.short	65508
	.short	65535
	.short	74
	.short	65494
	.short	65521
	.short	65497
	.short	109
	.short	65444
	.short	5
	.short	65419
	.short	65451
	.short	65490
	.short	26
	.short	65442
	.short	118
	.short	113
	.short	41
	.short	127
	.short	65428
	.short	106
	.short	65437
	.short	65489
	.short	51
	.short	65481
	.short	65489
	.short	95
	.short	65532
	.short	105
	.short	91
	.short	115
	.short	113
	.short	23
	.short	65451
	.short	48
	.short	98
	.short	42
	.short	65453
	.short	65482
	.short	51
	.short	105
	.short	65431
	.short	35
	.short	45
	.short	1
	.short	65462
	.short	65512
	.short	65511
	.short	65508
	.short	60
	.short	65442
	.short	85
	.short	117
	.short	65429
	.short	65512
	.short	71
	.short	65479
	.short	0
	.short	65436
	.short	18
	.short	117
	.short	65524
	.short	65450
	.short	65415
	.short	93
	.short	86
	.short	80
	.short	14
	.short	65419
	.short	90
	.short	65528
	.short	24
	.short	65469
	.short	65487
	.short	65459
	.short	65469
	.short	65462
	.short	65496
	.short	112
	.short	16
	.short	65502
	.short	65425
	.short	33
	.short	65513
	.short	65475
	.short	65420
	.short	43
	.short	65507
	.short	65456
	.short	66
	.short	65431
	.short	65483
	.short	108
	.short	65451
	.short	65524
	.short	26
	.short	65418
	.short	88
	.short	13
	.short	73
	.short	28
	.short	7
	.short	78
	.short	32
	.short	65519
	.short	111
	.short	100
	.short	122
	.short	51
	.short	92
	.short	65468
	.short	5
	.short	7
	.short	111
	.short	125
	.short	65418
	.short	2
	.short	65488
	.short	65433
	.short	65522
	.short	122
	.short	42
	.short	52
	.short	65443
	.short	65409
	.short	43
	.short	65523
	.short	65495
	.short	65527
	.short	30
	.short	65457
	.short	65415
	.short	63
	.short	65456
	.short	65524
	.short	13
	.short	114
	.short	65443
	.short	65499
	.short	65416
	.short	97
	.short	87
	.short	111
	.short	59
	.short	12
	.short	65436
	.short	6
	.short	65524
	.short	112
	.short	75
	.short	65497
	.short	75
	.short	116
	.short	91
	.short	24
	.short	9
	.short	113
	.short	65493
	.short	123
	.short	65535
	.short	65438
	.short	104
	.short	65446
	.short	56
	.short	119
	.short	63
	.short	65460
	.short	88
	.short	16
	.short	102
	.short	52
	.short	65413
	.short	9
	.short	65483
	.short	90
	.short	24
	.short	14
	.short	65410
	.short	59
	.short	65474
	.short	111
	.short	65472
	.short	65462
	.short	80
	.short	81
	.short	65470
	.short	99
	.short	82
	.short	65484
	.short	22
	.short	65434
	.short	65414
	.short	65510
	.short	76
	.short	18
	.short	65419
	.short	65420
	.short	65453
	.short	65466
	.short	82
	.short	65459
	.short	51
	.short	29
	.short	58
	.short	73
	.short	65436
	.short	65440
	.short	65444
	.short	65514
	.short	65488
	.short	127
	.short	65428
	.short	65469
	.short	65437
	.short	65507
	.short	23
	.short	65
	.short	22
	.short	24
	.short	65488
	.short	7
	.short	65472
	.short	65411
	.short	80
	.short	65488
	.short	76
	.short	54
	.short	65414
	.short	106
	.short	88
	.short	42
	.short	55
	.short	65429
	.short	65464
	.short	84
	.short	65535
	.short	59
	.short	22
	.short	65
	.short	65445
	.short	65486
	.short	112
	.short	51
	.short	4
	.short	65460
	.short	2
	.short	9
	.short	65449
	.short	65477
	.short	65532
	.short	65533
	.short	65426
	.short	65502
	.short	35
	.short	65466
	.short	124
	.short	65514
	.short	65426
	.short	83
	.short	51
	.short	126
	.short	65531
	.short	6
	.short	12
	.short	108
	.short	65425
	.short	65461
	.short	41
	.short	65441
	.short	57
	.short	127
	.short	94
	.short	65460
	.short	111
	.short	65486
	.short	115
	.short	65515
	.short	8
	.short	14
	.short	24
	.short	65473
	.short	65449
	.short	65513
	.short	65467
	.short	55
	.short	62
	.short	65500
	.short	88
	.short	65471
	.short	65429
	.short	53
	.short	67
	.short	65422
	.short	65465
	.short	27
	.short	65448
	.short	65532
	.short	70
	.short	112
	.short	65523
	.short	86
	.short	126
	.short	65447
	.short	65510
	.short	41
	.short	126
	.short	65431
	.short	65517
	.short	107
	.short	65455
	.short	65508
	.short	119
	.short	91
	.short	65503
	.short	65438
	.short	15
	.short	65429
	.short	65419
	.short	52
	.short	50
	.short	18
	.short	127
	.short	123
	.short	65506
	.short	65496
	.short	65485
	.short	65456
	.short	65489
	.short	80
	.short	48
	.short	65503
	.short	63
	.short	65471
	.short	59
	.short	75
	.short	65535
	.short	65506
	.short	15
	.short	65496
	.short	65458
	.short	65477
	.short	65475
	.short	93
	.short	42
	.short	65498
	.short	35
	.short	65498
	.short	94
	.short	39
	.short	124
	.short	65477
	.short	65530
	.short	18
	.short	91
	.short	65432
	.short	7
	.short	65459
	.short	65495
	.short	65436
	.short	65504
	.short	80
	.short	127
	.short	65479
	.short	66
	.short	65508
	.short	77
	.short	65535
	.short	65522
	.short	61
	.short	24
	.short	65511
	.short	65441
	.short	65513
	.short	83
	.short	65483
	.short	65441
	.short	65459
	.short	65411
	.short	65513
	.short	50
	.short	28
	.short	65506
	.short	65516
	.short	65531
	.short	82
	.short	65418
	.short	85
	.short	65424
	.short	65480
	.short	94
	.short	41
	.short	65454
	.short	65419
	.short	45
	.short	65507
	.short	104
	.short	65461
	.short	65458
	.short	65446
	.short	54
	.short	78
	.short	39
	.short	65531
	.short	65436
	.short	16
	.short	116
	.short	65492
	.short	65423
	.short	65451
	.short	65521
	.short	65470
	.short	65425
	.short	65443
	.short	85
	.short	117
	.short	65519
	.short	65456
	.short	88
	.short	65460
	.short	21
	.short	33
	.short	37
	.short	8
	.short	98
	.short	65517
	.short	2
	.short	71
	.short	65441
	.short	65455
	.short	65534
	.short	65456
	.short	89
	.short	44
	.short	94
	.short	91
	.short	91
	.short	85
	.short	47
	.short	96
	.short	23
	.short	49
	.short	65478
	.short	15
	.short	104
	.short	97
	.short	21
	.short	61
	.short	51
	.short	65476
	.short	71
	.short	65513
	.short	65518
	.short	65428
	.short	65522
	.short	67
	.short	65462
	.short	107
	.short	65421
	.short	65475
	.short	40
	.short	76
	.short	65445
	.short	44
	.short	15
	.short	65412
	.short	14
	.short	65518
	.short	65531
	.short	65410
	.short	101
	.short	65513
	.short	19
	.short	17
	.short	65533
	.short	29
	.short	28
	.short	41
	.short	65423
	.short	37
	.short	99
	.short	65476
	.short	120
	.short	41
	.short	65424
	.short	65434
	.short	65492
	.short	88
	.short	91
	.short	53
	.short	23
	.short	65483
	.short	113
	.short	65422
	.short	120
	.short	101
	.short	94
	.short	65433
	.short	99
	.short	65498
	.short	65513
	.short	88
	.short	68
	.short	65455
	.short	65478
	.short	2
	.short	65437
	.short	65415
	.short	91
	.short	47
	.short	115
	.short	65450
	.short	65518
	.short	45
	.short	65472
	.short	43
	.short	65468
	.short	65440
	.short	65427
	.short	79
	.short	67
	.short	65418
	.short	97
	.short	65454
	.short	10
	.short	125
	.short	65509
	.short	15
	.short	92
	.short	87
	.short	101
	.short	65487
	.short	101
	.short	65421
	.short	65473
	.short	21
	.short	65520
	.short	115
	.short	66
	.short	115
	.short	90
	.short	77
	.short	65445
	.short	65415
	.short	81
	.short	12
	.short	107
	.short	97
	.short	65534
	.short	65444
	.short	65482
	.short	65512
	.short	65482
	.short	65499
	.short	18
	.short	29
	.short	65534
	.short	83
	.short	65444
	.short	65435
	.short	65427
	.short	65458
	.short	65457
	.short	109
	.short	65489
	.short	65417
	.short	65450
	.short	65455
	.short	65485
	.short	65493
	.short	7
	.short	65422
	.short	65530
	.short	74
	.short	38
	.short	102
	.short	77
	.short	28
	.short	65508
	.short	93
	.short	65472
	.short	65480
	.short	65473
	.short	65475
	.short	118
	.short	36
	.short	65433
	.short	55
	.short	6
	.short	107
	.short	65534
	.short	65522
	.short	59
	.short	13
	.short	65494
	.short	65478
	.short	38
	.short	55
	.short	65487
	.short	65472
	.short	92
	.short	4
	.short	65510
	.short	65501
	.short	29
	.short	103
	.short	65519
	.short	37
	.short	46
	.short	65492
	.short	65413
	.short	65513
	.short	53
	.short	106
	.short	65525
	.short	80
	.short	65523
	.short	77
	.short	65506
	.short	20
	.short	65452
	.short	114
	.short	73
	.short	65499
	.short	65437
	.short	123
	.short	80
	.short	65416
	.short	65453
	.short	65518
	.short	65498
	.short	105
	.short	65465
	.short	65455
	.short	87
	.short	25
	.short	65481
	.short	65501
	.short	101
	.short	60
	.short	65414
	.short	96
	.short	65533
	.short	65510
	.short	126
	.short	73
	.short	74
	.short	65496
	.short	65529
	.short	78
	.short	28
	.short	65530
	.short	65421
	.short	6
	.short	65504
	.short	4
	.short	65451
	.short	91
	.short	120
	.short	65443
	.short	59
	.short	80
	.short	65438
	.short	65526
	.short	62
	.short	65455
	.short	19
	.short	118
	.short	39
	.short	106
	.short	65453
	.short	79
	.short	65468
	.short	65507
	.short	65474
	.short	65417
	.short	65508
	.short	65528
	.short	65433
	.short	65439
	.short	115
	.short	100
	.short	70
	.short	65458
	.short	70
	.short	65462
	.short	73
	.short	3
	.short	35
	.short	65535
	.short	65465
	.short	41
	.short	118
	.short	75
	.short	65415
	.short	65527
	.short	65523
	.short	78
	.short	126
	.short	65450
	.short	65424
	.short	80
	.short	65446
	.short	121
	.short	54
	.short	65523
	.short	3
	.short	75
	.short	86
	.short	29
	.short	73
	.size	.Lloom_demo_n16.weights_i16, 1728

	.type	.Lloom_demo_n16.multiplier,%object
	.section	.rodata..Lloom_demo_n16.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.multiplier:
	.long	1544401408
	.long	1171241472
	.long	1477608704
	.long	1672001664
	.long	1778240512
	.long	1420044928
	.long	1094874240
	.long	1449659264
	.long	1359527936
	.long	1546280576
	.long	1366726016
	.long	1556386816
	.long	1596435072
	.long	1514400384
	.long	1332121728
	.long	1616332928
	.long	1693010176
	.long	1271458048
	.long	1158675456
	.long	1870367360
	.long	1438823424
	.long	1292536704
	.long	1560162560
	.long	1976981120
	.long	1608288768
	.long	1326563584
	.long	2108306688
	.long	1793879680
	.long	1361188096
	.long	1846508160
	.long	2037655040
	.long	1320121728
	.long	1421838336
	.long	1758637952
	.long	1228180736
	.long	2016750976
	.long	1912297344
	.long	1616899968
	.long	2141140608
	.long	1597603840
	.long	1417821184
	.long	1631205376
	.long	1999822208
	.long	1519430400
	.long	1545890944
	.long	1598376192
	.long	2040625152
	.long	1831934592
	.long	2141291392
	.long	1635883136
	.long	1659857920
	.long	1536921984
	.long	1679820160
	.long	1135012736
	.long	1810298496
	.long	1627931648
	.long	1741859968
	.long	1678030976
	.long	2000606208
	.long	1502426368
	.long	1465163776
	.long	1279917312
	.long	1757581696
	.long	1590904320
	.long	1629672192
	.long	1649485056
	.long	1580593664
	.long	1722362240
	.long	1456843520
	.long	1815896704
	.long	1921995776
	.long	1382091392
	.long	1846399232
	.long	1298433408
	.long	1322226944
	.long	1214471040
	.long	1880450816
	.long	1945498624
	.long	1184282496
	.long	1608306816
	.long	1408913408
	.long	1267041664
	.long	1748564480
	.long	1425257728
	.long	1804540160
	.long	1835560064
	.long	1549532672
	.long	2102644864
	.long	1628892928
	.long	1622128768
	.long	1119510528
	.long	1360696064
	.long	1512189824
	.long	1746342656
	.long	1163933696
	.long	1570649600
	.size	.Lloom_demo_n16.multiplier, 384

	.type	.Lloom_demo_n16.requant_offset,%object
	.section	.rodata..Lloom_demo_n16.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.requant_offset:
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
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
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
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
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294950976
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
	.size	.Lloom_demo_n16.requant_offset, 384

	.type	.Lloom_demo_n16.right_shift,%object
	.section	.rodata..Lloom_demo_n16.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.right_shift:
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	7
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.long	7
	.size	.Lloom_demo_n16.right_shift, 384

	.section	".note.GNU-stack","",%progbits

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
	mvn	r2, #8323199
	str	r2, [r1]
	str	r2, [r1, #4]
	add.w	r12, r0, #480
	str	r2, [r1, #8]
	mov.w	lr, #0
	str	r2, [r1, #12]
	mov.w	r4, #4128
	str	r2, [r1, #16]
	str	r2, [r1, #20]
	str	r2, [r1, #24]
	mvn	r2, #127
	strh	r2, [r1, #52]
	strh.w	r2, [r1, #78]
	strh.w	r2, [r1, #104]
	strh.w	r2, [r1, #130]
	strh.w	r2, [r1, #156]
	strh.w	r2, [r1, #182]
	strh.w	r2, [r1, #208]
	strh.w	r2, [r1, #234]
	strh.w	r2, [r1, #260]
	strh.w	r2, [r1, #286]
	strh.w	r2, [r1, #312]
	sub.w	r2, r0, #3456
	str	r1, [sp, #12]
.LBB0_1:
	movs	r0, #0
	str	r2, [sp, #8]
.LBB0_2:
	adds	r5, r1, r0
	ldrsb.w	r3, [r2, #3456]
	ldrsb.w	r7, [r2, #3936]
	adds	r0, #78
	strh	r3, [r5, #28]
	ldrsb.w	r3, [r2, #3552]
	strh	r3, [r5, #30]
	ldrsb.w	r3, [r2, #3648]
	strh	r3, [r5, #32]
	ldrsb.w	r3, [r2, #3744]
	strh	r3, [r5, #34]
	ldrsb.w	r3, [r2, #3840]
	strh	r3, [r5, #36]
	add.w	r3, r2, #4128
	strh	r7, [r5, #38]
	ldrsb.w	r7, [r2, #4032]
	strh	r7, [r5, #40]
	ldrsb.w	r7, [r3, #96]
	strh	r7, [r5, #44]
	ldrsb.w	r7, [r3, #192]
	strh	r7, [r5, #46]
	ldrsb.w	r7, [r3, #288]
	strh	r7, [r5, #48]
	ldrsb.w	r7, [r3, #384]
	strh	r7, [r5, #50]
	ldrsb.w	r7, [r3, #480]
	strh	r7, [r5, #54]
	ldrsb.w	r7, [r3, #576]
	strh	r7, [r5, #56]
	ldrsb.w	r7, [r3, #672]
	strh	r7, [r5, #58]
	ldrsb.w	r7, [r3, #768]
	strh	r7, [r5, #60]
	ldrsb.w	r7, [r3, #864]
	strh	r7, [r5, #62]
	ldrsb.w	r7, [r3, #960]
	strh.w	r7, [r5, #64]
	ldrsb.w	r7, [r3, #1056]
	strh.w	r7, [r5, #66]
	ldrsb.w	r7, [r3, #1152]
	strh.w	r7, [r5, #68]
	ldrsb.w	r7, [r3, #1248]
	strh.w	r7, [r5, #70]
	ldrsb.w	r7, [r3, #1344]
	strh.w	r7, [r5, #72]
	ldrsb.w	r7, [r3, #1440]
	strh.w	r7, [r5, #74]
	ldrsb.w	r7, [r3, #1536]
	strh.w	r7, [r5, #76]
	ldrsb.w	r7, [r3, #1632]
	strh.w	r7, [r5, #80]
	ldrsb.w	r7, [r3, #1728]
	strh.w	r7, [r5, #82]
	ldrsb.w	r7, [r3, #1824]
	strh.w	r7, [r5, #84]
	ldrsb.w	r7, [r3, #1920]
	strh.w	r7, [r5, #86]
	ldrsb.w	r7, [r3, #2016]
	strh.w	r7, [r5, #88]
	ldrsb.w	r7, [r3, #2112]
	strh.w	r7, [r5, #90]
	ldrsb.w	r7, [r3, #2208]
	strh.w	r7, [r5, #92]
	ldrsb.w	r7, [r3, #2304]
	strh.w	r7, [r5, #94]
	ldrsb.w	r7, [r3, #2400]
	strh.w	r7, [r5, #96]
	ldrsb.w	r7, [r3, #2496]
	ldrsb	r6, [r2, r4]
	add.w	r2, r2, #3456
	strh.w	r7, [r5, #98]
	ldrsb.w	r7, [r3, #2592]
	ldrsb.w	r3, [r3, #2688]
	cmp.w	r0, #312
	strh	r6, [r5, #42]
	strh.w	r7, [r5, #100]
	strh.w	r3, [r5, #102]
	bne.w	.LBB0_2
	movw	r4, :lower16:.Lloom_demo_n16.right_shift
	movw	r2, :lower16:.Lloom_demo_n16.bias
	movt	r4, :upper16:.Lloom_demo_n16.right_shift
	movt	r2, :upper16:.Lloom_demo_n16.bias
	add.w	r0, lr, lr, lsl #3
	movw	r3, :lower16:.Lloom_demo_n16.weights_i16
	ldrb.w	r4, [r4, lr]
	ldr.w	r2, [r2, lr, lsl #2]
	str	r4, [sp, #40]
	movw	r4, :lower16:.Lloom_demo_n16.multiplier
	movt	r4, :upper16:.Lloom_demo_n16.multiplier
	movt	r3, :upper16:.Lloom_demo_n16.weights_i16
	str	r2, [sp, #44]
	add.w	r2, r3, r0, lsl #1
	ldr.w	r4, [r4, lr, lsl #2]
	str	r4, [sp, #80]
	movw	r4, :lower16:.Lloom_demo_n16.requant_offset
	ldr.w	r0, [r3, r0, lsl #1]
	movt	r4, :upper16:.Lloom_demo_n16.requant_offset
	str	r0, [sp, #32]
	ldrsh.w	r0, [r2, #4]
	str.w	lr, [sp]
	str	r0, [sp, #28]
	ldrsh.w	r0, [r2, #10]
	ldr.w	r7, [r4, lr, lsl #2]
	str	r0, [sp, #24]
	ldrsh.w	r0, [r2, #16]
	str	r7, [sp, #76]
	ldr	r7, [r2, #12]
	str	r0, [sp, #20]
	ldr.w	r0, [r2, #6]
	movs	r2, #0
	str	r7, [sp, #36]
	str	r0, [sp, #16]
	str.w	r12, [sp, #4]
.LBB0_4:
	adds	r7, r1, r2
	str.w	r12, [sp, #72]
	str	r2, [sp, #84]
	ldr	r0, [r1, r2]
	ldr.w	r12, [sp, #32]
	ldrsh.w	r2, [r7, #4]
	ldr.w	r8, [sp, #44]
	smlad	r6, r0, r12, r8
	ldr.w	lr, [sp, #28]
	ldr	r0, [r7, #8]
	ldr	r3, [r7, #12]
	ldrsh.w	r1, [r7, #12]
	smlabb	r2, r2, lr, r6
	ldrsh.w	r6, [r7, #16]
	smlad	r0, r0, r12, r8
	ldr	r4, [r7, #4]
	smlad	r3, r3, r12, r8
	ldrsh.w	r5, [r7, #8]
	smlabb	r0, r1, lr, r0
	ldr.w	r9, [sp, #16]
	smlabb	r1, r6, lr, r3
	ldr.w	r6, [r7, #34]
	smlad	r4, r4, r12, r8
	ldr.w	r3, [r7, #26]
	smlad	r0, r6, r9, r0
	ldr.w	r6, [r7, #38]
	smlabb	r5, r5, lr, r4
	ldr.w	r11, [sp, #36]
	smlad	r2, r3, r9, r2
	ldr.w	r3, [r7, #30]
	smlad	r4, r6, r9, r1
	ldrsh.w	r6, [r7, #34]
	smlad	r3, r3, r9, r5
	ldr	r1, [sp, #24]
	ldrsh.w	r5, [r7, #30]
	smlabb	r3, r6, r1, r3
	ldrsh.w	r6, [r7, #42]
	ldr.w	r10, [sp, #20]
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
	smlabb	r4, r5, r1, lr
	ldrsh.w	r3, [r7, #46]
	smlabb	lr, r6, r1, r12
	ldr	r6, [r7, #60]
	ldr	r0, [sp, #60]
	smlad	r9, r6, r11, r4
	ldr	r6, [r7, #64]
	lsls	r5, r0, #1
	smlabb	r0, r3, r1, r8
	smlad	r1, r6, r11, r2
	ldrsh.w	r2, [r7, #64]
	str	r1, [sp, #60]
	ldr	r1, [r7, #72]
	ldrd	r3, r4, [sp, #76]
	@APP
	smmlar	r8, r5, r4, r3
	@NO_APP
	smlad	lr, r1, r11, lr
	ldrsh.w	r1, [r7, #68]
	ldr	r6, [r7, #68]
	add.w	r8, r8, r5, asr #31
	ldr	r5, [sp, #60]
	smlad	r12, r6, r11, r0
	ldrsh.w	r0, [r7, #72]
	smlabb	r2, r2, r10, r9
	ldr	r6, [sp, #64]
	smlabb	r1, r1, r10, r5
	ldr	r5, [sp, #40]
	asr.w	r9, r6, r5
	ldrsh.w	r6, [r7, #76]
	smlabb	r0, r0, r10, r12
	lsls	r2, r2, #1
	@APP
	smmlar	r7, r2, r4, r3
	@NO_APP
	lsls	r1, r1, #1
	smlabb	r6, r6, r10, lr
	add.w	r7, r7, r2, asr #31
	@APP
	smmlar	r2, r1, r4, r3
	@NO_APP
	lsls	r0, r0, #1
	add.w	lr, r2, r1, asr #31
	@APP
	smmlar	r1, r0, r4, r3
	@NO_APP
	lsls	r2, r6, #1
	add.w	r0, r1, r0, asr #31
	@APP
	smmlar	r1, r2, r4, r3
	@NO_APP
	add.w	r6, r1, r2, asr #31
	movw	r4, #65248
	ldrd	r1, r12, [sp, #68]
	asr.w	r3, r1, r5
	movw	r1, #65056
	movt	r1, #65535
	movt	r4, #65535
	ssat	r2, #8, r9
	strb.w	r2, [r12, r1]
	ldr	r1, [sp, #56]
	asr.w	r2, r1, r5
	movw	r1, #65152
	movt	r1, #65535
	asrs	r0, r5
	ssat	r3, #8, r3
	strb.w	r3, [r12, r1]
	asr.w	r3, r8, r5
	ssat	r2, #8, r2
	ldr	r1, [sp, #12]
	strb.w	r2, [r12, r4]
	asr.w	r2, r7, r5
	ssat	r3, #8, r3
	strb	r3, [r12, #-192]
	asr.w	r3, lr, r5
	ssat	r2, #8, r2
	strb.w	r2, [r12, r4]
	ssat	r2, #8, r3
	ssat	r0, #8, r0
	strb	r2, [r12, #-192]
	asr.w	r2, r6, r5
	strb	r0, [r12, #-96]
	ldr	r0, [sp, #84]
	adds	r0, #52
	str	r0, [sp, #84]
	ssat	r0, #8, r2
	ldr	r2, [sp, #84]
	cmp.w	r2, #312
	strb.w	r0, [r12]
	add.w	r12, r12, #576
	bne.w	.LBB0_4
	ldr.w	lr, [sp]
	ldr.w	r12, [sp, #4]
	add.w	lr, lr, #1
	ldr	r2, [sp, #8]
	cmp.w	lr, #96
	add.w	r2, r2, #1
	add.w	r12, r12, #1
	mov.w	r4, #4128
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
	.long	4294952107
	.long	4294934913
	.long	4294943067
	.long	4294956681
	.long	9477
	.long	47996
	.long	31527
	.long	54456
	.long	26707
	.long	4294929145
	.long	22007
	.long	4294946271
	.long	4294966276
	.long	4294946334
	.long	36797
	.long	4294935738
	.long	4294924385
	.long	13025
	.long	4294944284
	.long	4294964820
	.long	64048
	.long	17672
	.long	2450
	.long	4294955967
	.long	5958
	.long	4294939937
	.long	4294918836
	.long	4294956883
	.long	53196
	.long	41288
	.long	4294944299
	.long	4294939533
	.long	20023
	.long	25897
	.long	41903
	.long	50312
	.long	4294960895
	.long	22594
	.long	4294913227
	.long	4294961357
	.long	4294910599
	.long	4294966452
	.long	17017
	.long	18292
	.long	4294945500
	.long	4294958564
	.long	693
	.long	47066
	.long	4294952195
	.long	4294939406
	.long	40387
	.long	22700
	.long	8345
	.long	4294957596
	.long	4294953397
	.long	38433
	.long	4294933599
	.long	29888
	.long	4294942703
	.long	4294947211
	.long	4294951685
	.long	4294957476
	.long	4294915765
	.long	28320
	.long	4294953405
	.long	82896
	.long	37679
	.long	4294952010
	.long	4294954907
	.long	5725
	.long	4294959603
	.long	35333
	.long	27851
	.long	4294951518
	.long	4294938616
	.long	53037
	.long	20536
	.long	30221
	.long	4294951178
	.long	4294891058
	.long	4294957167
	.long	3867
	.long	19126
	.long	4294961221
	.long	4294965158
	.long	24947
	.long	3138
	.long	2898
	.long	31241
	.long	4294949092
	.long	15845
	.long	13236
	.long	4294948963
	.long	22892
	.long	3922
	.long	41463
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
	.ascii	"\007\007\007\007\007\b\007\007\007\007\b\b\b\007\007\007\007\007\007\007\007\007\b\b\007\007\b\007\b\007\b\007\007\b\007\b\b\007\b\b\007\007\b\b\007\007\b\007\b\007\007\007\b\007\b\007\b\b\b\007\007\007\007\007\b\007\007\007\007\007\b\b\b\b\b\007\b\b\007\b\007\007\b\007\007\007\b\b\b\007\007\007\007\007\007\007"
	.size	.Lloom_demo_n16.right_shift, 96

	.section	".note.GNU-stack","",%progbits

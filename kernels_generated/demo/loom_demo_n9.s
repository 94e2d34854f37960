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
	sub	sp, #248
	str	r0, [sp]
	movw	r0, :lower16:.Lloom_demo_n9.bias
	movt	r0, :upper16:.Lloom_demo_n9.bias
	movw	r6, :lower16:.Lloom_demo_n9.weights_i16
	subs	r0, #4
	str	r0, [sp, #24]
	movw	r0, :lower16:.Lloom_demo_n9.requant_offset
	add.w	r2, r1, #143
	movt	r0, :upper16:.Lloom_demo_n9.requant_offset
	movs	r1, #0
	subs	r0, #4
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n9.multiplier
	movt	r6, :upper16:.Lloom_demo_n9.weights_i16
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
	mov	r5, r2
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
	str	r5, [sp, #52]
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
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #184]
	sxtb16	r3, r3
	str	r3, [sp, #180]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #176]
	ldr	r7, [sp, #44]
	sxtb16	r3, r3
	str	r3, [sp, #172]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #168]
	sxtb16	r3, r3
	str	r3, [sp, #164]
	ldr	r3, [r7, r1]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #160]
	sxtb16	r3, r3
	str	r3, [sp, #156]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #152]
	ldr	r7, [sp, #40]
	sxtb16	r3, r3
	str	r3, [sp, #148]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #144]
	sxtb16	r3, r3
	str	r3, [sp, #140]
	ldr	r3, [r7, r1]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #136]
	sxtb16	r3, r3
	str	r3, [sp, #132]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #128]
	ldr	r7, [sp, #36]
	sxtb16	r3, r3
	str	r3, [sp, #124]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #120]
	sxtb16	r3, r3
	str	r3, [sp, #116]
	ldr	r3, [r7, r1]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #112]
	sxtb16	r3, r3
	str	r3, [sp, #108]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #104]
	ldr	r7, [sp, #32]
	sxtb16	r3, r3
	str	r3, [sp, #100]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #96]
	sxtb16	r3, r3
	str	r3, [sp, #92]
	ldr	r3, [r7, r1]
	sxtb16	r4, r3, ror #8
	str	r4, [sp, #88]
	sxtb16	r3, r3
	str	r3, [sp, #84]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #244]
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
	ldr	r2, [sp, #24]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #60]
	sxtb16	r0, r0
	str	r0, [sp, #240]
	ldr	r0, [sp, #12]
	movs	r1, #0
	str	r0, [sp, #236]
	ldr	r0, [sp, #16]
	str	r0, [sp, #232]
	ldr	r0, [sp, #20]
	str	r0, [sp, #228]
.LBB0_3:
	ldr	r0, [r2, #8]!
	add.w	r9, r6, r1
	str	r2, [sp, #216]
	ldr	r11, [r2, #-4]
	ldr	r2, [r6, r1]
	ldr	r7, [sp, #188]
	smlad	r6, r7, r2, r11
	ldr.w	r4, [r9, #4]
	ldr	r3, [sp, #192]
	strd	r5, r1, [sp, #220]
	smlad	r8, r3, r4, r6
	ldr	r1, [sp, #180]
	ldrd	r5, r6, [r9, #48]
	smlad	r7, r7, r5, r0
	smlad	lr, r3, r6, r7
	ldr	r7, [sp, #184]
	smlad	r3, r1, r2, r11
	smlad	r10, r7, r4, r3
	smlad	r3, r1, r5, r0
	smlad	r1, r7, r6, r3
	ldr	r7, [sp, #172]
	str	r1, [sp, #212]
	smlad	r1, r7, r2, r11
	ldr	r3, [sp, #176]
	smlad	r0, r7, r5, r0
	smlad	r11, r3, r4, r1
	ldr.w	r2, [r9, #8]
	smlad	r12, r3, r6, r0
	ldr	r7, [sp, #164]
	ldrd	r6, r1, [r9, #56]
	ldr.w	r4, [r9, #12]
	smlad	r5, r7, r2, r8
	ldr	r3, [sp, #168]
	smlad	r7, r7, r6, lr
	ldr	r0, [sp, #156]
	smlad	r5, r3, r4, r5
	smlad	lr, r3, r1, r7
	ldr	r7, [sp, #160]
	smlad	r3, r0, r2, r10
	smlad	r8, r7, r4, r3
	ldr	r3, [sp, #212]
	smlad	r3, r0, r6, r3
	ldr	r0, [sp, #148]
	smlad	r3, r7, r1, r3
	ldr	r7, [sp, #152]
	smlad	r2, r0, r2, r11
	smlad	r0, r0, r6, r12
	ldr.w	r6, [r9, #16]
	smlad	r11, r7, r4, r2
	ldr	r2, [sp, #144]
	smlad	r0, r7, r1, r0
	ldr	r7, [sp, #140]
	ldr.w	r1, [r9, #20]
	smlad	r5, r7, r6, r5
	smlad	r12, r2, r1, r5
	ldrd	r4, r5, [r9, #64]
	smlad	r7, r7, r4, lr
	ldr.w	lr, [sp, #132]
	smlad	r10, r2, r5, r7
	ldr	r2, [sp, #136]
	smlad	r3, lr, r4, r3
	smlad	r7, lr, r6, r8
	smlad	lr, r2, r5, r3
	ldr	r3, [sp, #124]
	smlad	r7, r2, r1, r7
	smlad	r2, r3, r6, r11
	ldr	r6, [sp, #128]
	smlad	r0, r3, r4, r0
	ldr	r3, [sp, #120]
	smlad	r11, r6, r1, r2
	ldr	r1, [sp, #116]
	smlad	r8, r6, r5, r0
	ldrd	r2, r4, [r9, #24]
	ldrd	r5, r0, [r9, #72]
	smlad	r6, r1, r2, r12
	ldr.w	r12, [sp, #112]
	smlad	r1, r1, r5, r10
	smlad	r6, r3, r4, r6
	smlad	r1, r3, r0, r1
	ldr	r3, [sp, #108]
	smlad	r7, r3, r2, r7
	smlad	r3, r3, r5, lr
	smlad	r10, r12, r4, r7
	smlad	lr, r12, r0, r3
	ldr.w	r12, [sp, #100]
	smlad	r2, r12, r2, r11
	ldr	r3, [sp, #104]
	smlad	r5, r12, r5, r8
	smlad	r11, r3, r4, r2
	ldr	r2, [sp, #92]
	smlad	r12, r3, r0, r5
	ldr	r3, [sp, #96]
	ldrd	r5, r4, [r9, #32]
	ldrd	r0, r7, [r9, #80]
	smlad	r6, r2, r5, r6
	str	r7, [sp, #212]
	smlad	r1, r2, r0, r1
	ldr	r2, [sp, #88]
	smlad	r6, r3, r4, r6
	smlad	r8, r3, r7, r1
	ldr	r3, [sp, #84]
	mov	r1, r7
	smlad	r7, r3, r5, r10
	smlad	r3, r3, r0, lr
	smlad	r10, r2, r1, r3
	ldr	r1, [sp, #80]
	smlad	r7, r2, r4, r7
	ldr	r3, [sp, #244]
	smlad	r2, r1, r5, r11
	smlad	r0, r1, r0, r12
	ldr	r1, [sp, #72]
	smlad	lr, r3, r4, r2
	str	r0, [sp, #208]
	ldrd	r0, r4, [r9, #40]
	ldrd	r12, r3, [r9, #88]
	smlad	r6, r1, r0, r6
	ldr	r2, [sp, #76]
	smlad	r1, r1, r12, r8
	str	r3, [sp, #200]
	smlad	r5, r2, r4, r6
	mov	r6, r3
	smlad	r11, r2, r3, r1
	ldr	r3, [sp, #64]
	smlad	r1, r3, r0, r7
	ldr	r2, [sp, #68]
	smlad	r1, r2, r4, r1
	lsls	r5, r5, #1
	str	r1, [sp, #204]
	ldr	r1, [sp, #240]
	smlad	r7, r3, r12, r10
	ldr	r3, [sp, #228]
	smlad	r8, r1, r0, lr
	ldr	r0, [sp, #232]
	ldr	r9, [r3, #8]!
	lsl.w	r11, r11, #1
	ldr	r10, [r0, #8]!
	str	r3, [sp, #228]
	ldr	r1, [r0, #-4]
	ldr	r3, [r3, #-4]
	@APP
	smmlar	lr, r5, r1, r3
	@NO_APP
	str	r0, [sp, #232]
	add.w	lr, lr, r5, asr #31
	@APP
	smmlar	r5, r11, r10, r9
	@NO_APP
	add.w	r0, r5, r11, asr #31
	smlad	r7, r2, r6, r7
	str	r0, [sp, #196]
	ldr	r2, [sp, #60]
	ldr	r0, [sp, #204]
	smlad	r8, r2, r4, r8
	lsls	r4, r0, #1
	@APP
	smmlar	r5, r4, r1, r3
	@NO_APP
	lsls	r7, r7, #1
	ldr	r0, [sp, #236]
	add.w	r11, r5, r4, asr #31
	@APP
	smmlar	r5, r7, r10, r9
	@NO_APP
	ldr	r4, [r0, #8]!
	add.w	r5, r5, r7, asr #31
	lsl.w	r8, r8, #1
	str	r5, [sp, #204]
	str	r0, [sp, #236]
	ldr	r7, [r0, #-4]
	@APP
	smmlar	r0, r8, r1, r3
	@NO_APP
	ldr	r6, [sp, #244]
	ldrd	r5, r1, [sp, #208]
	asr.w	r3, lr, r7
	smlad	lr, r6, r1, r5
	add.w	r8, r0, r8, asr #31
	ldr	r0, [sp, #240]
	smlad	r6, r0, r12, lr
	ldr	r0, [sp, #196]
	asrs	r0, r4
	ldr	r1, [sp, #200]
	ldr	r5, [sp, #220]
	smlad	r12, r2, r1, r6
	ssat	r0, #8, r0
	ldr	r2, [sp, #204]
	ssat	r3, #8, r3
	strb	r0, [r5, #-142]
	lsl.w	r0, r12, #1
	strb	r3, [r5, #-143]
	asrs	r2, r4
	@APP
	smmlar	r1, r0, r10, r9
	@NO_APP
	asr.w	r3, r8, r7
	add.w	r0, r1, r0, asr #31
	ssat	r1, #8, r2
	ldr	r2, [sp, #216]
	asr.w	r6, r11, r7
	strb	r1, [r5, #-70]
	ssat	r1, #8, r3
	asrs	r0, r4
	strb	r1, [r5, #1]
	ldr	r1, [sp, #224]
	ssat	r7, #8, r6
	movw	r6, :lower16:.Lloom_demo_n9.weights_i16
	adds	r1, #96
	movt	r6, :upper16:.Lloom_demo_n9.weights_i16
	ssat	r0, #8, r0
	cmp.w	r1, #3456
	strb	r7, [r5, #-71]
	strb	r0, [r5, #2]!
	bne.w	.LBB0_3
	ldr	r0, [sp, #56]
	ldr	r5, [sp, #52]
	adds	r0, #1
	adds	r5, #216
	cmp	r0, #4
	bne.w	.LBB0_2
	ldr	r1, [sp, #4]
	ldr	r2, [sp, #8]
	adds	r1, #1
	add.w	r2, r2, #864
	cmp	r1, #12
	bne.w	.LBB0_1
	add	sp, #248
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n9, .Lfunc_end0-loom_demo_n9
	.cantunwind
	.fnend

	.type	.Lloom_demo_n9.bias,%object
	.section	.rodata..Lloom_demo_n9.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.bias:
	.long	4294966652
	.long	486
	.long	4294967216
	.long	4294966956
	.long	4294967022
	.long	592
	.long	4294965899
	.long	4294966076
	.long	4294966122
	.long	516
	.long	1847
	.long	4294966566
	.long	4294966944
	.long	644
	.long	171
	.long	1818
	.long	4294965302
	.long	4294965454
	.long	703
	.long	4294965754
	.long	1358
	.long	602
	.long	4294967186
	.long	293
	.long	1494
	.long	4294967064
	.long	627
	.long	4294966722
	.long	844
	.long	1716
	.long	4294966225
	.long	1450
	.long	4294967239
	.long	4294967165
	.long	4294965762
	.long	753
	.long	4294966786
	.long	4294966475
	.long	4294965949
	.long	674
	.long	876
	.long	1812
	.long	722
	.long	4294966768
	.long	1900
	.long	1560
	.long	4294966399
	.long	57
	.long	869
	.long	433
	.long	4294966860
	.long	4294966474
	.long	341
	.long	1684
	.long	1271
	.long	4294966880
	.long	662
	.long	4294967114
	.long	4294965996
	.long	4294966333
	.long	935
	.long	1242
	.long	4294966882
	.long	996
	.long	4294967002
	.long	428
	.long	1131
	.long	4294966034
	.long	4294966450
	.long	669
	.long	423
	.long	1277
	.size	.Lloom_demo_n9.bias, 288

	.type	.Lloom_demo_n9.weights_i16,%object
	.section	.rodata..Lloom_demo_n9.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.weights_i16:
	.short	61
	.short	65440
	.short	65444
	.short	116
	.short	65449
	.short	47
	.short	93
	.short	65457
	.short	65482
	.short	73
	.short	20
	.short	65466
	.short	65533
	.short	65435
	.short	28
	.short	34
	.short	75
	.short	65522
	.short	65477
	.short	7
	.short	65497
	.short	65486
	.short	65468
	.short	65460
	.short	65466
	.short	65435
	.short	65489
	.short	65514
	.short	81
	.short	65495
	.short	65441
	.short	63
	.short	65471
	.short	65463
	.short	65417
	.short	65410
	.short	65419
	.short	65480
	.short	65434
	.short	65467
	.short	53
	.short	65412
	.short	65456
	.short	88
	.short	38
	.short	65504
	.short	65455
	.short	65418
	.short	65446
	.short	65440
	.short	65428
	.short	114
	.short	65446
	.short	16
	.short	65491
	.short	65516
	.short	47
	.short	42
	.short	65452
	.short	65477
	.short	124
	.short	65442
	.short	81
	.short	65491
	.short	65424
	.short	40
	.short	65435
	.short	30
	.short	65492
	.short	65479
	.short	38
	.short	65418
	.short	74
	.short	65421
	.short	16
	.short	65484
	.short	65436
	.short	107
	.short	108
	.short	58
	.short	65461
	.short	123
	.short	2
	.short	102
	.short	65517
	.short	65444
	.short	113
	.short	99
	.short	65420
	.short	65497
	.short	19
	.short	65457
	.short	88
	.short	4
	.short	81
	.short	99
	.short	65514
	.short	4
	.short	112
	.short	118
	.short	66
	.short	65410
	.short	68
	.short	1
	.short	65
	.short	65500
	.short	65476
	.short	65470
	.short	66
	.short	65487
	.short	100
	.short	64
	.short	102
	.short	44
	.short	65497
	.short	65437
	.short	65465
	.short	65457
	.short	66
	.short	65485
	.short	99
	.short	65432
	.short	0
	.short	65433
	.short	6
	.short	65520
	.short	65448
	.short	95
	.short	65490
	.short	51
	.short	81
	.short	42
	.short	56
	.short	65466
	.short	94
	.short	4
	.short	6
	.short	5
	.short	65523
	.short	65471
	.short	65429
	.short	123
	.short	8
	.short	119
	.short	27
	.short	65513
	.short	65490
	.short	76
	.short	87
	.short	65461
	.short	54
	.short	65465
	.short	65427
	.short	65421
	.short	65458
	.short	52
	.short	65461
	.short	65524
	.short	47
	.short	65499
	.short	45
	.short	65511
	.short	64
	.short	90
	.short	65486
	.short	12
	.short	71
	.short	65506
	.short	65429
	.short	65424
	.short	65507
	.short	123
	.short	63
	.short	23
	.short	31
	.short	65462
	.short	62
	.short	65529
	.short	97
	.short	65443
	.short	65423
	.short	24
	.short	65470
	.short	36
	.short	65480
	.short	106
	.short	123
	.short	65419
	.short	26
	.short	65427
	.short	65410
	.short	113
	.short	84
	.short	65535
	.short	17
	.short	65493
	.short	65504
	.short	65508
	.short	65468
	.short	67
	.short	65451
	.short	65463
	.short	117
	.short	24
	.short	65440
	.short	83
	.short	29
	.short	57
	.short	65418
	.short	65470
	.short	65485
	.short	29
	.short	65453
	.short	65506
	.short	74
	.short	65509
	.short	65420
	.short	80
	.short	111
	.short	65445
	.short	0
	.short	105
	.short	91
	.short	122
	.short	23
	.short	65480
	.short	79
	.short	38
	.short	65423
	.short	60
	.short	98
	.short	66
	.short	74
	.short	65422
	.short	82
	.short	65481
	.short	65528
	.short	127
	.short	121
	.short	65512
	.short	6
	.short	107
	.short	65455
	.short	65414
	.short	93
	.short	55
	.short	88
	.short	65474
	.short	65497
	.short	65445
	.short	48
	.short	45
	.short	65520
	.short	24
	.short	65465
	.short	65448
	.short	65465
	.short	11
	.short	65413
	.short	65493
	.short	65414
	.short	65495
	.short	50
	.short	106
	.short	65
	.short	49
	.short	120
	.short	99
	.short	65534
	.short	88
	.short	65471
	.short	65525
	.short	65420
	.short	30
	.short	65430
	.short	65511
	.short	101
	.short	25
	.short	65497
	.short	65419
	.short	125
	.short	100
	.short	65506
	.short	100
	.short	30
	.short	65499
	.short	48
	.short	65428
	.short	65426
	.short	65512
	.short	75
	.short	93
	.short	65412
	.short	65471
	.short	65450
	.short	62
	.short	65426
	.short	85
	.short	65482
	.short	65425
	.short	65421
	.short	65415
	.short	65458
	.short	65427
	.short	15
	.short	108
	.short	65489
	.short	99
	.short	80
	.short	20
	.short	65434
	.short	29
	.short	112
	.short	117
	.short	65496
	.short	116
	.short	65507
	.short	65497
	.short	100
	.short	65496
	.short	36
	.short	65473
	.short	65432
	.short	65426
	.short	105
	.short	65462
	.short	81
	.short	12
	.short	112
	.short	65496
	.short	27
	.short	65530
	.short	65441
	.short	65439
	.short	65424
	.short	65455
	.short	95
	.short	1
	.short	65472
	.short	97
	.short	65455
	.short	26
	.short	65430
	.short	68
	.short	38
	.short	65488
	.short	65418
	.short	65420
	.short	65419
	.short	65413
	.short	65479
	.short	55
	.short	73
	.short	65464
	.short	80
	.short	65454
	.short	65445
	.short	65482
	.short	65485
	.short	65507
	.short	99
	.short	45
	.short	65461
	.short	57
	.short	37
	.short	112
	.short	92
	.short	65451
	.short	104
	.short	78
	.short	96
	.short	114
	.short	13
	.short	108
	.short	38
	.short	65517
	.short	34
	.short	100
	.short	109
	.short	65481
	.short	65429
	.short	65429
	.short	65516
	.short	119
	.short	75
	.short	18
	.short	65483
	.short	65471
	.short	65434
	.short	65528
	.short	73
	.short	65476
	.short	65485
	.short	2
	.short	57
	.short	65461
	.short	22
	.short	51
	.short	65460
	.short	15
	.short	66
	.short	65509
	.short	65458
	.short	88
	.short	65533
	.short	13
	.short	65520
	.short	16
	.short	85
	.short	65472
	.short	70
	.short	65497
	.short	14
	.short	65522
	.short	65484
	.short	46
	.short	65487
	.short	65416
	.short	116
	.short	65412
	.short	65490
	.short	65425
	.short	65442
	.short	65456
	.short	92
	.short	65446
	.short	65456
	.short	65469
	.short	65428
	.short	61
	.short	2
	.short	65453
	.short	65531
	.short	65429
	.short	42
	.short	126
	.short	65477
	.short	78
	.short	1
	.short	118
	.short	65434
	.short	2
	.short	65475
	.short	92
	.short	65415
	.short	65498
	.short	71
	.short	65458
	.short	65445
	.short	65448
	.short	65491
	.short	65443
	.short	65435
	.short	65432
	.short	85
	.short	65527
	.short	65429
	.short	65518
	.short	28
	.short	86
	.short	65438
	.short	93
	.short	65489
	.short	82
	.short	11
	.short	65477
	.short	102
	.short	80
	.short	65500
	.short	65429
	.short	65432
	.short	75
	.short	2
	.short	65499
	.short	65454
	.short	65409
	.short	52
	.short	65499
	.short	65508
	.short	97
	.short	122
	.short	117
	.short	110
	.short	31
	.short	56
	.short	16
	.short	65495
	.short	65467
	.short	65452
	.short	65427
	.short	65480
	.short	65496
	.short	65498
	.short	65465
	.short	72
	.short	65504
	.short	89
	.short	25
	.short	65490
	.short	52
	.short	74
	.short	65442
	.short	112
	.short	96
	.short	65460
	.short	65472
	.short	65445
	.short	65511
	.short	113
	.short	108
	.short	117
	.short	65435
	.short	33
	.short	65509
	.short	55
	.short	65471
	.short	65474
	.short	65476
	.short	65426
	.short	65431
	.short	65462
	.short	65467
	.short	26
	.short	65440
	.short	65465
	.short	17
	.short	104
	.short	65535
	.short	65496
	.short	65508
	.short	65507
	.short	38
	.short	65420
	.short	65512
	.short	65500
	.short	66
	.short	78
	.short	65424
	.short	2
	.short	65447
	.short	65515
	.short	65507
	.short	65517
	.short	90
	.short	108
	.short	65512
	.short	65483
	.short	111
	.short	102
	.short	92
	.short	55
	.short	65517
	.short	83
	.short	71
	.short	65460
	.short	65411
	.short	65439
	.short	47
	.short	4
	.short	16
	.short	92
	.short	65457
	.short	65429
	.short	93
	.short	119
	.short	49
	.short	23
	.short	28
	.short	21
	.short	65433
	.short	64
	.short	48
	.short	65515
	.short	48
	.short	65412
	.short	34
	.short	65490
	.short	49
	.short	65463
	.short	65433
	.short	65480
	.short	20
	.short	30
	.short	54
	.short	29
	.short	65475
	.short	65463
	.short	6
	.short	21
	.short	56
	.short	65533
	.short	65482
	.short	77
	.short	34
	.short	59
	.short	65452
	.short	65510
	.short	65410
	.short	102
	.short	65531
	.short	65419
	.short	74
	.short	48
	.short	65450
	.short	8
	.short	100
	.short	65434
	.short	109
	.short	61
	.short	104
	.short	65532
	.short	108
	.short	79
	.short	80
	.short	65423
	.short	42
	.short	10
	.short	65432
	.short	65528
	.short	9
	.short	94
	.short	65438
	.short	65477
	.short	0
	.short	65414
	.short	93
	.short	66
	.short	69
	.short	110
	.short	65467
	.short	5
	.short	99
	.short	65469
	.short	65498
	.short	94
	.short	65490
	.short	65506
	.short	61
	.short	26
	.short	65454
	.short	65454
	.short	65422
	.short	65469
	.short	65441
	.short	54
	.short	65411
	.short	65414
	.short	24
	.short	111
	.short	78
	.short	65416
	.short	116
	.short	38
	.short	72
	.short	101
	.short	65506
	.short	76
	.short	72
	.short	0
	.short	65521
	.short	63
	.short	65417
	.short	17
	.short	65481
	.short	77
	.short	127
	.short	119
	.short	45
	.short	30
	.short	65519
	.short	120
	.short	65423
	.short	52
	.short	76
	.short	86
	.short	25
	.short	65461
	.short	109
	.short	65456
	.short	65449
	.short	89
	.short	65498
	.short	92
	.short	49
	.short	72
	.short	65476
	.short	19
	.short	55
	.short	65451
	.short	15
	.short	78
	.short	65492
	.short	65500
	.short	78
	.short	123
	.short	65412
	.short	65431
	.short	65513
	.short	123
	.short	65412
	.short	65519
	.short	65481
	.short	108
	.short	118
	.short	108
	.short	123
	.short	65529
	.short	53
	.short	65476
	.short	65478
	.short	81
	.short	67
	.short	0
	.short	0
	.short	65422
	.short	68
	.short	106
	.short	86
	.short	98
	.short	65451
	.short	65445
	.short	102
	.short	65451
	.short	53
	.short	65431
	.short	61
	.short	31
	.short	65441
	.short	60
	.short	65465
	.short	81
	.short	65495
	.short	65474
	.short	65483
	.short	65473
	.short	80
	.short	49
	.short	123
	.short	97
	.short	65413
	.short	22
	.short	65508
	.short	65418
	.short	65474
	.short	89
	.short	65485
	.short	65462
	.short	34
	.short	65462
	.short	19
	.short	95
	.short	65533
	.short	101
	.short	75
	.short	109
	.short	95
	.short	65521
	.short	96
	.short	68
	.short	112
	.short	65436
	.short	114
	.short	65505
	.short	65419
	.short	65418
	.short	27
	.short	65431
	.short	65498
	.short	65450
	.short	112
	.short	35
	.short	65446
	.short	65
	.short	109
	.short	29
	.short	87
	.short	88
	.short	65511
	.short	47
	.short	65418
	.short	21
	.short	65531
	.short	35
	.short	65445
	.short	65465
	.short	5
	.short	109
	.short	65453
	.short	50
	.short	65450
	.short	65442
	.short	65487
	.short	65460
	.short	100
	.short	65482
	.short	65515
	.short	88
	.short	65503
	.short	65442
	.short	63
	.short	65435
	.short	65484
	.short	65432
	.short	20
	.short	65474
	.short	27
	.short	31
	.short	104
	.short	65525
	.short	65418
	.short	65504
	.short	3
	.short	33
	.short	65522
	.short	65525
	.short	77
	.short	65452
	.short	65535
	.short	23
	.short	85
	.short	65433
	.short	65467
	.short	96
	.short	65476
	.short	68
	.short	65460
	.short	109
	.short	65515
	.short	94
	.short	65449
	.short	65526
	.short	65457
	.short	65528
	.short	115
	.short	65
	.short	65514
	.short	65445
	.short	114
	.short	114
	.short	65445
	.short	35
	.short	8
	.short	66
	.short	65456
	.short	65437
	.short	75
	.short	65515
	.short	62
	.short	114
	.short	28
	.short	7
	.short	123
	.short	36
	.short	65411
	.short	65417
	.short	65444
	.short	65
	.short	45
	.short	65474
	.short	65439
	.short	70
	.short	28
	.short	65425
	.short	65436
	.short	51
	.short	27
	.short	40
	.short	83
	.short	65525
	.short	65492
	.short	14
	.short	59
	.short	65434
	.short	18
	.short	7
	.short	50
	.short	65
	.short	124
	.short	103
	.short	127
	.short	65440
	.short	65454
	.short	65485
	.short	97
	.short	65512
	.short	46
	.short	64
	.short	65484
	.short	42
	.short	65425
	.short	65429
	.short	34
	.short	46
	.short	65476
	.short	65454
	.short	29
	.short	92
	.short	92
	.short	95
	.short	65436
	.short	70
	.short	65435
	.short	65453
	.short	65500
	.short	65531
	.short	65481
	.short	29
	.short	65504
	.short	75
	.short	65483
	.short	118
	.short	65433
	.short	19
	.short	65457
	.short	22
	.short	65524
	.short	39
	.short	106
	.short	114
	.short	65445
	.short	113
	.short	33
	.short	113
	.short	65411
	.short	65435
	.short	74
	.short	65467
	.short	67
	.short	65461
	.short	65478
	.short	42
	.short	59
	.short	65508
	.short	52
	.short	65471
	.short	65452
	.short	4
	.short	51
	.short	65452
	.short	87
	.short	13
	.short	44
	.short	65410
	.short	65483
	.short	65426
	.short	65425
	.short	65428
	.short	70
	.short	101
	.short	14
	.short	65480
	.short	13
	.short	26
	.short	24
	.short	81
	.short	92
	.short	35
	.short	65532
	.short	65418
	.short	65425
	.short	44
	.short	65515
	.short	73
	.short	75
	.short	5
	.short	119
	.short	127
	.short	73
	.short	74
	.short	65474
	.short	96
	.short	65429
	.short	65427
	.short	89
	.short	117
	.short	44
	.short	21
	.short	50
	.short	65520
	.short	65443
	.short	65499
	.short	25
	.short	65456
	.short	125
	.short	126
	.short	65478
	.short	70
	.short	65455
	.short	65529
	.short	87
	.short	65433
	.short	65522
	.short	28
	.short	65488
	.short	31
	.short	108
	.short	124
	.short	109
	.short	1
	.short	65444
	.short	65535
	.short	78
	.short	65510
	.short	65510
	.short	65418
	.short	82
	.short	53
	.short	64
	.short	65462
	.short	65409
	.short	109
	.short	62
	.short	65473
	.short	51
	.short	65415
	.short	65494
	.short	65501
	.short	65470
	.short	38
	.short	65479
	.short	32
	.short	65511
	.short	89
	.short	65416
	.short	65434
	.short	65517
	.short	61
	.short	65414
	.short	65519
	.short	65454
	.short	65473
	.short	65463
	.short	65492
	.short	65522
	.short	72
	.short	65490
	.short	71
	.short	65494
	.short	65485
	.short	65475
	.short	61
	.short	36
	.short	63
	.short	65447
	.short	25
	.short	87
	.short	65417
	.short	35
	.short	41
	.short	65460
	.short	65455
	.short	65511
	.short	125
	.short	4
	.short	92
	.short	34
	.short	11
	.short	29
	.short	14
	.short	65464
	.short	65479
	.short	118
	.short	65511
	.short	42
	.short	65524
	.short	39
	.short	65527
	.short	33
	.short	16
	.short	65431
	.short	81
	.short	65428
	.short	36
	.short	101
	.short	116
	.short	28
	.short	45
	.short	10
	.short	65409
	.short	65507
	.short	65446
	.short	69
	.short	65483
	.short	97
	.short	72
	.short	65532
	.short	125
	.short	80
	.short	65419
	.short	65439
	.short	65486
	.short	58
	.short	29
	.short	123
	.short	65426
	.short	46
	.short	30
	.short	65497
	.short	65468
	.short	65523
	.short	38
	.short	4
	.short	65531
	.short	65522
	.short	36
	.short	17
	.short	65454
	.short	65444
	.short	62
	.short	123
	.short	65526
	.short	10
	.short	65514
	.short	65438
	.short	28
	.short	65416
	.short	59
	.short	65519
	.short	109
	.short	122
	.short	15
	.short	113
	.short	125
	.short	36
	.short	93
	.short	65526
	.short	65425
	.short	70
	.short	65480
	.short	65484
	.short	65513
	.short	65435
	.short	55
	.short	117
	.short	65528
	.short	98
	.short	65456
	.short	65476
	.short	88
	.short	122
	.short	65466
	.short	65534
	.short	44
	.short	75
	.short	84
	.short	114
	.short	65497
	.short	65422
	.short	76
	.short	65501
	.short	65417
	.short	65531
	.short	65524
	.short	23
	.short	65446
	.short	13
	.short	72
	.short	65
	.short	65525
	.short	65487
	.short	65428
	.short	94
	.short	46
	.short	65489
	.short	65525
	.short	65430
	.short	64
	.short	42
	.short	65488
	.short	103
	.short	48
	.short	65416
	.short	120
	.short	70
	.short	65410
	.short	118
	.short	108
	.short	65524
	.short	65497
	.short	65526
	.short	25
	.short	65460
	.short	65424
	.short	65419
	.short	50
	.short	65508
	.short	127
	.short	93
	.short	63
	.short	54
	.short	13
	.short	50
	.short	83
	.short	65481
	.short	65521
	.short	52
	.short	65505
	.short	65467
	.short	65518
	.short	65508
	.short	60
	.short	65430
	.short	65440
	.short	65455
	.short	65448
	.short	65469
	.short	65518
	.short	65486
	.short	29
	.short	46
	.short	54
	.short	65526
	.short	22
	.short	15
	.short	116
	.short	19
	.short	65532
	.short	65493
	.short	65492
	.short	90
	.short	20
	.short	25
	.short	65468
	.short	76
	.short	65479
	.short	59
	.short	43
	.short	105
	.short	65503
	.short	65417
	.short	120
	.short	65529
	.short	65428
	.short	65456
	.short	41
	.short	65460
	.short	65493
	.short	61
	.short	117
	.short	62
	.short	65475
	.short	8
	.short	53
	.short	65444
	.short	65413
	.short	65509
	.short	38
	.short	78
	.short	18
	.short	65527
	.short	78
	.short	95
	.short	15
	.short	0
	.short	65525
	.short	36
	.short	65519
	.short	76
	.short	38
	.short	9
	.short	65450
	.short	38
	.short	76
	.short	65518
	.short	111
	.short	65498
	.short	36
	.short	20
	.short	96
	.short	41
	.short	65432
	.short	65419
	.short	51
	.short	19
	.short	47
	.short	65463
	.short	65
	.short	47
	.short	65468
	.short	11
	.short	65472
	.short	65483
	.short	97
	.short	82
	.short	65512
	.short	119
	.short	19
	.short	110
	.short	92
	.short	65511
	.short	65481
	.short	65475
	.short	65448
	.short	65483
	.short	65493
	.short	119
	.short	106
	.short	117
	.short	65429
	.short	65429
	.short	41
	.short	65501
	.short	45
	.short	67
	.short	65446
	.short	65492
	.short	65500
	.short	121
	.short	65463
	.short	87
	.short	65511
	.short	65494
	.short	125
	.short	65495
	.short	65515
	.short	119
	.short	50
	.short	85
	.short	65462
	.short	84
	.short	65414
	.short	65523
	.short	65485
	.short	65429
	.short	87
	.short	9
	.short	4
	.short	44
	.short	65411
	.short	121
	.short	65523
	.short	35
	.short	93
	.short	33
	.short	126
	.short	65492
	.short	65509
	.short	58
	.short	25
	.short	103
	.short	65482
	.short	32
	.short	55
	.short	73
	.short	62
	.short	27
	.short	111
	.short	9
	.short	65411
	.short	65411
	.short	65448
	.short	65456
	.short	65490
	.short	64
	.short	49
	.short	65500
	.short	47
	.short	110
	.short	95
	.short	65449
	.short	58
	.short	84
	.short	65462
	.short	65532
	.short	123
	.short	65507
	.short	65526
	.short	75
	.short	49
	.short	33
	.short	65412
	.short	51
	.short	65414
	.short	65522
	.short	64
	.short	65472
	.short	24
	.short	65421
	.short	65475
	.short	65518
	.short	65505
	.short	114
	.short	69
	.short	65436
	.short	54
	.short	16
	.short	65457
	.short	65423
	.short	75
	.short	94
	.short	65522
	.short	65449
	.short	5
	.short	67
	.short	65480
	.short	65414
	.short	65440
	.short	88
	.short	65418
	.short	67
	.short	65530
	.short	127
	.short	34
	.short	65509
	.short	65451
	.short	74
	.short	13
	.short	22
	.short	65484
	.short	40
	.short	65428
	.short	112
	.short	65529
	.short	65435
	.short	83
	.short	65465
	.short	4
	.short	46
	.short	65520
	.short	24
	.short	65504
	.short	18
	.short	122
	.short	3
	.short	39
	.short	117
	.short	9
	.short	65513
	.short	65414
	.short	5
	.short	65446
	.short	85
	.short	65501
	.short	65454
	.short	62
	.short	94
	.short	65527
	.short	65509
	.short	109
	.short	65419
	.short	36
	.short	65490
	.short	57
	.short	65512
	.short	31
	.short	65456
	.short	65486
	.short	65494
	.short	65482
	.short	70
	.short	65510
	.short	110
	.short	0
	.short	65443
	.short	65434
	.short	25
	.short	14
	.short	97
	.short	65470
	.short	116
	.short	121
	.short	65450
	.short	75
	.short	65473
	.short	65425
	.short	65414
	.short	117
	.short	65533
	.short	10
	.short	0
	.short	65438
	.short	65446
	.short	65488
	.short	115
	.short	65433
	.short	65459
	.short	51
	.short	86
	.short	40
	.short	22
	.short	117
	.short	65418
	.short	122
	.short	93
	.short	65493
	.short	27
	.short	92
	.short	80
	.short	108
	.short	65526
	.short	65437
	.short	74
	.short	68
	.short	65474
	.short	124
	.short	65497
	.short	115
	.short	65430
	.short	20
	.short	35
	.short	65411
	.short	56
	.short	65464
	.short	61
	.short	75
	.short	80
	.short	103
	.short	65433
	.short	65486
	.short	65496
	.short	65410
	.short	65418
	.short	65487
	.short	65469
	.short	65461
	.short	11
	.short	109
	.short	103
	.short	65529
	.short	65529
	.short	65457
	.short	83
	.short	41
	.short	16
	.short	65505
	.short	65528
	.short	65521
	.short	65
	.short	65532
	.short	65461
	.short	44
	.short	65460
	.short	65450
	.short	105
	.short	98
	.short	101
	.short	65533
	.short	65488
	.short	65453
	.short	65523
	.short	45
	.short	0
	.short	65437
	.short	57
	.short	56
	.short	65514
	.short	65496
	.short	65418
	.short	65533
	.short	83
	.short	65440
	.short	75
	.short	65458
	.short	65460
	.short	65413
	.short	65
	.short	65482
	.short	65468
	.short	75
	.short	47
	.short	85
	.short	2
	.short	65509
	.short	36
	.short	65535
	.short	65470
	.short	65434
	.short	65527
	.short	65461
	.short	64
	.short	78
	.short	26
	.short	65456
	.short	65510
	.short	44
	.short	65436
	.short	65444
	.short	65517
	.short	119
	.short	62
	.short	65523
	.short	126
	.short	65503
	.short	65509
	.short	65441
	.short	65506
	.short	14
	.short	65461
	.short	65453
	.short	65497
	.short	65468
	.short	65496
	.short	65436
	.short	104
	.short	42
	.short	65446
	.short	65462
	.short	65
	.short	5
	.short	79
	.short	59
	.short	71
	.short	83
	.short	65435
	.short	65481
	.short	65451
	.short	63
	.short	65459
	.short	58
	.short	65422
	.short	41
	.short	65437
	.short	82
	.short	65488
	.short	56
	.short	67
	.short	65514
	.short	10
	.short	65445
	.short	115
	.short	113
	.short	2
	.short	65409
	.short	85
	.short	65
	.short	67
	.short	65456
	.short	75
	.short	17
	.short	40
	.short	110
	.short	65535
	.short	65526
	.short	65506
	.short	65521
	.short	109
	.short	65534
	.short	65525
	.short	65421
	.short	70
	.short	65517
	.short	41
	.short	65497
	.short	65525
	.short	7
	.short	65413
	.short	65458
	.short	112
	.short	65534
	.short	18
	.short	65471
	.short	65488
	.short	49
	.short	90
	.short	65423
	.short	32
	.short	65412
	.short	127
	.short	44
	.short	82
	.short	65445
	.short	65490
	.short	20
	.short	65518
	.short	65479
	.short	65436
	.short	50
	.short	65419
	.short	65520
	.short	65482
	.short	15
	.short	65529
	.short	65509
	.short	65466
	.short	65519
	.short	65494
	.short	65446
	.short	123
	.short	117
	.short	65456
	.short	6
	.short	65452
	.short	65494
	.short	52
	.short	44
	.short	65517
	.short	62
	.short	65441
	.short	65424
	.short	89
	.short	65496
	.short	77
	.short	65475
	.short	65460
	.short	65513
	.short	26
	.short	50
	.short	18
	.short	65484
	.short	109
	.short	64
	.short	105
	.short	61
	.short	65439
	.short	65409
	.short	65492
	.short	67
	.short	65486
	.short	16
	.short	118
	.short	115
	.short	76
	.short	86
	.short	65486
	.short	65452
	.short	88
	.short	65506
	.short	65445
	.short	17
	.short	65532
	.short	65511
	.short	65521
	.short	65506
	.short	123
	.short	65515
	.short	109
	.short	43
	.short	65410
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

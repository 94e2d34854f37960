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
	lsl.w	r1, r1, #1
	ldr	r5, [r10, #4]!
	lsl.w	r3, r3, #1
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
	.long	4294948696
	.long	4294914389
	.long	4294947246
	.long	38485
	.long	11806
	.long	4294888960
	.long	26406
	.long	56793
	.long	122624
	.long	98951
	.long	4294928827
	.long	35950
	.long	4294886556
	.long	4294945985
	.long	42274
	.long	1493
	.long	13507
	.long	55550
	.long	98138
	.long	38507
	.long	88227
	.long	4294957067
	.long	4294872124
	.long	94232
	.size	.Lloom_demo_n8.bias_folded, 96

	.type	.Lloom_demo_n8.weights_i16,%object
	.section	.rodata..Lloom_demo_n8.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n8.weights_i16:
	.short	70
	.short	6
	.short	65442
	.short	65514
	.short	115
	.short	65512
	.short	82
	.short	48
	.short	65521
	.short	9
	.short	114
	.short	65458
	.short	65493
	.short	65485
	.short	65489
	.short	126
	.short	65497
	.short	39
	.short	14
	.short	65470
	.short	16
	.short	65502
	.short	65533
	.short	64
	.short	65470
	.short	65449
	.short	16
	.short	65414
	.short	65476
	.short	65489
	.short	65513
	.short	65417
	.short	117
	.short	65458
	.short	65439
	.short	47
	.short	95
	.short	29
	.short	65507
	.short	65518
	.short	65500
	.short	125
	.short	65427
	.short	65485
	.short	54
	.short	65420
	.short	114
	.short	120
	.short	65462
	.short	65418
	.short	33
	.short	65439
	.short	65414
	.short	65459
	.short	121
	.short	65488
	.short	65500
	.short	20
	.short	65501
	.short	78
	.short	83
	.short	21
	.short	65433
	.short	65468
	.short	74
	.short	65416
	.short	15
	.short	8
	.short	50
	.short	65429
	.short	97
	.short	29
	.short	65455
	.short	65466
	.short	71
	.short	65494
	.short	15
	.short	65521
	.short	65444
	.short	68
	.short	77
	.short	65497
	.short	65485
	.short	65516
	.short	10
	.short	65489
	.short	65506
	.short	111
	.short	65470
	.short	65521
	.short	18
	.short	51
	.short	65468
	.short	69
	.short	105
	.short	65526
	.short	107
	.short	98
	.short	126
	.short	112
	.short	65506
	.short	65442
	.short	47
	.short	65436
	.short	65477
	.short	65436
	.short	65464
	.short	82
	.short	65435
	.short	92
	.short	65518
	.short	65413
	.short	65500
	.short	110
	.short	51
	.short	12
	.short	39
	.short	65504
	.short	65448
	.short	65434
	.short	65512
	.short	46
	.short	65482
	.short	65446
	.short	3
	.short	65513
	.short	65522
	.short	30
	.short	14
	.short	65420
	.short	26
	.short	65532
	.short	63
	.short	65506
	.short	65516
	.short	65507
	.short	59
	.short	65453
	.short	113
	.short	18
	.short	62
	.short	25
	.short	65510
	.short	65510
	.short	65426
	.short	65505
	.short	55
	.short	65492
	.short	77
	.short	109
	.short	95
	.short	65412
	.short	80
	.short	65505
	.short	83
	.short	34
	.short	27
	.short	21
	.short	65458
	.short	106
	.short	3
	.short	65414
	.short	65
	.short	83
	.short	29
	.short	117
	.short	65526
	.short	65485
	.short	65435
	.short	65418
	.short	65523
	.short	65445
	.short	65427
	.short	71
	.short	65488
	.short	62
	.short	31
	.short	34
	.short	65420
	.short	106
	.short	65519
	.short	100
	.short	42
	.short	35
	.short	65483
	.short	65423
	.short	76
	.short	65492
	.short	103
	.short	100
	.short	65527
	.short	65516
	.short	54
	.short	12
	.short	78
	.short	52
	.short	65471
	.short	54
	.short	18
	.short	2
	.short	65495
	.short	65435
	.short	65499
	.short	65523
	.short	65452
	.short	127
	.short	57
	.short	65
	.short	65414
	.short	116
	.short	65519
	.short	65511
	.short	34
	.short	59
	.short	73
	.short	65410
	.short	65414
	.short	106
	.short	65486
	.short	68
	.short	65499
	.short	85
	.short	125
	.short	50
	.short	65523
	.short	65459
	.short	32
	.short	65439
	.short	70
	.short	32
	.short	65481
	.short	65427
	.short	82
	.short	52
	.short	19
	.short	16
	.short	65463
	.short	65441
	.short	65469
	.short	65527
	.short	65418
	.short	31
	.short	65418
	.short	74
	.short	79
	.short	90
	.short	65465
	.short	50
	.short	65426
	.short	65461
	.short	65453
	.short	44
	.short	65454
	.short	125
	.short	29
	.short	65452
	.short	42
	.short	65505
	.short	65437
	.short	65419
	.short	59
	.short	65482
	.short	65409
	.short	127
	.short	54
	.short	65409
	.short	36
	.short	65523
	.short	22
	.short	65423
	.short	65477
	.short	16
	.short	65486
	.short	65534
	.short	65512
	.short	65500
	.short	99
	.short	65447
	.short	46
	.short	98
	.short	65452
	.short	23
	.short	58
	.short	6
	.short	6
	.short	65523
	.short	64
	.short	65428
	.short	65496
	.short	65521
	.short	65527
	.short	65412
	.short	5
	.short	14
	.short	65414
	.short	72
	.short	65441
	.short	65492
	.short	101
	.short	2
	.short	65508
	.short	6
	.short	65433
	.short	116
	.short	65495
	.short	65458
	.short	65430
	.short	116
	.short	86
	.short	18
	.short	124
	.short	65440
	.short	89
	.short	82
	.short	36
	.short	13
	.short	127
	.short	58
	.short	33
	.short	27
	.short	65494
	.short	65445
	.short	113
	.short	53
	.short	17
	.short	66
	.short	48
	.short	39
	.short	84
	.short	65456
	.short	65503
	.short	65417
	.short	41
	.short	65428
	.short	65459
	.short	82
	.short	39
	.short	65524
	.short	65518
	.short	115
	.short	65530
	.short	65451
	.short	65417
	.short	99
	.short	72
	.short	11
	.short	65440
	.short	112
	.short	65505
	.short	65466
	.short	65434
	.short	65490
	.short	94
	.short	4
	.short	23
	.short	102
	.short	65532
	.short	17
	.short	65430
	.short	65466
	.short	34
	.short	65533
	.short	120
	.short	52
	.short	65440
	.short	13
	.short	65487
	.short	24
	.short	24
	.short	113
	.short	86
	.short	102
	.short	61
	.short	65470
	.short	50
	.short	58
	.short	65477
	.short	91
	.short	65436
	.short	91
	.short	65501
	.short	30
	.short	65529
	.short	65519
	.short	59
	.short	65424
	.short	43
	.short	108
	.short	65510
	.short	53
	.short	65453
	.short	88
	.short	117
	.short	65441
	.short	101
	.short	65448
	.short	65427
	.short	125
	.short	65529
	.short	65474
	.short	78
	.short	72
	.short	102
	.short	6
	.short	65410
	.short	97
	.short	48
	.short	65448
	.short	118
	.short	65480
	.short	57
	.short	96
	.short	54
	.short	71
	.short	65534
	.short	48
	.short	65472
	.short	94
	.short	46
	.short	126
	.short	116
	.short	65463
	.short	1
	.short	103
	.short	70
	.short	60
	.short	65455
	.short	65414
	.short	127
	.short	65422
	.short	65522
	.short	65533
	.short	65501
	.short	44
	.short	65531
	.short	65512
	.short	50
	.short	65437
	.short	65456
	.short	65528
	.short	87
	.short	74
	.short	124
	.short	65526
	.short	65473
	.short	65474
	.short	116
	.short	65532
	.short	119
	.short	65446
	.short	85
	.short	8
	.short	47
	.short	0
	.short	43
	.short	95
	.short	65481
	.short	65511
	.short	65530
	.short	65422
	.short	125
	.short	65515
	.short	115
	.short	125
	.short	65513
	.short	6
	.short	62
	.short	104
	.short	11
	.short	65514
	.short	100
	.short	65460
	.short	46
	.short	65488
	.short	65485
	.short	50
	.short	27
	.short	65413
	.short	55
	.short	92
	.short	6
	.short	65436
	.short	2
	.short	65504
	.short	65531
	.short	65501
	.short	22
	.short	65443
	.short	108
	.short	47
	.short	31
	.short	84
	.short	94
	.short	116
	.short	65507
	.short	6
	.short	81
	.short	65469
	.short	65514
	.short	113
	.short	10
	.short	50
	.short	111
	.short	65493
	.short	19
	.short	65430
	.short	127
	.short	33
	.short	52
	.short	65514
	.short	65493
	.short	65535
	.short	65420
	.short	65531
	.short	65416
	.short	65435
	.short	65493
	.short	65513
	.short	65454
	.short	65410
	.short	65470
	.short	31
	.short	78
	.short	65421
	.short	84
	.short	36
	.short	65413
	.short	65428
	.short	65456
	.short	65410
	.short	65409
	.short	22
	.short	65427
	.short	51
	.short	65422
	.short	92
	.short	3
	.short	72
	.short	24
	.short	32
	.short	65485
	.short	107
	.short	126
	.short	105
	.short	2
	.short	50
	.short	54
	.short	54
	.short	76
	.short	43
	.short	64
	.short	90
	.short	2
	.short	65453
	.short	27
	.short	78
	.short	65522
	.short	14
	.short	39
	.short	65479
	.short	89
	.short	65491
	.short	65442
	.short	65434
	.short	91
	.short	51
	.short	65411
	.short	65509
	.short	108
	.short	65457
	.short	65534
	.short	51
	.short	9
	.short	65420
	.short	65495
	.short	55
	.short	111
	.short	42
	.short	65489
	.short	65441
	.short	65516
	.short	65458
	.short	63
	.short	8
	.short	65476
	.short	0
	.short	14
	.short	65514
	.short	65497
	.short	21
	.short	65455
	.short	87
	.short	79
	.short	11
	.short	65524
	.short	65451
	.short	65533
	.short	101
	.short	65525
	.short	65493
	.short	35
	.short	65444
	.short	65462
	.short	31
	.short	65448
	.short	65468
	.short	65490
	.short	65476
	.short	65445
	.short	65457
	.short	65490
	.short	65494
	.short	65457
	.short	65497
	.short	58
	.short	19
	.short	65498
	.short	120
	.short	65466
	.short	87
	.short	47
	.short	25
	.short	65522
	.short	65482
	.short	40
	.short	38
	.short	65480
	.short	65518
	.short	51
	.short	95
	.short	65513
	.short	47
	.short	65532
	.short	65413
	.short	65411
	.short	65497
	.short	65503
	.short	65470
	.short	9
	.short	65452
	.short	27
	.short	50
	.short	49
	.short	65438
	.short	91
	.short	83
	.short	65531
	.short	65516
	.short	65416
	.short	65417
	.short	65460
	.short	90
	.short	68
	.short	65480
	.short	65527
	.short	111
	.short	17
	.short	112
	.short	65500
	.short	103
	.short	65532
	.short	65441
	.short	81
	.short	65454
	.short	19
	.short	61
	.short	65417
	.short	65427
	.short	71
	.short	85
	.short	78
	.short	65410
	.short	65493
	.short	122
	.short	65424
	.short	46
	.short	65505
	.short	65475
	.short	8
	.short	65445
	.short	83
	.short	111
	.short	65520
	.short	65482
	.short	104
	.short	39
	.short	118
	.short	36
	.short	103
	.short	65519
	.short	65478
	.short	111
	.short	65
	.short	116
	.short	71
	.short	9
	.short	85
	.short	65424
	.short	49
	.short	65479
	.short	65494
	.short	81
	.short	65447
	.short	65478
	.short	65494
	.short	9
	.short	65477
	.short	65449
	.short	65521
	.short	124
	.short	111
	.short	20
	.short	65444
	.short	65476
	.short	35
	.short	65465
	.short	65420
	.short	21
	.short	65485
	.short	74
	.short	65412
	.short	65477
	.short	51
	.short	65513
	.short	65450
	.short	65515
	.short	56
	.short	71
	.short	123
	.short	113
	.short	40
	.short	31
	.short	65468
	.short	22
	.short	65451
	.short	65507
	.short	29
	.short	65515
	.short	65417
	.short	65515
	.short	66
	.short	25
	.short	65456
	.short	65515
	.short	65445
	.short	65495
	.short	65518
	.short	120
	.short	41
	.short	10
	.short	65465
	.short	39
	.short	65520
	.short	65510
	.short	65485
	.short	8
	.short	65518
	.short	65509
	.short	53
	.short	65481
	.short	97
	.short	65522
	.short	10
	.short	65531
	.short	65525
	.short	111
	.short	111
	.short	65533
	.short	21
	.short	65415
	.short	87
	.short	65434
	.short	2
	.short	65494
	.short	89
	.short	65475
	.short	65441
	.short	115
	.short	31
	.short	65410
	.short	65483
	.short	65467
	.short	65472
	.short	70
	.short	85
	.short	56
	.short	44
	.short	65422
	.short	65479
	.short	100
	.short	76
	.short	65449
	.short	95
	.short	65466
	.short	65470
	.short	65491
	.short	65452
	.short	65520
	.short	102
	.short	73
	.short	65504
	.short	80
	.short	99
	.short	65417
	.short	122
	.short	68
	.short	65535
	.short	65485
	.short	65512
	.short	65511
	.short	33
	.short	73
	.short	87
	.short	65517
	.short	109
	.short	65462
	.short	33
	.short	69
	.short	70
	.short	65409
	.short	7
	.short	65449
	.short	51
	.short	65423
	.short	65496
	.short	44
	.short	62
	.short	65497
	.short	65436
	.short	65476
	.short	65478
	.short	65469
	.short	94
	.short	65435
	.short	0
	.short	65451
	.short	13
	.short	23
	.short	105
	.short	82
	.short	42
	.short	15
	.short	65490
	.short	76
	.short	70
	.short	100
	.short	65483
	.short	74
	.short	65532
	.short	59
	.short	51
	.short	105
	.short	37
	.short	65495
	.short	8
	.short	86
	.short	66
	.short	65521
	.short	119
	.short	65434
	.short	12
	.short	65514
	.short	54
	.short	65502
	.short	65453
	.short	81
	.short	95
	.short	65448
	.short	104
	.short	65490
	.short	65517
	.short	65524
	.short	121
	.short	65510
	.short	65469
	.short	119
	.short	115
	.short	65482
	.short	70
	.short	65489
	.short	120
	.short	90
	.short	86
	.short	33
	.short	127
	.short	83
	.short	65533
	.short	65481
	.short	65484
	.short	23
	.short	94
	.short	65492
	.short	108
	.short	65478
	.short	53
	.short	28
	.short	65417
	.short	65473
	.short	93
	.short	93
	.short	49
	.short	65520
	.short	65497
	.short	65469
	.short	65499
	.short	65438
	.short	65475
	.short	115
	.short	73
	.short	65476
	.short	65469
	.short	80
	.short	47
	.short	9
	.short	65438
	.short	65412
	.short	88
	.short	65442
	.short	65484
	.short	65493
	.short	65468
	.short	65486
	.short	65423
	.short	65490
	.short	122
	.short	65508
	.short	65489
	.short	66
	.short	52
	.short	67
	.short	106
	.short	65466
	.short	112
	.short	62
	.short	73
	.short	62
	.short	65501
	.short	65425
	.short	87
	.short	65480
	.short	65
	.short	65516
	.short	46
	.short	67
	.short	41
	.short	65498
	.short	65508
	.short	88
	.short	66
	.short	65447
	.short	52
	.short	65525
	.short	65432
	.short	73
	.short	39
	.short	99
	.short	65522
	.short	65506
	.short	65507
	.short	105
	.short	65500
	.short	13
	.short	29
	.short	123
	.short	24
	.short	39
	.short	65526
	.short	5
	.short	64
	.short	65500
	.short	65471
	.short	65452
	.short	65430
	.short	65496
	.short	79
	.short	101
	.short	21
	.short	30
	.short	65448
	.short	26
	.short	96
	.short	89
	.short	87
	.short	65415
	.short	65535
	.short	65421
	.short	116
	.short	19
	.short	7
	.short	96
	.short	65461
	.short	65474
	.short	65437
	.short	65530
	.short	61
	.short	92
	.short	74
	.short	2
	.short	65505
	.short	92
	.short	112
	.short	104
	.short	65462
	.short	44
	.short	119
	.short	45
	.short	65411
	.short	44
	.short	65452
	.short	65424
	.short	29
	.short	65463
	.short	65409
	.short	14
	.short	65475
	.short	65421
	.short	96
	.short	101
	.short	101
	.short	33
	.short	65531
	.short	125
	.short	44
	.short	65523
	.short	41
	.short	96
	.short	57
	.short	65493
	.short	65474
	.short	65528
	.short	18
	.short	94
	.short	65525
	.short	48
	.short	65413
	.short	10
	.short	43
	.short	116
	.short	65429
	.short	90
	.short	65410
	.short	65417
	.short	34
	.short	8
	.short	71
	.short	65535
	.short	65517
	.short	125
	.short	11
	.short	65481
	.short	65499
	.short	105
	.short	65439
	.short	65424
	.short	65517
	.short	65483
	.short	65471
	.short	65435
	.short	65522
	.short	83
	.short	20
	.short	65449
	.short	65427
	.short	66
	.short	65456
	.short	45
	.short	65513
	.short	65508
	.short	104
	.short	65414
	.short	65485
	.short	111
	.short	65420
	.short	65413
	.short	65523
	.short	15
	.short	5
	.short	108
	.short	52
	.short	46
	.short	65413
	.short	11
	.short	65496
	.short	123
	.short	8
	.short	65533
	.short	65461
	.short	101
	.short	65521
	.short	41
	.short	65416
	.short	65457
	.short	110
	.short	65419
	.short	65432
	.short	25
	.short	12
	.short	65519
	.short	65436
	.short	65456
	.short	65455
	.short	39
	.short	117
	.short	65448
	.short	65434
	.short	65473
	.short	120
	.short	114
	.short	65511
	.short	127
	.short	65535
	.short	65416
	.short	118
	.short	65472
	.short	19
	.short	65474
	.short	87
	.short	105
	.short	22
	.short	124
	.short	51
	.short	107
	.short	65500
	.short	88
	.short	1
	.short	65461
	.short	69
	.short	119
	.short	22
	.short	65458
	.short	50
	.short	65507
	.short	65418
	.short	65519
	.short	65495
	.short	65454
	.short	65412
	.short	0
	.short	90
	.short	65510
	.short	92
	.short	65466
	.short	65484
	.short	109
	.short	65478
	.short	127
	.short	125
	.short	6
	.short	105
	.short	37
	.short	40
	.short	65439
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

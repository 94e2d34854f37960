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
	.file	"loom_demo_n14"
	.section	.text.loom_demo_n14,"ax",%progbits
	.globl	loom_demo_n14
	.p2align	1
	.type	loom_demo_n14,%function
	.code	16
	.thumb_func
loom_demo_n14:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #248
	str	r0, [sp]
	movw	r0, :lower16:.Lloom_demo_n14.bias
	movt	r0, :upper16:.Lloom_demo_n14.bias
	movw	r6, :lower16:.Lloom_demo_n14.weights_i16
	subs	r0, #4
	str	r0, [sp, #24]
	movw	r0, :lower16:.Lloom_demo_n14.requant_offset
	add.w	r2, r1, #191
	movt	r0, :upper16:.Lloom_demo_n14.requant_offset
	movs	r1, #0
	subs	r0, #4
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n14.multiplier
	movt	r6, :upper16:.Lloom_demo_n14.weights_i16
	movt	r0, :upper16:.Lloom_demo_n14.multiplier
	subs	r0, #4
	str	r0, [sp, #16]
	movw	r0, :lower16:.Lloom_demo_n14.right_shift
	movt	r0, :upper16:.Lloom_demo_n14.right_shift
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
	strb	r0, [r5, #-190]
	lsl.w	r0, r12, #1
	strb	r3, [r5, #-191]
	asrs	r2, r4
	@APP
	smmlar	r1, r0, r10, r9
	@NO_APP
	asr.w	r3, r8, r7
	add.w	r0, r1, r0, asr #31
	ssat	r1, #8, r2
	ldr	r2, [sp, #216]
	asr.w	r6, r11, r7
	strb	r1, [r5, #-94]
	ssat	r1, #8, r3
	asrs	r0, r4
	strb	r1, [r5, #1]
	ldr	r1, [sp, #224]
	ssat	r7, #8, r6
	movw	r6, :lower16:.Lloom_demo_n14.weights_i16
	adds	r1, #96
	movt	r6, :upper16:.Lloom_demo_n14.weights_i16
	ssat	r0, #8, r0
	cmp.w	r1, #4608
	strb	r7, [r5, #-95]
	strb	r0, [r5, #2]!
	bne.w	.LBB0_3
	ldr	r0, [sp, #56]
	ldr	r5, [sp, #52]
	adds	r0, #1
	add.w	r5, r5, #288
	cmp	r0, #4
	bne.w	.LBB0_2
	ldr	r1, [sp, #4]
	ldr	r2, [sp, #8]
	adds	r1, #1
	add.w	r2, r2, #1152
	cmp	r1, #12
	bne.w	.LBB0_1
	add	sp, #248
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n14, .Lfunc_end0-loom_demo_n14
	.cantunwind
	.fnend

	.type	.Lloom_demo_n14.bias,%object
	.section	.rodata..Lloom_demo_n14.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.bias:
	.long	4294965745
	.long	953
	.long	633
	.long	4294965840
	.long	4294965859
	.long	4294965493
	.long	888
	.long	4294966130
	.long	1233
	.long	165
	.long	805
	.long	4294965962
	.long	4294965997
	.long	4294965349
	.long	4294965523
	.long	1370
	.long	4294967015
	.long	1451
	.long	395
	.long	4294966099
	.long	4294966327
	.long	1514
	.long	104
	.long	4294966221
	.long	81
	.long	1955
	.long	4294966274
	.long	1013
	.long	4294965914
	.long	114
	.long	358
	.long	0
	.long	4294965654
	.long	613
	.long	4294966233
	.long	112
	.long	4294966423
	.long	4294967014
	.long	4294965552
	.long	4294966367
	.long	1429
	.long	1849
	.long	503
	.long	1306
	.long	852
	.long	4294965569
	.long	1454
	.long	4294965824
	.long	1387
	.long	4294966439
	.long	4294966765
	.long	4294967176
	.long	270
	.long	4294965552
	.long	4294966516
	.long	1879
	.long	4294965528
	.long	471
	.long	208
	.long	4294966751
	.long	4294966665
	.long	4294966501
	.long	4294965460
	.long	4294965613
	.long	669
	.long	1643
	.long	4294965719
	.long	1081
	.long	1199
	.long	1793
	.long	4294966363
	.long	1853
	.long	1928
	.long	692
	.long	4294966827
	.long	4294966095
	.long	4294966979
	.long	1348
	.long	4294965822
	.long	4294967223
	.long	4294965623
	.long	4294966602
	.long	1600
	.long	4294967062
	.long	4294965322
	.long	4294965846
	.long	4294966478
	.long	255
	.long	4294966300
	.long	4294965613
	.long	4294966527
	.long	1907
	.long	1009
	.long	4294965335
	.long	495
	.long	870
	.size	.Lloom_demo_n14.bias, 384

	.type	.Lloom_demo_n14.weights_i16,%object
	.section	.rodata..Lloom_demo_n14.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.weights_i16:
	.short	65523
	.short	93
	.short	48
	.short	65535
	.short	65452
	.short	44
	.short	40
	.short	68
	.short	65491
	.short	111
	.short	65409
	.short	40
	.short	68
	.short	65516
	.short	113
	.short	43
	.short	65513
	.short	65519
	.short	45
	.short	65414
	.short	83
	.short	60
	.short	79
	.short	65434
	.short	1
	.short	127
	.short	65441
	.short	65518
	.short	42
	.short	1
	.short	65427
	.short	27
	.short	65501
	.short	99
	.short	25
	.short	65461
	.short	79
	.short	65466
	.short	65514
	.short	65469
	.short	65508
	.short	65417
	.short	115
	.short	65422
	.short	85
	.short	65528
	.short	89
	.short	45
	.short	65459
	.short	5
	.short	65455
	.short	117
	.short	65508
	.short	51
	.short	20
	.short	62
	.short	121
	.short	65433
	.short	65441
	.short	65521
	.short	85
	.short	26
	.short	86
	.short	65441
	.short	65413
	.short	65451
	.short	28
	.short	65430
	.short	74
	.short	65413
	.short	66
	.short	65498
	.short	108
	.short	120
	.short	65471
	.short	103
	.short	93
	.short	65454
	.short	65491
	.short	65493
	.short	65515
	.short	27
	.short	57
	.short	4
	.short	60
	.short	6
	.short	65518
	.short	65496
	.short	38
	.short	113
	.short	65436
	.short	2
	.short	65455
	.short	65476
	.short	65474
	.short	67
	.short	97
	.short	65481
	.short	87
	.short	65504
	.short	126
	.short	65472
	.short	63
	.short	34
	.short	4
	.short	124
	.short	87
	.short	65475
	.short	96
	.short	65439
	.short	65447
	.short	65511
	.short	65416
	.short	58
	.short	65451
	.short	47
	.short	65462
	.short	65409
	.short	65453
	.short	65501
	.short	65480
	.short	65409
	.short	8
	.short	65531
	.short	117
	.short	40
	.short	65415
	.short	13
	.short	96
	.short	65500
	.short	65500
	.short	5
	.short	65418
	.short	51
	.short	65474
	.short	65510
	.short	65464
	.short	71
	.short	51
	.short	90
	.short	120
	.short	65411
	.short	65481
	.short	65422
	.short	65423
	.short	2
	.short	57
	.short	65464
	.short	71
	.short	1
	.short	70
	.short	101
	.short	65518
	.short	65436
	.short	65445
	.short	65468
	.short	65499
	.short	65468
	.short	65435
	.short	57
	.short	65513
	.short	109
	.short	69
	.short	5
	.short	65494
	.short	87
	.short	65447
	.short	65492
	.short	79
	.short	65477
	.short	65458
	.short	65476
	.short	65414
	.short	65511
	.short	6
	.short	8
	.short	65482
	.short	65442
	.short	87
	.short	65486
	.short	84
	.short	65503
	.short	65449
	.short	65457
	.short	84
	.short	65427
	.short	48
	.short	65479
	.short	65422
	.short	65450
	.short	65461
	.short	100
	.short	65512
	.short	96
	.short	115
	.short	65466
	.short	65521
	.short	5
	.short	36
	.short	65532
	.short	17
	.short	46
	.short	65461
	.short	65423
	.short	107
	.short	65446
	.short	4
	.short	65463
	.short	109
	.short	77
	.short	122
	.short	77
	.short	97
	.short	65483
	.short	7
	.short	115
	.short	65438
	.short	65491
	.short	98
	.short	29
	.short	98
	.short	65474
	.short	65420
	.short	65416
	.short	65429
	.short	65456
	.short	1
	.short	65414
	.short	113
	.short	65508
	.short	65486
	.short	65440
	.short	1
	.short	122
	.short	65468
	.short	65508
	.short	74
	.short	36
	.short	65483
	.short	65527
	.short	65416
	.short	65480
	.short	70
	.short	126
	.short	65501
	.short	67
	.short	65432
	.short	65496
	.short	65412
	.short	65526
	.short	72
	.short	118
	.short	35
	.short	5
	.short	65496
	.short	65514
	.short	56
	.short	65433
	.short	65416
	.short	63
	.short	42
	.short	32
	.short	47
	.short	94
	.short	124
	.short	65461
	.short	65514
	.short	74
	.short	65450
	.short	58
	.short	65516
	.short	78
	.short	40
	.short	65419
	.short	65464
	.short	108
	.short	32
	.short	0
	.short	7
	.short	65498
	.short	65457
	.short	65433
	.short	7
	.short	65445
	.short	79
	.short	26
	.short	65531
	.short	67
	.short	33
	.short	65490
	.short	65517
	.short	23
	.short	65469
	.short	24
	.short	65450
	.short	52
	.short	87
	.short	65457
	.short	107
	.short	119
	.short	79
	.short	21
	.short	65468
	.short	96
	.short	65532
	.short	65482
	.short	67
	.short	65494
	.short	114
	.short	84
	.short	88
	.short	65532
	.short	6
	.short	65475
	.short	65493
	.short	34
	.short	78
	.short	65475
	.short	31
	.short	65455
	.short	65458
	.short	65423
	.short	65446
	.short	65419
	.short	65442
	.short	65468
	.short	65412
	.short	65437
	.short	36
	.short	27
	.short	36
	.short	65430
	.short	65498
	.short	65478
	.short	65489
	.short	65469
	.short	118
	.short	0
	.short	65496
	.short	115
	.short	47
	.short	73
	.short	65472
	.short	33
	.short	6
	.short	54
	.short	65432
	.short	39
	.short	18
	.short	14
	.short	54
	.short	65482
	.short	7
	.short	108
	.short	83
	.short	65488
	.short	48
	.short	65441
	.short	25
	.short	45
	.short	80
	.short	6
	.short	65509
	.short	65424
	.short	65524
	.short	116
	.short	65455
	.short	106
	.short	65477
	.short	52
	.short	112
	.short	37
	.short	65535
	.short	24
	.short	65448
	.short	65429
	.short	65506
	.short	22
	.short	107
	.short	20
	.short	65410
	.short	38
	.short	65523
	.short	65468
	.short	65466
	.short	77
	.short	84
	.short	125
	.short	113
	.short	94
	.short	108
	.short	4
	.short	24
	.short	65432
	.short	68
	.short	65416
	.short	118
	.short	65467
	.short	65462
	.short	65451
	.short	65503
	.short	65
	.short	65460
	.short	93
	.short	27
	.short	28
	.short	65486
	.short	65521
	.short	65416
	.short	65457
	.short	65494
	.short	1
	.short	65420
	.short	91
	.short	65425
	.short	65517
	.short	65420
	.short	65514
	.short	65423
	.short	65470
	.short	65484
	.short	65511
	.short	8
	.short	65448
	.short	29
	.short	62
	.short	53
	.short	123
	.short	103
	.short	65438
	.short	65526
	.short	79
	.short	65495
	.short	65504
	.short	65490
	.short	31
	.short	117
	.short	65454
	.short	92
	.short	65486
	.short	82
	.short	17
	.short	55
	.short	112
	.short	55
	.short	83
	.short	65417
	.short	69
	.short	65493
	.short	14
	.short	65471
	.short	65442
	.short	65512
	.short	65416
	.short	65510
	.short	65421
	.short	65416
	.short	65467
	.short	65480
	.short	111
	.short	65468
	.short	1
	.short	126
	.short	65461
	.short	110
	.short	65504
	.short	65423
	.short	65481
	.short	65530
	.short	65507
	.short	95
	.short	39
	.short	12
	.short	101
	.short	105
	.short	65535
	.short	65489
	.short	93
	.short	65418
	.short	8
	.short	65474
	.short	65523
	.short	99
	.short	65503
	.short	111
	.short	65420
	.short	60
	.short	65453
	.short	41
	.short	74
	.short	56
	.short	24
	.short	65456
	.short	22
	.short	33
	.short	98
	.short	26
	.short	55
	.short	92
	.short	65482
	.short	43
	.short	19
	.short	65463
	.short	65480
	.short	65521
	.short	40
	.short	65430
	.short	24
	.short	65441
	.short	65480
	.short	65519
	.short	65422
	.short	65419
	.short	65440
	.short	65505
	.short	92
	.short	65524
	.short	65482
	.short	65452
	.short	112
	.short	91
	.short	104
	.short	65509
	.short	65437
	.short	42
	.short	65494
	.short	65508
	.short	65450
	.short	108
	.short	65420
	.short	17
	.short	65485
	.short	8
	.short	106
	.short	65428
	.short	93
	.short	65529
	.short	65475
	.short	65420
	.short	76
	.short	65494
	.short	56
	.short	71
	.short	6
	.short	122
	.short	65467
	.short	65528
	.short	18
	.short	65440
	.short	103
	.short	65533
	.short	114
	.short	65529
	.short	65445
	.short	65527
	.short	65531
	.short	86
	.short	65508
	.short	65427
	.short	65493
	.short	105
	.short	90
	.short	65533
	.short	121
	.short	91
	.short	65419
	.short	3
	.short	115
	.short	65426
	.short	2
	.short	46
	.short	65441
	.short	65452
	.short	80
	.short	34
	.short	24
	.short	107
	.short	65469
	.short	65535
	.short	65436
	.short	65469
	.short	65416
	.short	119
	.short	100
	.short	34
	.short	68
	.short	60
	.short	65436
	.short	44
	.short	65451
	.short	43
	.short	24
	.short	58
	.short	64
	.short	65444
	.short	65501
	.short	39
	.short	65430
	.short	86
	.short	65518
	.short	96
	.short	20
	.short	65520
	.short	65500
	.short	26
	.short	65458
	.short	127
	.short	117
	.short	65463
	.short	69
	.short	65473
	.short	126
	.short	102
	.short	65410
	.short	121
	.short	78
	.short	65443
	.short	27
	.short	3
	.short	109
	.short	65458
	.short	65511
	.short	65507
	.short	113
	.short	34
	.short	65488
	.short	71
	.short	65423
	.short	65499
	.short	97
	.short	81
	.short	31
	.short	118
	.short	23
	.short	65479
	.short	74
	.short	52
	.short	65
	.short	0
	.short	65530
	.short	65481
	.short	17
	.short	65476
	.short	103
	.short	81
	.short	65522
	.short	66
	.short	65445
	.short	54
	.short	78
	.short	73
	.short	65439
	.short	65458
	.short	28
	.short	65453
	.short	105
	.short	85
	.short	65461
	.short	118
	.short	89
	.short	30
	.short	50
	.short	65429
	.short	65475
	.short	37
	.short	82
	.short	84
	.short	65522
	.short	56
	.short	65421
	.short	25
	.short	65433
	.short	65440
	.short	65486
	.short	75
	.short	65433
	.short	65491
	.short	65512
	.short	65453
	.short	104
	.short	65483
	.short	65474
	.short	122
	.short	43
	.short	65462
	.short	8
	.short	4
	.short	65476
	.short	65525
	.short	65437
	.short	33
	.short	68
	.short	65482
	.short	93
	.short	35
	.short	102
	.short	96
	.short	69
	.short	65463
	.short	83
	.short	46
	.short	65499
	.short	50
	.short	65465
	.short	65528
	.short	65526
	.short	65430
	.short	65481
	.short	65452
	.short	6
	.short	103
	.short	65449
	.short	57
	.short	65430
	.short	65469
	.short	65442
	.short	65532
	.short	91
	.short	92
	.short	62
	.short	121
	.short	65443
	.short	65456
	.short	65495
	.short	15
	.short	65450
	.short	46
	.short	65510
	.short	31
	.short	77
	.short	65455
	.short	35
	.short	65528
	.short	24
	.short	65509
	.short	94
	.short	80
	.short	65479
	.short	65427
	.short	65488
	.short	13
	.short	118
	.short	65524
	.short	124
	.short	65491
	.short	65474
	.short	65412
	.short	29
	.short	23
	.short	111
	.short	65517
	.short	65502
	.short	65428
	.short	5
	.short	107
	.short	65428
	.short	8
	.short	65526
	.short	126
	.short	65500
	.short	65469
	.short	65411
	.short	34
	.short	65492
	.short	65444
	.short	33
	.short	16
	.short	65458
	.short	120
	.short	65456
	.short	19
	.short	65464
	.short	14
	.short	65419
	.short	2
	.short	65428
	.short	87
	.short	65465
	.short	37
	.short	65437
	.short	96
	.short	110
	.short	65422
	.short	65516
	.short	3
	.short	65447
	.short	45
	.short	107
	.short	108
	.short	76
	.short	65430
	.short	94
	.short	59
	.short	99
	.short	8
	.short	23
	.short	71
	.short	103
	.short	84
	.short	65410
	.short	82
	.short	65443
	.short	65450
	.short	65522
	.short	65483
	.short	65466
	.short	65475
	.short	127
	.short	65471
	.short	110
	.short	65454
	.short	65465
	.short	65412
	.short	79
	.short	100
	.short	42
	.short	65488
	.short	9
	.short	65418
	.short	74
	.short	65503
	.short	93
	.short	44
	.short	112
	.short	65433
	.short	18
	.short	42
	.short	94
	.short	65509
	.short	65472
	.short	2
	.short	65432
	.short	65533
	.short	65429
	.short	14
	.short	65521
	.short	20
	.short	65535
	.short	18
	.short	104
	.short	65414
	.short	65497
	.short	14
	.short	104
	.short	1
	.short	65533
	.short	5
	.short	59
	.short	33
	.short	65514
	.short	65484
	.short	65423
	.short	65468
	.short	33
	.short	65458
	.short	57
	.short	65491
	.short	125
	.short	5
	.short	65525
	.short	45
	.short	65418
	.short	65477
	.short	65425
	.short	99
	.short	65436
	.short	65528
	.short	126
	.short	65453
	.short	122
	.short	91
	.short	65499
	.short	31
	.short	65460
	.short	6
	.short	68
	.short	87
	.short	46
	.short	65410
	.short	65433
	.short	65482
	.short	65516
	.short	65434
	.short	65439
	.short	65529
	.short	65448
	.short	65527
	.short	90
	.short	65470
	.short	65453
	.short	65429
	.short	65470
	.short	14
	.short	58
	.short	65498
	.short	126
	.short	65509
	.short	22
	.short	13
	.short	65495
	.short	65413
	.short	49
	.short	65412
	.short	82
	.short	65485
	.short	65440
	.short	65449
	.short	40
	.short	65529
	.short	96
	.short	65437
	.short	59
	.short	65430
	.short	65523
	.short	65495
	.short	65455
	.short	65535
	.short	65463
	.short	75
	.short	80
	.short	65528
	.short	9
	.short	65466
	.short	65461
	.short	23
	.short	19
	.short	22
	.short	65437
	.short	65486
	.short	39
	.short	65532
	.short	65475
	.short	0
	.short	107
	.short	70
	.short	68
	.short	65497
	.short	65487
	.short	65496
	.short	65480
	.short	65524
	.short	65522
	.short	65450
	.short	65478
	.short	78
	.short	120
	.short	65529
	.short	20
	.short	86
	.short	65445
	.short	65501
	.short	61
	.short	65467
	.short	65488
	.short	99
	.short	65529
	.short	65443
	.short	65473
	.short	91
	.short	90
	.short	58
	.short	20
	.short	50
	.short	95
	.short	49
	.short	65470
	.short	46
	.short	65495
	.short	126
	.short	65482
	.short	32
	.short	116
	.short	65413
	.short	98
	.short	65497
	.short	103
	.short	30
	.short	65434
	.short	65411
	.short	65427
	.short	85
	.short	65459
	.short	65460
	.short	113
	.short	65506
	.short	65484
	.short	35
	.short	65501
	.short	100
	.short	97
	.short	65451
	.short	82
	.short	65534
	.short	70
	.short	109
	.short	65487
	.short	65499
	.short	46
	.short	87
	.short	65426
	.short	28
	.short	55
	.short	65452
	.short	65452
	.short	65447
	.short	65503
	.short	65428
	.short	65412
	.short	100
	.short	109
	.short	39
	.short	65457
	.short	65527
	.short	61
	.short	65409
	.short	65428
	.short	74
	.short	65513
	.short	62
	.short	65492
	.short	15
	.short	40
	.short	65452
	.short	65435
	.short	65421
	.short	65530
	.short	44
	.short	65491
	.short	100
	.short	65436
	.short	64
	.short	65519
	.short	65417
	.short	56
	.short	65484
	.short	65424
	.short	65497
	.short	65427
	.short	96
	.short	41
	.short	83
	.short	67
	.short	65497
	.short	44
	.short	120
	.short	65490
	.short	65413
	.short	60
	.short	65467
	.short	65495
	.short	115
	.short	108
	.short	65500
	.short	10
	.short	70
	.short	65503
	.short	54
	.short	65515
	.short	65515
	.short	65495
	.short	65519
	.short	65489
	.short	65532
	.short	65509
	.short	65519
	.short	59
	.short	65503
	.short	65456
	.short	33
	.short	23
	.short	3
	.short	97
	.short	65415
	.short	65526
	.short	126
	.short	101
	.short	65414
	.short	10
	.short	125
	.short	120
	.short	82
	.short	118
	.short	123
	.short	65529
	.short	65410
	.short	65504
	.short	65477
	.short	5
	.short	65409
	.short	2
	.short	65423
	.short	23
	.short	47
	.short	60
	.short	65473
	.short	65500
	.short	65417
	.short	65447
	.short	65496
	.short	106
	.short	71
	.short	65521
	.short	71
	.short	116
	.short	65467
	.short	48
	.short	46
	.short	118
	.short	66
	.short	51
	.short	65507
	.short	65521
	.short	65498
	.short	64
	.short	104
	.short	96
	.short	27
	.short	5
	.short	5
	.short	65431
	.short	60
	.short	79
	.short	19
	.short	73
	.short	34
	.short	65500
	.short	65431
	.short	65424
	.short	13
	.short	65424
	.short	65487
	.short	14
	.short	65439
	.short	28
	.short	65527
	.short	65447
	.short	65484
	.short	65532
	.short	25
	.short	61
	.short	113
	.short	38
	.short	9
	.short	9
	.short	65495
	.short	1
	.short	53
	.short	55
	.short	65510
	.short	65490
	.short	65515
	.short	20
	.short	49
	.short	32
	.short	44
	.short	112
	.short	52
	.short	65525
	.short	65476
	.short	28
	.short	98
	.short	65459
	.short	103
	.short	65427
	.short	65467
	.short	101
	.short	65451
	.short	65436
	.short	65453
	.short	90
	.short	6
	.short	86
	.short	65426
	.short	65424
	.short	55
	.short	65472
	.short	65517
	.short	59
	.short	25
	.short	6
	.short	65431
	.short	116
	.short	113
	.short	65468
	.short	20
	.short	100
	.short	65466
	.short	113
	.short	65515
	.short	65511
	.short	65490
	.short	3
	.short	65515
	.short	86
	.short	65446
	.short	65515
	.short	14
	.short	13
	.short	65521
	.short	65532
	.short	14
	.short	65521
	.short	70
	.short	65444
	.short	65439
	.short	55
	.short	56
	.short	81
	.short	65433
	.short	65454
	.short	74
	.short	49
	.short	61
	.short	120
	.short	50
	.short	65505
	.short	88
	.short	65492
	.short	119
	.short	65450
	.short	65465
	.short	116
	.short	65427
	.short	65519
	.short	65440
	.short	65434
	.short	65424
	.short	65426
	.short	91
	.short	65430
	.short	65491
	.short	9
	.short	65520
	.short	65500
	.short	7
	.short	65475
	.short	65523
	.short	65506
	.short	120
	.short	65422
	.short	61
	.short	65533
	.short	65508
	.short	65467
	.short	2
	.short	65462
	.short	56
	.short	48
	.short	66
	.short	65456
	.short	65444
	.short	65482
	.short	96
	.short	65462
	.short	32
	.short	65431
	.short	117
	.short	65482
	.short	65524
	.short	121
	.short	87
	.short	65529
	.short	65499
	.short	27
	.short	35
	.short	21
	.short	10
	.short	4
	.short	67
	.short	65511
	.short	65463
	.short	65501
	.short	65419
	.short	65496
	.short	62
	.short	65510
	.short	24
	.short	42
	.short	108
	.short	65460
	.short	85
	.short	53
	.short	65421
	.short	65521
	.short	65440
	.short	13
	.short	117
	.short	65525
	.short	56
	.short	65501
	.short	19
	.short	65497
	.short	65423
	.short	65502
	.short	119
	.short	45
	.short	96
	.short	65534
	.short	65530
	.short	116
	.short	1
	.short	90
	.short	82
	.short	74
	.short	123
	.short	47
	.short	58
	.short	65415
	.short	65458
	.short	6
	.short	65482
	.short	65463
	.short	100
	.short	65522
	.short	41
	.short	65491
	.short	65450
	.short	65499
	.short	19
	.short	65512
	.short	65468
	.short	14
	.short	48
	.short	49
	.short	65428
	.short	60
	.short	50
	.short	5
	.short	65427
	.short	65515
	.short	65484
	.short	43
	.short	65495
	.short	93
	.short	65437
	.short	37
	.short	98
	.short	26
	.short	65447
	.short	66
	.short	65431
	.short	77
	.short	4
	.short	65447
	.short	27
	.short	87
	.short	113
	.short	56
	.short	58
	.short	30
	.short	44
	.short	65525
	.short	24
	.short	65494
	.short	84
	.short	65448
	.short	79
	.short	65474
	.short	13
	.short	65514
	.short	65504
	.short	65509
	.short	65409
	.short	100
	.short	26
	.short	65449
	.short	41
	.short	65426
	.short	65496
	.short	62
	.short	53
	.short	70
	.short	39
	.short	2
	.short	65447
	.short	38
	.short	65442
	.short	92
	.short	65500
	.short	65523
	.short	29
	.short	65451
	.short	25
	.short	65426
	.short	65528
	.short	54
	.short	65410
	.short	65493
	.short	65456
	.short	65471
	.short	90
	.short	75
	.short	12
	.short	5
	.short	65448
	.short	30
	.short	65486
	.short	72
	.short	65507
	.short	10
	.short	74
	.short	65421
	.short	102
	.short	65423
	.short	120
	.short	65422
	.short	65476
	.short	28
	.short	80
	.short	65416
	.short	65462
	.short	121
	.short	65429
	.short	84
	.short	65439
	.short	18
	.short	65462
	.short	25
	.short	11
	.short	65505
	.short	82
	.short	65470
	.short	65454
	.short	39
	.short	65471
	.short	96
	.short	117
	.short	4
	.short	109
	.short	65533
	.short	7
	.short	64
	.short	65457
	.short	8
	.short	15
	.short	65465
	.short	106
	.short	100
	.short	27
	.short	86
	.short	65448
	.short	24
	.short	5
	.short	91
	.short	65411
	.short	65409
	.short	65443
	.short	86
	.short	79
	.short	35
	.short	76
	.short	65440
	.short	93
	.short	12
	.short	75
	.short	69
	.short	2
	.short	23
	.short	119
	.short	56
	.short	13
	.short	68
	.short	65448
	.short	18
	.short	82
	.short	65453
	.short	127
	.short	88
	.short	25
	.short	65458
	.short	65414
	.short	65414
	.short	65432
	.short	65489
	.short	82
	.short	65484
	.short	50
	.short	65535
	.short	70
	.short	76
	.short	65432
	.short	65461
	.short	126
	.short	61
	.short	65446
	.short	32
	.short	57
	.short	65505
	.short	65486
	.short	13
	.short	4
	.short	51
	.short	65466
	.short	88
	.short	60
	.short	65469
	.short	65445
	.short	120
	.short	85
	.short	65504
	.short	65435
	.short	69
	.short	102
	.short	21
	.short	65423
	.short	65532
	.short	49
	.short	70
	.short	65443
	.short	65528
	.short	65495
	.short	96
	.short	99
	.short	65449
	.short	65520
	.short	82
	.short	9
	.short	68
	.short	65416
	.short	111
	.short	74
	.short	55
	.short	62
	.short	101
	.short	65470
	.short	97
	.short	65510
	.short	65430
	.short	65412
	.short	114
	.short	114
	.short	65444
	.short	65415
	.short	38
	.short	65472
	.short	104
	.short	65534
	.short	117
	.short	65497
	.short	85
	.short	65434
	.short	111
	.short	65439
	.short	76
	.short	38
	.short	126
	.short	65517
	.short	65411
	.short	6
	.short	46
	.short	65518
	.short	12
	.short	23
	.short	77
	.short	65415
	.short	111
	.short	58
	.short	104
	.short	20
	.short	65490
	.short	65507
	.short	65499
	.short	121
	.short	21
	.short	103
	.short	103
	.short	65465
	.short	17
	.short	73
	.short	65426
	.short	106
	.short	65496
	.short	13
	.short	61
	.short	123
	.short	65521
	.short	1
	.short	65530
	.short	65419
	.short	65474
	.short	28
	.short	26
	.short	69
	.short	122
	.short	65486
	.short	65433
	.short	65502
	.short	26
	.short	114
	.short	72
	.short	56
	.short	65494
	.short	99
	.short	65533
	.short	77
	.short	79
	.short	2
	.short	70
	.short	65453
	.short	65451
	.short	31
	.short	65507
	.short	50
	.short	90
	.short	65463
	.short	65501
	.short	65441
	.short	84
	.short	75
	.short	86
	.short	65452
	.short	65430
	.short	21
	.short	65525
	.short	113
	.short	13
	.short	65534
	.short	25
	.short	49
	.short	31
	.short	91
	.short	31
	.short	65442
	.short	65529
	.short	65530
	.short	41
	.short	1
	.short	106
	.short	65437
	.short	65428
	.short	65429
	.short	5
	.short	65511
	.short	65476
	.short	65511
	.short	118
	.short	65495
	.short	123
	.short	49
	.short	77
	.short	124
	.short	65432
	.short	65451
	.short	102
	.short	55
	.short	65433
	.short	65504
	.short	65460
	.short	92
	.short	65473
	.short	64
	.short	77
	.short	65450
	.short	33
	.short	84
	.short	65484
	.short	65477
	.short	65457
	.short	114
	.short	65418
	.short	65446
	.short	65509
	.short	36
	.short	55
	.short	65451
	.short	65489
	.short	65475
	.short	115
	.short	64
	.short	83
	.short	46
	.short	65432
	.short	65413
	.short	65481
	.short	35
	.short	65476
	.short	65532
	.short	58
	.short	28
	.short	65468
	.short	0
	.short	97
	.short	12
	.short	110
	.short	72
	.short	86
	.short	65487
	.short	65470
	.short	78
	.short	65507
	.short	38
	.short	100
	.short	65492
	.short	65445
	.short	18
	.short	65439
	.short	65516
	.short	65497
	.short	65447
	.short	64
	.short	65431
	.short	65423
	.short	102
	.short	65507
	.short	65530
	.short	42
	.short	37
	.short	65448
	.short	65512
	.short	32
	.short	0
	.short	77
	.short	110
	.short	29
	.short	65531
	.short	65494
	.short	65468
	.short	65463
	.short	65418
	.short	55
	.short	65486
	.short	44
	.short	64
	.short	30
	.short	65525
	.short	111
	.short	45
	.short	62
	.short	36
	.short	9
	.short	93
	.short	65489
	.short	28
	.short	65462
	.short	65422
	.short	65515
	.short	96
	.short	2
	.short	65478
	.short	117
	.short	111
	.short	65468
	.short	65452
	.short	83
	.short	62
	.short	65419
	.short	83
	.short	70
	.short	65426
	.short	40
	.short	65503
	.short	65532
	.short	84
	.short	65475
	.short	109
	.short	65522
	.short	53
	.short	85
	.short	65491
	.short	65428
	.short	66
	.short	77
	.short	65465
	.short	81
	.short	27
	.short	65485
	.short	87
	.short	65442
	.short	65453
	.short	6
	.short	23
	.short	65460
	.short	0
	.short	3
	.short	65490
	.short	71
	.short	58
	.short	65499
	.short	65431
	.short	65427
	.short	81
	.short	65425
	.short	65503
	.short	65432
	.short	66
	.short	65414
	.short	65496
	.short	65467
	.short	69
	.short	13
	.short	50
	.short	65523
	.short	65470
	.short	65451
	.short	19
	.short	55
	.short	46
	.short	65520
	.short	65441
	.short	65531
	.short	65419
	.short	65412
	.short	65497
	.short	99
	.short	65413
	.short	65511
	.short	65523
	.short	122
	.short	65499
	.short	65455
	.short	74
	.short	106
	.short	105
	.short	124
	.short	65
	.short	65441
	.short	65523
	.short	65412
	.short	65476
	.short	65430
	.short	65466
	.short	65417
	.short	39
	.short	101
	.short	84
	.short	65441
	.short	117
	.short	65442
	.short	65442
	.short	99
	.short	36
	.short	65533
	.short	65439
	.short	75
	.short	65409
	.short	65409
	.short	119
	.short	65497
	.short	65480
	.short	65418
	.short	17
	.short	65503
	.short	38
	.short	118
	.short	76
	.short	65470
	.short	118
	.short	65530
	.short	65478
	.short	48
	.short	65501
	.short	26
	.short	65501
	.short	65450
	.short	65444
	.short	65476
	.short	59
	.short	65440
	.short	118
	.short	65474
	.short	85
	.short	65449
	.short	125
	.short	18
	.short	65518
	.short	52
	.short	65530
	.short	2
	.short	106
	.short	84
	.short	123
	.short	88
	.short	65419
	.short	34
	.short	72
	.short	123
	.short	62
	.short	16
	.short	65440
	.short	65520
	.short	30
	.short	65421
	.short	65516
	.short	70
	.short	3
	.short	2
	.short	65511
	.short	126
	.short	65526
	.short	65534
	.short	65416
	.short	107
	.short	65494
	.short	87
	.short	16
	.short	65491
	.short	65485
	.short	3
	.short	65532
	.short	53
	.short	90
	.short	65471
	.short	43
	.short	65480
	.short	103
	.short	65467
	.short	65464
	.short	104
	.short	36
	.short	65519
	.short	65493
	.short	88
	.short	65437
	.short	112
	.short	65499
	.short	37
	.short	60
	.short	16
	.short	70
	.short	65434
	.short	116
	.short	65426
	.short	65514
	.short	65499
	.short	65517
	.short	65450
	.short	29
	.short	21
	.short	68
	.short	126
	.short	65435
	.short	65483
	.short	65442
	.short	100
	.short	18
	.short	17
	.short	65535
	.short	97
	.short	97
	.short	120
	.short	65487
	.short	65516
	.short	65476
	.short	65503
	.short	65524
	.short	66
	.short	65477
	.short	99
	.short	65427
	.short	11
	.short	65449
	.short	87
	.short	86
	.short	22
	.short	65429
	.short	101
	.short	80
	.short	89
	.short	56
	.short	88
	.short	76
	.short	65428
	.short	90
	.short	65443
	.short	65450
	.short	59
	.short	65491
	.short	110
	.short	65495
	.short	65534
	.short	106
	.short	65519
	.short	87
	.short	65535
	.short	117
	.short	108
	.short	65476
	.short	65533
	.short	109
	.short	65424
	.short	65511
	.short	65449
	.short	100
	.short	65437
	.short	65483
	.short	65
	.short	53
	.short	85
	.short	65411
	.short	16
	.short	65469
	.short	24
	.short	65433
	.short	58
	.short	65455
	.short	23
	.short	112
	.short	19
	.short	65459
	.short	63
	.short	46
	.short	65492
	.short	65454
	.short	56
	.short	43
	.short	65457
	.short	63
	.short	65428
	.short	65460
	.short	65496
	.short	100
	.short	65456
	.short	65512
	.short	16
	.short	65506
	.short	65448
	.short	65490
	.short	65512
	.short	65497
	.short	85
	.short	65470
	.short	103
	.short	57
	.short	65486
	.short	17
	.short	65516
	.short	34
	.short	22
	.short	65497
	.short	64
	.short	65439
	.short	63
	.short	106
	.short	125
	.short	65457
	.short	32
	.short	65479
	.short	40
	.short	65443
	.short	124
	.short	75
	.short	65420
	.short	17
	.short	65453
	.short	65414
	.short	65506
	.short	63
	.short	47
	.short	56
	.short	65462
	.short	50
	.short	63
	.short	31
	.short	65496
	.short	65460
	.short	46
	.short	30
	.short	13
	.short	65448
	.short	64
	.short	65474
	.short	113
	.short	65428
	.short	65438
	.short	65426
	.short	65412
	.short	65525
	.short	47
	.short	65447
	.short	112
	.short	65532
	.short	65463
	.short	65497
	.short	65513
	.short	65500
	.short	63
	.short	65440
	.short	3
	.short	25
	.short	65479
	.short	41
	.short	65487
	.short	65483
	.short	118
	.short	75
	.short	65443
	.short	120
	.short	65425
	.short	65522
	.short	120
	.short	72
	.short	65520
	.short	65501
	.short	9
	.short	65443
	.short	24
	.short	16
	.short	69
	.short	51
	.short	110
	.short	9
	.short	65471
	.short	35
	.short	4
	.short	65534
	.short	64
	.short	65466
	.short	65444
	.short	13
	.short	65428
	.short	42
	.short	65463
	.short	31
	.short	65519
	.short	16
	.short	65508
	.short	65419
	.short	124
	.short	69
	.short	50
	.short	125
	.short	10
	.short	65486
	.short	19
	.short	65412
	.short	65417
	.short	16
	.short	52
	.short	28
	.short	41
	.short	65509
	.short	65438
	.short	65441
	.short	94
	.short	65473
	.short	65426
	.short	65509
	.short	83
	.short	34
	.short	69
	.short	79
	.short	13
	.short	65532
	.short	65446
	.short	65476
	.short	65422
	.short	29
	.short	65450
	.short	72
	.short	2
	.short	65520
	.short	65505
	.short	32
	.short	58
	.short	23
	.short	14
	.short	79
	.short	65412
	.short	111
	.short	65411
	.short	65467
	.short	33
	.short	100
	.short	43
	.short	95
	.short	65431
	.short	65455
	.short	65521
	.short	113
	.short	65488
	.short	65461
	.short	65415
	.short	65429
	.short	40
	.short	106
	.short	123
	.short	65462
	.short	125
	.short	40
	.short	65511
	.short	78
	.short	1
	.short	101
	.short	57
	.short	65463
	.short	65466
	.short	65459
	.short	24
	.short	108
	.short	65517
	.short	65465
	.short	65523
	.short	21
	.short	43
	.short	51
	.short	65495
	.short	85
	.short	65438
	.short	23
	.short	10
	.short	2
	.short	26
	.short	65443
	.short	65436
	.short	109
	.short	65429
	.short	63
	.short	35
	.short	65437
	.short	65533
	.short	65465
	.short	105
	.short	26
	.short	65451
	.short	65411
	.short	65432
	.short	49
	.short	65464
	.short	65416
	.short	65496
	.short	7
	.short	65446
	.short	65426
	.short	65446
	.short	123
	.short	65419
	.short	65468
	.short	55
	.short	65443
	.short	65534
	.short	117
	.short	79
	.short	65489
	.short	65507
	.short	65454
	.short	65475
	.short	51
	.short	65412
	.short	92
	.short	65443
	.short	65510
	.short	63
	.short	51
	.short	125
	.short	25
	.short	65494
	.short	86
	.short	65473
	.short	9
	.short	65441
	.short	65514
	.short	65502
	.short	53
	.short	26
	.short	115
	.short	65505
	.short	65532
	.short	65
	.short	70
	.short	72
	.short	58
	.short	29
	.short	17
	.short	65411
	.short	22
	.short	65495
	.short	65507
	.short	86
	.short	13
	.short	65
	.short	65503
	.short	119
	.short	114
	.short	65458
	.short	100
	.short	4
	.short	65447
	.short	65480
	.short	65444
	.short	112
	.short	65460
	.short	111
	.short	121
	.short	107
	.short	65419
	.short	112
	.short	65472
	.short	63
	.short	65517
	.short	55
	.short	55
	.short	65414
	.short	73
	.short	9
	.short	65523
	.short	69
	.short	8
	.short	65440
	.short	110
	.short	106
	.short	65507
	.short	96
	.short	65433
	.short	65419
	.size	.Lloom_demo_n14.weights_i16, 4608

	.type	.Lloom_demo_n14.multiplier,%object
	.section	.rodata..Lloom_demo_n14.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.multiplier:
	.long	1270599891
	.long	1782000651
	.long	1941090038
	.long	1610752184
	.long	2034522439
	.long	1264417740
	.long	1416829800
	.long	1597957034
	.long	1323507287
	.long	2002131186
	.long	1543086478
	.long	1987212939
	.long	2028915431
	.long	1508565737
	.long	1981886363
	.long	1441313334
	.long	1618647392
	.long	1372412339
	.long	1393151250
	.long	1849381438
	.long	1546293902
	.long	1600356617
	.long	1720111136
	.long	1289681506
	.long	1664491084
	.long	1779945827
	.long	1733682847
	.long	1541679014
	.long	2102418938
	.long	2029703551
	.long	1713921912
	.long	1375961259
	.long	1625835535
	.long	1437373142
	.long	2083895739
	.long	2060363525
	.long	1129851667
	.long	1957082549
	.long	2042560174
	.long	1078097551
	.long	1821943984
	.long	1301452713
	.long	1837435607
	.long	1115182300
	.long	1991704474
	.long	1265505332
	.long	1630987487
	.long	1693481114
	.long	1930931111
	.long	2059994421
	.long	2011808265
	.long	1706823121
	.long	1303195689
	.long	1790492354
	.long	1180061163
	.long	2113933377
	.long	2076907516
	.long	1899469826
	.long	1398107905
	.long	1681421043
	.long	1631039031
	.long	1300196481
	.long	1115895008
	.long	1807866489
	.long	1654213837
	.long	2123336008
	.long	1665954036
	.long	1644111350
	.long	1822778752
	.long	1678340915
	.long	1377711171
	.long	1864216180
	.long	1987316843
	.long	2068374468
	.long	1869943140
	.long	1230039119
	.long	2088438411
	.long	1134849870
	.long	1744810366
	.long	1376227139
	.long	1111694852
	.long	1150375765
	.long	1161770932
	.long	1357630909
	.long	1107309124
	.long	1731281903
	.long	1095857517
	.long	1469256572
	.long	1725475383
	.long	1189845954
	.long	2020885040
	.long	1626062247
	.long	1786502387
	.long	1266410820
	.long	1249120053
	.long	1797002266
	.size	.Lloom_demo_n14.multiplier, 384

	.type	.Lloom_demo_n14.requant_offset,%object
	.section	.rodata..Lloom_demo_n14.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.requant_offset:
	.long	4294934656
	.long	4294902016
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
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294950976
	.long	4294902016
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294902016
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
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294950976
	.long	4294950976
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
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294902016
	.size	.Lloom_demo_n14.requant_offset, 384

	.type	.Lloom_demo_n14.right_shift,%object
	.section	.rodata..Lloom_demo_n14.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.right_shift:
	.long	8
	.long	9
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
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	7
	.long	9
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	9
	.long	8
	.long	9
	.long	9
	.long	9
	.long	8
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
	.long	8
	.long	8
	.long	7
	.long	8
	.long	9
	.long	8
	.long	9
	.long	8
	.long	9
	.long	9
	.long	8
	.long	8
	.long	9
	.long	9
	.long	8
	.long	8
	.long	8
	.long	8
	.long	9
	.long	8
	.long	7
	.long	7
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
	.long	8
	.long	8
	.long	8
	.long	9
	.size	.Lloom_demo_n14.right_shift, 384

	.section	".note.GNU-stack","",%progbits

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
	.file	"loom_demo_n3"
	.section	.text.loom_demo_n3,"ax",%progbits
	.globl	loom_demo_n3
	.p2align	1
	.type	loom_demo_n3,%function
	.code	16
	.thumb_func
loom_demo_n3:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #68
	mov	r4, r1
	mov.w	r8, #0
	strh.w	r8, [r1, #104]
	mov	r7, r0
	strh.w	r8, [r1, #156]
	addw	r6, r1, #1298
	strh.w	r8, [r1, #208]
	movs	r2, #54
	strh.w	r8, [r1, #260]
	mov	r0, r4
	strh.w	r8, [r1, #312]
	strh.w	r8, [r1, #364]
	strh.w	r8, [r1, #416]
	strh.w	r8, [r1, #468]
	strh.w	r8, [r1, #520]
	strh.w	r8, [r1, #572]
	strh.w	r8, [r1, #624]
	strh.w	r8, [r1, #676]
	strh.w	r8, [r1, #728]
	strh.w	r8, [r1, #780]
	strh.w	r8, [r1, #832]
	strh.w	r8, [r1, #884]
	strh.w	r8, [r1, #936]
	strh.w	r8, [r1, #988]
	strh.w	r8, [r1, #1040]
	strh.w	r8, [r1, #1092]
	strh.w	r8, [r1, #1144]
	strh.w	r8, [r1, #1196]
	strh.w	r8, [r1, #1248]
	strh.w	r8, [r1, #102]
	strh.w	r8, [r1, #154]
	strh.w	r8, [r1, #206]
	strh.w	r8, [r1, #258]
	strh.w	r8, [r1, #310]
	strh.w	r8, [r1, #362]
	strh.w	r8, [r1, #414]
	strh.w	r8, [r1, #466]
	strh.w	r8, [r1, #518]
	strh.w	r8, [r1, #570]
	strh.w	r8, [r1, #622]
	strh.w	r8, [r1, #674]
	strh.w	r8, [r1, #726]
	strh.w	r8, [r1, #778]
	strh.w	r8, [r1, #830]
	strh.w	r8, [r1, #882]
	strh.w	r8, [r1, #934]
	strh.w	r8, [r1, #986]
	strh.w	r8, [r1, #1038]
	strh.w	r8, [r1, #1090]
	strh.w	r8, [r1, #1142]
	strh.w	r8, [r1, #1194]
	strh.w	r8, [r1, #1246]
	movs	r1, #0
	bl	memset
	movs	r1, #0
	movs	r2, #54
	mov	r0, r6
	bl	memset
	sub.w	r2, r7, #384
	add.w	r5, r4, #54
	sub.w	r12, r7, #64
	strd	r5, r4, [sp, #4]
.LBB0_1:
	movs	r0, #0
	str	r2, [sp, #16]
.LBB0_2:
	ldrsb.w	r1, [r2, #384]
	ldrsb.w	r3, [r2, #400]
	adds	r1, #128
	strh	r1, [r5, r0]
	adds	r1, r4, r0
	adds	r3, #128
	ldrsb.w	r7, [r2, #416]
	strh	r3, [r1, #56]
	ldrsb.w	r3, [r2, #432]
	adds	r7, #128
	strh	r7, [r1, #58]
	adds	r3, #128
	strh	r3, [r1, #60]
	ldrsb.w	r3, [r2, #464]
	ldrsb.w	r7, [r2, #448]
	adds	r3, #128
	strh.w	r3, [r1, #64]
	ldrsb.w	r3, [r2, #496]
	adds	r7, #128
	strh	r7, [r1, #62]
	ldrsb.w	r7, [r2, #480]
	adds	r3, #128
	strh.w	r3, [r1, #68]
	ldrsb.w	r3, [r2, #528]
	adds	r7, #128
	strh.w	r7, [r1, #66]
	ldrsb.w	r7, [r2, #512]
	adds	r3, #128
	strh.w	r3, [r1, #72]
	ldrsb.w	r3, [r2, #560]
	adds	r7, #128
	strh.w	r7, [r1, #70]
	ldrsb.w	r7, [r2, #544]
	adds	r3, #128
	strh.w	r3, [r1, #76]
	ldrsb.w	r3, [r2, #592]
	adds	r7, #128
	strh.w	r7, [r1, #74]
	ldrsb.w	r7, [r2, #576]
	adds	r3, #128
	strh.w	r3, [r1, #80]
	ldrsb.w	r3, [r2, #624]
	adds	r7, #128
	strh.w	r7, [r1, #78]
	ldrsb.w	r7, [r2, #608]
	adds	r3, #128
	strh.w	r3, [r1, #84]
	ldrsb.w	r3, [r2, #656]
	adds	r7, #128
	strh.w	r7, [r1, #82]
	ldrsb.w	r7, [r2, #640]
	adds	r3, #128
	strh.w	r3, [r1, #88]
	ldrsb.w	r3, [r2, #688]
	adds	r7, #128
	ldrsb.w	r6, [r2, #704]
	strh.w	r7, [r1, #86]
	adds	r3, #128
	strh.w	r3, [r1, #92]
	add.w	r3, r6, #128
	ldrsb.w	r7, [r2, #672]
	strh.w	r3, [r1, #94]
	ldrsb.w	r3, [r2, #720]
	adds	r7, #128
	strh.w	r7, [r1, #90]
	adds	r3, #128
	ldrsb.w	r7, [r2, #736]
	ldrsb.w	r6, [r2, #752]
	strh.w	r3, [r1, #96]
	adds	r3, r5, r0
	adds	r0, #52
	add.w	r2, r2, #384
	cmp.w	r0, #1248
	add.w	r7, r7, #128
	strh	r7, [r3, #44]
	add.w	r3, r6, #128
	strh.w	r3, [r1, #100]
	bne	.LBB0_2
	movw	r0, :lower16:.Lloom_demo_n3.bias
	movw	r3, :lower16:.Lloom_demo_n3.right_shift
	movt	r0, :upper16:.Lloom_demo_n3.bias
	movt	r3, :upper16:.Lloom_demo_n3.right_shift
	add.w	r1, r8, r8, lsl #3
	mov	r7, r12
	ldr.w	lr, [r0, r8, lsl #2]
	movw	r0, :lower16:.Lloom_demo_n3.weights_i16
	movt	r0, :upper16:.Lloom_demo_n3.weights_i16
	ldr.w	r5, [r3, r8, lsl #2]
	movw	r3, :lower16:.Lloom_demo_n3.multiplier
	add.w	r2, r0, r1, lsl #1
	movt	r3, :upper16:.Lloom_demo_n3.multiplier
	ldr.w	r6, [r0, r1, lsl #1]
	ldrsh.w	r0, [r2, #4]
	str.w	r8, [sp, #20]
	ldr.w	r3, [r3, r8, lsl #2]
	str	r3, [sp, #52]
	movw	r3, :lower16:.Lloom_demo_n3.requant_offset
	str	r0, [sp, #44]
	ldrsh.w	r0, [r2, #10]
	movt	r3, :upper16:.Lloom_demo_n3.requant_offset
	str	r0, [sp, #40]
	ldrsh.w	r0, [r2, #16]
	str	r0, [sp, #36]
	ldr.w	r0, [r2, #6]
	ldr.w	r10, [r3, r8, lsl #2]
	str	r0, [sp, #32]
	movs	r0, #0
	ldr	r3, [r2, #12]
	str	r3, [sp, #48]
	str.w	r12, [sp, #12]
	strd	r5, r6, [sp, #60]
.LBB0_4:
	movs	r1, #0
	adds	r0, #1
	str	r0, [sp, #28]
	str	r7, [sp, #24]
	str	r4, [sp, #56]
.LBB0_5:
	adds	r2, r4, r1
	ldr	r4, [r4, r1]
	smlad	r9, r4, r6, lr
	ldr	r4, [sp, #64]
	ldr.w	r3, [r2, #2]
	ldr	r5, [r2, #4]
	smlad	r3, r3, r6, lr
	ldr.w	r6, [r2, #6]
	ldr	r0, [sp, #64]
	smlad	r12, r6, r4, lr
	ldr	r4, [sp, #44]
	smlad	r0, r5, r0, lr
	smlabb	r8, r4, r5, r9
	ldrsh.w	r5, [r2, #10]
	smlabb	r3, r4, r6, r3
	adds	r1, #8
	smlabt	r6, r4, r6, r0
	ldr	r0, [sp, #32]
	smlabb	r12, r5, r4, r12
	ldr.w	r4, [r2, #54]
	smlad	r3, r4, r0, r3
	ldr	r4, [r2, #56]
	ldr	r5, [r2, #52]
	smlad	r11, r4, r0, r6
	ldr.w	r6, [r2, #58]
	smlad	r5, r5, r0, r8
	smlad	r12, r6, r0, r12
	ldr	r0, [sp, #40]
	smlabb	r4, r0, r4, r5
	ldrsh.w	r5, [r2, #62]
	smlabb	r3, r0, r6, r3
	cmp	r1, #48
	smlabt	r11, r0, r6, r11
	ldr	r6, [sp, #48]
	smlabb	r12, r5, r0, r12
	ldr	r5, [r2, #104]
	smlad	r5, r5, r6, r4
	ldr.w	r4, [r2, #106]
	smlad	r3, r4, r6, r3
	ldr	r4, [r2, #108]
	ldr	r0, [sp, #36]
	smlad	r8, r4, r6, r11
	smlabb	r5, r0, r4, r5
	ldr.w	r4, [r2, #110]
	ldrsh.w	r2, [r2, #114]
	smlad	r9, r4, r6, r12
	lsl.w	r5, r5, #1
	smlabb	r3, r0, r4, r3
	smlabt	r12, r0, r4, r8
	ldr.w	r11, [sp, #52]
	smlabb	r2, r2, r0, r9
	@APP
	smmlar	r6, r5, r11, r10
	@NO_APP
	add.w	r4, r6, r5, asr #31
	ldr	r5, [sp, #60]
	lsl.w	r3, r3, #1
	lsl.w	r0, r12, #1
	@APP
	smmlar	r6, r0, r11, r10
	@NO_APP
	asr.w	r4, r4, r5
	@APP
	smmlar	r5, r3, r11, r10
	@NO_APP
	lsl.w	r2, r2, #1
	add.w	r3, r5, r3, asr #31
	ldr	r5, [sp, #60]
	add.w	r0, r6, r0, asr #31
	@APP
	smmlar	r6, r2, r11, r10
	@NO_APP
	add.w	r2, r6, r2, asr #31
	asr.w	r0, r0, r5
	ssat	r6, #8, r4
	ldr	r4, [sp, #56]
	asr.w	r3, r3, r5
	strb	r6, [r7, #64]!
	asr.w	r2, r2, r5
	ldr	r6, [sp, #64]
	ssat	r0, #8, r0
	ssat	r3, #8, r3
	strb.w	r0, [r7, #32]
	ssat	r0, #8, r2
	strb	r3, [r7, #16]
	strb.w	r0, [r7, #48]
	bne.w	.LBB0_5
	ldr	r0, [sp, #28]
	ldr	r7, [sp, #24]
	cmp	r0, #24
	add.w	r4, r4, #52
	add.w	r7, r7, #384
	bne.w	.LBB0_4
	ldr.w	r8, [sp, #20]
	ldr	r2, [sp, #16]
	add.w	r8, r8, #1
	ldr.w	r12, [sp, #12]
	cmp.w	r8, #16
	add.w	r2, r2, #1
	add.w	r12, r12, #1
	ldrd	r5, r4, [sp, #4]
	bne.w	.LBB0_1
	add	sp, #68
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n3, .Lfunc_end0-loom_demo_n3
	.cantunwind
	.fnend

	.type	.Lloom_demo_n3.bias,%object
	.section	.rodata..Lloom_demo_n3.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.bias:
	.long	557
	.long	115
	.long	509
	.long	670
	.long	500
	.long	4294966948
	.long	4294965757
	.long	1079
	.long	4294967117
	.long	83
	.long	725
	.long	1060
	.long	1474
	.long	1053
	.long	4294967254
	.long	4294967239
	.size	.Lloom_demo_n3.bias, 64

	.type	.Lloom_demo_n3.weights_i16,%object
	.section	.rodata..Lloom_demo_n3.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.weights_i16:
	.short	27
	.short	65427
	.short	65518
	.short	65495
	.short	65513
	.short	65507
	.short	31
	.short	65485
	.short	65418
	.short	1
	.short	70
	.short	65424
	.short	65524
	.short	65445
	.short	69
	.short	105
	.short	65412
	.short	65504
	.short	65469
	.short	120
	.short	80
	.short	65420
	.short	17
	.short	65468
	.short	65413
	.short	33
	.short	93
	.short	47
	.short	36
	.short	97
	.short	65421
	.short	65512
	.short	116
	.short	0
	.short	104
	.short	65453
	.short	77
	.short	65482
	.short	65510
	.short	65493
	.short	65446
	.short	25
	.short	65447
	.short	62
	.short	56
	.short	98
	.short	65531
	.short	11
	.short	65427
	.short	91
	.short	65431
	.short	65422
	.short	15
	.short	65431
	.short	20
	.short	65458
	.short	82
	.short	6
	.short	4
	.short	65520
	.short	1
	.short	65409
	.short	64
	.short	65418
	.short	65496
	.short	65505
	.short	65502
	.short	65485
	.short	4
	.short	14
	.short	65523
	.short	65434
	.short	24
	.short	48
	.short	25
	.short	65514
	.short	65464
	.short	117
	.short	93
	.short	38
	.short	52
	.short	80
	.short	19
	.short	127
	.short	74
	.short	65419
	.short	65484
	.short	65424
	.short	65460
	.short	79
	.short	65495
	.short	63
	.short	127
	.short	65526
	.short	108
	.short	65433
	.short	82
	.short	59
	.short	65487
	.short	47
	.short	5
	.short	65535
	.short	65440
	.short	65453
	.short	61
	.short	50
	.short	65413
	.short	65470
	.short	65494
	.short	88
	.short	65450
	.short	69
	.short	65414
	.short	65504
	.short	65507
	.short	97
	.short	89
	.short	16
	.short	65474
	.short	49
	.short	65488
	.short	65437
	.short	33
	.short	65461
	.short	65417
	.short	65442
	.short	74
	.short	65492
	.short	95
	.short	35
	.short	105
	.short	65488
	.short	108
	.short	67
	.short	16
	.short	49
	.short	65411
	.short	22
	.short	65532
	.short	65497
	.short	65428
	.short	65519
	.short	83
	.short	65487
	.size	.Lloom_demo_n3.weights_i16, 288

	.type	.Lloom_demo_n3.multiplier,%object
	.section	.rodata..Lloom_demo_n3.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.multiplier:
	.long	1458601984
	.long	1486325888
	.long	1477603584
	.long	1682703744
	.long	1749038848
	.long	1693199872
	.long	1507384960
	.long	1389959424
	.long	1655012352
	.long	1595907840
	.long	1942792448
	.long	1169558016
	.long	1722100736
	.long	1449630720
	.long	1287363072
	.long	1634014976
	.size	.Lloom_demo_n3.multiplier, 64

	.type	.Lloom_demo_n3.requant_offset,%object
	.section	.rodata..Lloom_demo_n3.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.requant_offset:
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.size	.Lloom_demo_n3.requant_offset, 64

	.type	.Lloom_demo_n3.right_shift,%object
	.section	.rodata..Lloom_demo_n3.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.right_shift:
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	7
	.size	.Lloom_demo_n3.right_shift, 64

	.section	".note.GNU-stack","",%progbits

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
	sub	sp, #60
	mov	r5, r1
	mvn	r1, #8323199
	add.w	r4, r5, #54
	sub.w	lr, r0, #64
	str	r1, [r5]
	mov.w	r12, #0
	str	r1, [r5, #4]
	str	r1, [r5, #8]
	str	r1, [r5, #12]
	str	r1, [r5, #16]
	str	r1, [r5, #20]
	str	r1, [r5, #24]
	str	r1, [r5, #28]
	str	r1, [r5, #32]
	str	r1, [r5, #36]
	str	r1, [r5, #40]
	str	r1, [r5, #44]
	str	r1, [r5, #48]
	str.w	r1, [r5, #1300]
	str.w	r1, [r5, #1304]
	str.w	r1, [r5, #1308]
	str.w	r1, [r5, #1312]
	str.w	r1, [r5, #1316]
	str.w	r1, [r5, #1320]
	str.w	r1, [r5, #1324]
	str.w	r1, [r5, #1328]
	str.w	r1, [r5, #1332]
	str.w	r1, [r5, #1336]
	str.w	r1, [r5, #1340]
	str.w	r1, [r5, #1344]
	str.w	r1, [r5, #1348]
	mvn	r1, #127
	strh	r1, [r5, #52]
	strh.w	r1, [r5, #104]
	strh.w	r1, [r5, #156]
	strh.w	r1, [r5, #208]
	strh.w	r1, [r5, #260]
	strh.w	r1, [r5, #312]
	strh.w	r1, [r5, #364]
	strh.w	r1, [r5, #416]
	strh.w	r1, [r5, #468]
	strh.w	r1, [r5, #520]
	strh.w	r1, [r5, #572]
	strh.w	r1, [r5, #624]
	strh.w	r1, [r5, #676]
	strh.w	r1, [r5, #728]
	strh.w	r1, [r5, #780]
	strh.w	r1, [r5, #832]
	strh.w	r1, [r5, #884]
	strh.w	r1, [r5, #936]
	strh.w	r1, [r5, #988]
	strh.w	r1, [r5, #1040]
	strh.w	r1, [r5, #1092]
	strh.w	r1, [r5, #1144]
	strh.w	r1, [r5, #1196]
	strh.w	r1, [r5, #1248]
	strh.w	r1, [r5, #102]
	strh.w	r1, [r5, #154]
	strh.w	r1, [r5, #206]
	strh.w	r1, [r5, #258]
	strh.w	r1, [r5, #310]
	strh.w	r1, [r5, #362]
	strh.w	r1, [r5, #414]
	strh.w	r1, [r5, #466]
	strh.w	r1, [r5, #518]
	strh.w	r1, [r5, #570]
	strh.w	r1, [r5, #622]
	strh.w	r1, [r5, #674]
	strh.w	r1, [r5, #726]
	strh.w	r1, [r5, #778]
	strh.w	r1, [r5, #830]
	strh.w	r1, [r5, #882]
	strh.w	r1, [r5, #934]
	strh.w	r1, [r5, #986]
	strh.w	r1, [r5, #1038]
	strh.w	r1, [r5, #1090]
	strh.w	r1, [r5, #1142]
	strh.w	r1, [r5, #1194]
	strh.w	r1, [r5, #1246]
	strh.w	r1, [r5, #1298]
	sub.w	r1, r0, #384
	strd	r4, r5, [sp]
.LBB0_1:
	movs	r0, #0
	str	r1, [sp, #16]
.LBB0_2:
	ldrsb.w	r3, [r1, #384]
	adds	r2, r5, r0
	strh	r3, [r4, r0]
	ldrsb.w	r3, [r1, #400]
	strh	r3, [r2, #56]
	ldrsb.w	r3, [r1, #416]
	strh	r3, [r2, #58]
	ldrsb.w	r3, [r1, #432]
	strh	r3, [r2, #60]
	ldrsb.w	r3, [r1, #448]
	strh	r3, [r2, #62]
	ldrsb.w	r3, [r1, #464]
	strh.w	r3, [r2, #64]
	ldrsb.w	r3, [r1, #480]
	strh.w	r3, [r2, #66]
	ldrsb.w	r3, [r1, #496]
	strh.w	r3, [r2, #68]
	ldrsb.w	r3, [r1, #512]
	strh.w	r3, [r2, #70]
	ldrsb.w	r3, [r1, #528]
	strh.w	r3, [r2, #72]
	ldrsb.w	r3, [r1, #544]
	strh.w	r3, [r2, #74]
	ldrsb.w	r3, [r1, #560]
	strh.w	r3, [r2, #76]
	ldrsb.w	r3, [r1, #576]
	strh.w	r3, [r2, #78]
	ldrsb.w	r3, [r1, #592]
	strh.w	r3, [r2, #80]
	ldrsb.w	r3, [r1, #608]
	strh.w	r3, [r2, #82]
	ldrsb.w	r3, [r1, #624]
	strh.w	r3, [r2, #84]
	ldrsb.w	r3, [r1, #640]
	strh.w	r3, [r2, #86]
	ldrsb.w	r3, [r1, #656]
	strh.w	r3, [r2, #88]
	ldrsb.w	r3, [r1, #672]
	strh.w	r3, [r2, #90]
	ldrsb.w	r3, [r1, #688]
	strh.w	r3, [r2, #92]
	ldrsb.w	r3, [r1, #704]
	strh.w	r3, [r2, #94]
	ldrsb.w	r3, [r1, #720]
	adds	r7, r4, r0
	adds	r0, #52
	strh.w	r3, [r2, #96]
	ldrsb.w	r3, [r1, #736]
	ldrsb.w	r6, [r1, #752]
	add.w	r1, r1, #384
	cmp.w	r0, #1248
	strh	r3, [r7, #44]
	strh.w	r6, [r2, #100]
	bne	.LBB0_2
	movw	r1, :lower16:.Lloom_demo_n3.bias
	movw	r3, :lower16:.Lloom_demo_n3.right_shift
	add.w	r0, r12, r12, lsl #3
	movt	r1, :upper16:.Lloom_demo_n3.bias
	movw	r2, :lower16:.Lloom_demo_n3.weights_i16
	movt	r3, :upper16:.Lloom_demo_n3.right_shift
	movt	r2, :upper16:.Lloom_demo_n3.weights_i16
	ldr.w	r8, [r1, r12, lsl #2]
	add.w	r1, r2, r0, lsl #1
	ldrb.w	r4, [r3, r12]
	movw	r3, :lower16:.Lloom_demo_n3.multiplier
	ldr.w	r6, [r2, r0, lsl #1]
	movt	r3, :upper16:.Lloom_demo_n3.multiplier
	ldrsh.w	r0, [r1, #4]
	str	r0, [sp, #40]
	ldrsh.w	r0, [r1, #10]
	ldr.w	r9, [r3, r12, lsl #2]
	movw	r3, :lower16:.Lloom_demo_n3.requant_offset
	movt	r3, :upper16:.Lloom_demo_n3.requant_offset
	str	r0, [sp, #36]
	ldrsh.w	r0, [r1, #16]
	mov	r2, lr
	str	r0, [sp, #32]
	ldr.w	r0, [r1, #6]
	ldr.w	r10, [r3, r12, lsl #2]
	str	r0, [sp, #28]
	movs	r0, #0
	str.w	r12, [sp, #8]
	ldr	r3, [r1, #12]
	str	r3, [sp, #48]
	str.w	lr, [sp, #12]
	str	r4, [sp, #44]
	str	r6, [sp, #56]
.LBB0_4:
	movs	r3, #0
	adds	r0, #1
	str	r0, [sp, #24]
	str	r2, [sp, #20]
	str	r5, [sp, #52]
.LBB0_5:
	adds	r0, r5, r3
	ldr	r1, [sp, #52]
	ldr	r7, [sp, #56]
	ldr	r1, [r1, r3]
	ldr.w	r5, [r0, #2]
	smlad	r12, r1, r6, r8
	ldr	r6, [r0, #4]
	smlad	r5, r5, r7, r8
	ldr.w	r7, [r0, #6]
	ldr	r4, [sp, #56]
	adds	r3, #8
	ldr	r1, [sp, #56]
	smlad	r4, r6, r4, r8
	ldr.w	r11, [sp, #40]
	smlad	lr, r7, r1, r8
	smlabb	r1, r11, r6, r12
	ldrsh.w	r6, [r0, #10]
	smlabb	r5, r11, r7, r5
	cmp	r3, #48
	smlabt	r7, r11, r7, r4
	ldr	r4, [sp, #28]
	smlabb	lr, r6, r11, lr
	ldr	r6, [r0, #52]
	smlad	r12, r6, r4, r1
	ldr.w	r6, [r0, #54]
	smlad	r6, r6, r4, r5
	ldr	r5, [r0, #56]
	smlad	r11, r5, r4, r7
	ldr.w	r7, [r0, #58]
	ldr	r1, [sp, #36]
	smlad	lr, r7, r4, lr
	smlabb	r5, r1, r5, r12
	smlabb	r12, r1, r7, r6
	ldrsh.w	r6, [r0, #62]
	smlabt	r4, r1, r7, r11
	ldr	r7, [sp, #48]
	smlabb	lr, r6, r1, lr
	ldr	r6, [r0, #104]
	smlad	r1, r6, r7, r5
	ldr.w	r6, [r0, #106]
	smlad	r11, r6, r7, r12
	ldr	r5, [r0, #108]
	ldr	r6, [sp, #32]
	smlad	r4, r5, r7, r4
	smlabb	r1, r6, r5, r1
	ldr.w	r5, [r0, #110]
	ldrsh.w	r0, [r0, #114]
	smlad	r7, r5, r7, lr
	smlabb	lr, r6, r5, r11
	smlabt	r5, r6, r5, r4
	@APP
	smmlar	r4, r1, r9, r10
	@NO_APP
	smlabb	r0, r0, r6, r7
	add.w	r1, r4, r1, asr #31
	ldr	r4, [sp, #44]
	@APP
	smmlar	r7, lr, r9, r10
	@NO_APP
	asr.w	r1, r1, r4
	@APP
	smmlar	r6, r5, r9, r10
	@NO_APP
	add.w	r7, r7, lr, asr #31
	add.w	r6, r6, r5, asr #31
	@APP
	smmlar	r5, r0, r9, r10
	@NO_APP
	add.w	r0, r5, r0, asr #31
	ldr	r5, [sp, #52]
	ssat	r1, #8, r1
	asr.w	r7, r7, r4
	strb	r1, [r2, #64]!
	asr.w	r1, r6, r4
	ldr	r6, [sp, #56]
	asr.w	r0, r0, r4
	ssat	r7, #8, r7
	ssat	r1, #8, r1
	strb	r7, [r2, #16]
	ssat	r0, #8, r0
	strb.w	r1, [r2, #32]
	strb.w	r0, [r2, #48]
	bne.w	.LBB0_5
	ldr	r0, [sp, #24]
	ldr	r2, [sp, #20]
	cmp	r0, #24
	add.w	r5, r5, #52
	add.w	r2, r2, #384
	bne.w	.LBB0_4
	ldr.w	r12, [sp, #8]
	ldr.w	lr, [sp, #12]
	add.w	r12, r12, #1
	ldr	r1, [sp, #16]
	cmp.w	r12, #16
	add.w	r1, r1, #1
	add.w	lr, lr, #1
	ldrd	r4, r5, [sp]
	bne.w	.LBB0_1
	add	sp, #60
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n3, .Lfunc_end0-loom_demo_n3
	.cantunwind
	.fnend

	.type	.Lloom_demo_n3.bias,%object
	.section	.rodata..Lloom_demo_n3.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.bias:
	.long	4294883674
	.long	4294935270
	.long	4294960378
	.long	46908
	.long	4294947304
	.long	4294909512
	.long	4294952954
	.long	4294874478
	.long	77210
	.long	5798
	.long	61866
	.long	4294916680
	.long	11140
	.long	4294867258
	.long	104364
	.long	4294919054
	.size	.Lloom_demo_n3.bias, 64

	.type	.Lloom_demo_n3.weights_i16,%object
	.section	.rodata..Lloom_demo_n3.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n3.weights_i16:
	.short	54
	.short	65318
	.short	65500
	.short	65454
	.short	65490
	.short	65478
	.short	62
	.short	65434
	.short	65300
	.short	2
	.short	140
	.short	65312
	.short	65512
	.short	65354
	.short	138
	.short	210
	.short	65288
	.short	65472
	.short	65402
	.short	240
	.short	160
	.short	65304
	.short	34
	.short	65400
	.short	65290
	.short	66
	.short	186
	.short	94
	.short	72
	.short	194
	.short	65306
	.short	65488
	.short	232
	.short	0
	.short	208
	.short	65370
	.short	154
	.short	65428
	.short	65484
	.short	65450
	.short	65356
	.short	50
	.short	65358
	.short	124
	.short	112
	.short	196
	.short	65526
	.short	22
	.short	65318
	.short	182
	.short	65326
	.short	65308
	.short	30
	.short	65326
	.short	40
	.short	65380
	.short	164
	.short	12
	.short	8
	.short	65504
	.short	2
	.short	65282
	.short	128
	.short	65300
	.short	65456
	.short	65474
	.short	65468
	.short	65434
	.short	8
	.short	28
	.short	65510
	.short	65332
	.short	48
	.short	96
	.short	50
	.short	65492
	.short	65392
	.short	234
	.short	186
	.short	76
	.short	104
	.short	160
	.short	38
	.short	254
	.short	148
	.short	65302
	.short	65432
	.short	65312
	.short	65384
	.short	158
	.short	65454
	.short	126
	.short	254
	.short	65516
	.short	216
	.short	65330
	.short	164
	.short	118
	.short	65438
	.short	94
	.short	10
	.short	65534
	.short	65344
	.short	65370
	.short	122
	.short	100
	.short	65290
	.short	65404
	.short	65452
	.short	176
	.short	65364
	.short	138
	.short	65292
	.short	65472
	.short	65478
	.short	194
	.short	178
	.short	32
	.short	65412
	.short	98
	.short	65440
	.short	65338
	.short	66
	.short	65386
	.short	65298
	.short	65348
	.short	148
	.short	65448
	.short	190
	.short	70
	.short	210
	.short	65440
	.short	216
	.short	134
	.short	32
	.short	98
	.short	65286
	.short	44
	.short	65528
	.short	65458
	.short	65320
	.short	65502
	.short	166
	.short	65438
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
	.section	.rodata.cst16,"aM",%progbits,16
	.p2align	2, 0x0
.Lloom_demo_n3.right_shift:
	.ascii	"\007\b\b\b\007\007\007\b\007\007\b\007\b\007\b\007"
	.size	.Lloom_demo_n3.right_shift, 16

	.section	".note.GNU-stack","",%progbits

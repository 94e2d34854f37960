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
	sub	sp, #92
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
	str	r4, [sp, #44]
	movw	r4, :lower16:.Lloom_demo_n16.multiplier
	movt	r4, :upper16:.Lloom_demo_n16.multiplier
	movt	r3, :upper16:.Lloom_demo_n16.weights_i16
	str	r2, [sp, #48]
	add.w	r2, r3, r0, lsl #1
	ldr.w	r4, [r4, lr, lsl #2]
	str	r4, [sp, #84]
	movw	r4, :lower16:.Lloom_demo_n16.requant_offset
	ldr.w	r0, [r3, r0, lsl #1]
	movt	r4, :upper16:.Lloom_demo_n16.requant_offset
	str	r0, [sp, #32]
	ldrsh.w	r0, [r2, #4]
	mov	r6, r12
	str	r0, [sp, #28]
	ldrsh.w	r0, [r2, #10]
	ldr.w	r7, [r4, lr, lsl #2]
	str	r0, [sp, #24]
	ldrsh.w	r0, [r2, #16]
	str	r7, [sp, #40]
	ldr	r7, [r2, #12]
	str	r0, [sp, #20]
	ldr.w	r0, [r2, #6]
	movs	r2, #0
	str.w	lr, [sp]
	str	r7, [sp, #36]
	str	r0, [sp, #16]
	str.w	r12, [sp, #4]
.LBB0_4:
	adds	r7, r1, r2
	str	r2, [sp, #88]
	ldr	r1, [r1, r2]
	ldr.w	r8, [sp, #32]
	ldrsh.w	r2, [r7, #4]
	ldr.w	r9, [sp, #48]
	smlad	r1, r1, r8, r9
	ldr.w	r12, [sp, #28]
	ldr	r4, [r7, #4]
	ldr.w	lr, [r7, #8]
	ldr	r3, [r7, #12]
	ldrsh.w	r5, [r7, #8]
	ldrsh.w	r0, [r7, #12]
	smlabb	r1, r2, r12, r1
	ldrsh.w	r2, [r7, #16]
	smlad	r4, r4, r8, r9
	smlad	lr, lr, r8, r9
	str	r6, [sp, #80]
	smlad	r3, r3, r8, r9
	ldr.w	r11, [sp, #36]
	smlabb	r4, r5, r12, r4
	ldr.w	r5, [r7, #34]
	smlabb	r0, r0, r12, lr
	ldr.w	lr, [sp, #24]
	smlabb	r6, r2, r12, r3
	ldr.w	r3, [r7, #26]
	ldr	r2, [sp, #16]
	smlad	r1, r3, r2, r1
	ldr.w	r3, [r7, #30]
	smlad	r0, r5, r2, r0
	ldr.w	r5, [r7, #38]
	smlad	r3, r3, r2, r4
	ldrsh.w	r4, [r7, #30]
	smlad	r6, r5, r2, r6
	ldrsh.w	r5, [r7, #34]
	smlabb	r1, r4, lr, r1
	ldrsh.w	r4, [r7, #38]
	smlabb	r3, r5, lr, r3
	ldrsh.w	r5, [r7, #42]
	smlabb	r4, r4, lr, r0
	smlabb	r0, r5, lr, r6
	ldr	r5, [r7, #52]
	smlad	r1, r5, r11, r1
	ldr	r5, [r7, #56]
	smlad	r3, r5, r11, r3
	ldr	r5, [r7, #60]
	smlad	r10, r5, r11, r4
	ldrsh.w	r4, [r7, #56]
	ldr	r5, [r7, #64]
	ldr	r6, [sp, #20]
	smlad	r0, r5, r11, r0
	ldrsh.w	r5, [r7, #60]
	smlabb	r1, r4, r6, r1
	ldrsh.w	r4, [r7, #64]
	str	r0, [sp, #76]
	smlabb	r3, r5, r6, r3
	smlabb	r0, r4, r6, r10
	ldrsh.w	r4, [r7, #68]
	str	r0, [sp, #68]
	ldr	r0, [sp, #84]
	ldr.w	r10, [sp, #40]
	@APP
	smmlar	r5, r1, r0, r10
	@NO_APP
	add.w	r1, r5, r1, asr #31
	str	r1, [sp, #72]
	@APP
	smmlar	r5, r3, r0, r10
	@NO_APP
	ldr	r0, [sp, #76]
	smlabb	r1, r4, r6, r0
	str	r1, [sp, #64]
	add.w	r1, r5, r3, asr #31
	ldr	r5, [r7, #12]
	str	r1, [sp, #76]
	ldr	r1, [r7, #8]
	smlad	r0, r5, r8, r9
	ldrsh.w	r5, [r7, #12]
	smlad	r4, r1, r8, r9
	ldrsh.w	r1, [r7, #16]
	ldr	r3, [r7, #16]
	smlabb	r4, r5, r12, r4
	ldrsh.w	r5, [r7, #20]
	smlad	r3, r3, r8, r9
	str	r4, [sp, #60]
	smlabb	r0, r1, r12, r0
	ldr	r4, [r7, #20]
	str	r0, [sp, #52]
	smlabb	r0, r5, r12, r3
	ldrsh.w	r3, [r7, #24]
	smlad	r4, r4, r8, r9
	str	r0, [sp, #56]
	ldr	r0, [sp, #68]
	smlabb	r12, r3, r12, r4
	ldr.w	r4, [r7, #34]
	ldr	r1, [sp, #84]
	@APP
	smmlar	r5, r0, r1, r10
	@NO_APP
	ldr	r3, [sp, #60]
	smlad	r9, r4, r2, r3
	ldr.w	r4, [r7, #38]
	ldr	r3, [sp, #52]
	smlad	r4, r4, r2, r3
	add.w	r5, r5, r0, asr #31
	str	r4, [sp, #60]
	ldr.w	r4, [r7, #42]
	str	r5, [sp, #68]
	ldr	r0, [sp, #56]
	ldr.w	r5, [r7, #46]
	smlad	r0, r4, r2, r0
	ldrsh.w	r4, [r7, #38]
	smlad	r8, r5, r2, r12
	ldrsh.w	r5, [r7, #42]
	str	r0, [sp, #56]
	ldr	r0, [sp, #60]
	smlabb	r12, r4, lr, r9
	ldrsh.w	r4, [r7, #46]
	smlabb	r0, r5, lr, r0
	ldrsh.w	r5, [r7, #50]
	ldr	r2, [sp, #56]
	smlabb	r3, r4, lr, r2
	ldr	r2, [sp, #64]
	smlabb	lr, r5, lr, r8
	ldr	r5, [r7, #60]
	@APP
	smmlar	r4, r2, r1, r10
	@NO_APP
	smlad	r12, r5, r11, r12
	ldr	r5, [r7, #64]
	mov	r9, r1
	smlad	r8, r5, r11, r0
	ldr	r1, [r7, #68]
	add.w	r0, r4, r2, asr #31
	ldrsh.w	r4, [r7, #64]
	smlad	r1, r1, r11, r3
	ldr	r3, [r7, #72]
	str	r0, [sp, #64]
	smlad	r5, r3, r11, lr
	ldrsh.w	r3, [r7, #68]
	smlabb	r0, r4, r6, r12
	ldrsh.w	r4, [r7, #72]
	ldrsh.w	r7, [r7, #76]
	smlabb	r3, r3, r6, r8
	ldr	r2, [sp, #72]
	smlabb	r1, r4, r6, r1
	ldr	r4, [sp, #44]
	asr.w	r11, r2, r4
	smlabb	r2, r7, r6, r5
	@APP
	smmlar	r7, r0, r9, r10
	@NO_APP
	add.w	r8, r7, r0, asr #31
	@APP
	smmlar	r7, r3, r9, r10
	@NO_APP
	add.w	r3, r7, r3, asr #31
	@APP
	smmlar	r7, r1, r9, r10
	@NO_APP
	add.w	lr, r7, r1, asr #31
	movw	r1, #65056
	@APP
	smmlar	r7, r2, r9, r10
	@NO_APP
	ldrd	r0, r6, [sp, #76]
	movt	r1, #65535
	add.w	r9, r7, r2, asr #31
	ssat	r7, #8, r11
	movw	r2, #65248
	asr.w	r5, r0, r4
	strb	r7, [r6, r1]
	movw	r1, #65152
	ldr	r0, [sp, #68]
	movt	r1, #65535
	asr.w	r7, r0, r4
	ssat	r5, #8, r5
	ldr	r0, [sp, #64]
	strb	r5, [r6, r1]
	asr.w	r5, r0, r4
	asr.w	r0, r8, r4
	movt	r2, #65535
	ssat	r7, #8, r7
	ldr	r1, [sp, #12]
	ssat	r0, #8, r0
	strb	r7, [r6, r2]
	strb	r0, [r6, r2]
	asr.w	r0, lr, r4
	asrs	r3, r4
	ssat	r0, #8, r0
	asr.w	r2, r9, r4
	strb	r0, [r6, #-96]
	ldr	r0, [sp, #88]
	adds	r0, #52
	str	r0, [sp, #88]
	ssat	r7, #8, r5
	ssat	r3, #8, r3
	strb	r7, [r6, #-192]
	ssat	r0, #8, r2
	ldr	r2, [sp, #88]
	strb	r3, [r6, #-192]
	cmp.w	r2, #312
	strb	r0, [r6]
	add.w	r6, r6, #576
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
	add	sp, #92
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n16, .Lfunc_end0-loom_demo_n16
	.cantunwind
	.fnend

	.type	.Lloom_demo_n16.bias,%object
	.section	.rodata..Lloom_demo_n16.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.bias:
	.long	4294936918
	.long	4294902530
	.long	4294918838
	.long	4294946066
	.long	18954
	.long	95992
	.long	63054
	.long	108912
	.long	53414
	.long	4294890994
	.long	44014
	.long	4294925246
	.long	4294965256
	.long	4294925372
	.long	73594
	.long	4294904180
	.long	4294881474
	.long	26050
	.long	4294921272
	.long	4294962344
	.long	128096
	.long	35344
	.long	4900
	.long	4294944638
	.long	11916
	.long	4294912578
	.long	4294870376
	.long	4294946470
	.long	106392
	.long	82576
	.long	4294921302
	.long	4294911770
	.long	40046
	.long	51794
	.long	83806
	.long	100624
	.long	4294954494
	.long	45188
	.long	4294859158
	.long	4294955418
	.long	4294853902
	.long	4294965608
	.long	34034
	.long	36584
	.long	4294923704
	.long	4294949832
	.long	1386
	.long	94132
	.long	4294937094
	.long	4294911516
	.long	80774
	.long	45400
	.long	16690
	.long	4294947896
	.long	4294939498
	.long	76866
	.long	4294899902
	.long	59776
	.long	4294918110
	.long	4294927126
	.long	4294936074
	.long	4294947656
	.long	4294864234
	.long	56640
	.long	4294939514
	.long	165792
	.long	75358
	.long	4294936724
	.long	4294942518
	.long	11450
	.long	4294951910
	.long	70666
	.long	55702
	.long	4294935740
	.long	4294909936
	.long	106074
	.long	41072
	.long	60442
	.long	4294935060
	.long	4294814820
	.long	4294947038
	.long	7734
	.long	38252
	.long	4294955146
	.long	4294963020
	.long	49894
	.long	6276
	.long	5796
	.long	62482
	.long	4294930888
	.long	31690
	.long	26472
	.long	4294930630
	.long	45784
	.long	7844
	.long	82926
	.size	.Lloom_demo_n16.bias, 384

	.type	.Lloom_demo_n16.weights_i16,%object
	.section	.rodata..Lloom_demo_n16.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.weights_i16:
	.short	65288
	.short	65428
	.short	162
	.short	46
	.short	65312
	.short	65318
	.short	136
	.short	254
	.short	65500
	.short	52
	.short	138
	.short	65294
	.short	65322
	.short	86
	.short	20
	.short	65314
	.short	65456
	.short	65470
	.short	102
	.short	44
	.short	65416
	.short	65490
	.short	65362
	.short	46
	.short	65504
	.short	65498
	.short	65366
	.short	65454
	.short	174
	.short	65434
	.short	65288
	.short	65510
	.short	6
	.short	65282
	.short	208
	.short	182
	.short	242
	.short	110
	.short	170
	.short	58
	.short	65314
	.short	65500
	.short	65320
	.short	222
	.short	65340
	.short	236
	.short	88
	.short	230
	.short	146
	.short	65482
	.short	200
	.short	148
	.short	65422
	.short	65422
	.short	65464
	.short	46
	.short	104
	.short	64
	.short	236
	.short	64
	.short	65528
	.short	90
	.short	65518
	.short	65518
	.short	192
	.short	222
	.short	4
	.short	65476
	.short	224
	.short	102
	.short	65510
	.short	198
	.short	108
	.short	65332
	.short	38
	.short	184
	.short	65362
	.short	198
	.short	180
	.short	168
	.short	65484
	.short	64
	.short	65480
	.short	65494
	.short	68
	.short	65284
	.short	65438
	.short	65294
	.short	60
	.short	65426
	.short	138
	.short	28
	.short	84
	.short	65370
	.short	184
	.short	100
	.short	65288
	.short	174
	.short	40
	.short	65428
	.short	65448
	.short	130
	.short	230
	.short	65438
	.short	65492
	.short	65356
	.short	65324
	.short	46
	.short	80
	.short	65476
	.short	65320
	.short	224
	.short	65382
	.short	65408
	.short	65350
	.short	228
	.short	182
	.short	106
	.short	92
	.short	65428
	.short	240
	.short	65460
	.short	65296
	.short	65518
	.short	65364
	.short	65364
	.short	65428
	.short	110
	.short	224
	.short	65434
	.short	224
	.short	186
	.short	65300
	.short	116
	.short	156
	.short	150
	.short	65304
	.short	186
	.short	65404
	.short	90
	.short	65324
	.short	65376
	.short	65332
	.short	20
	.short	186
	.short	65292
	.short	140
	.short	65472
	.short	65452
	.short	62
	.short	65338
	.short	65292
	.short	65330
	.short	65428
	.short	198
	.short	65480
	.short	65534
	.short	148
	.short	65452
	.short	65506
	.short	65458
	.short	218
	.short	65352
	.short	10
	.short	65302
	.short	65366
	.short	65444
	.short	52
	.short	65348
	.short	236
	.short	226
	.short	82
	.short	254
	.short	65320
	.short	212
	.short	65338
	.short	65442
	.short	102
	.short	65426
	.short	65442
	.short	190
	.short	65528
	.short	210
	.short	182
	.short	230
	.short	226
	.short	46
	.short	65366
	.short	96
	.short	196
	.short	84
	.short	65370
	.short	65428
	.short	102
	.short	210
	.short	65326
	.short	70
	.short	90
	.short	2
	.short	65388
	.short	65488
	.short	65486
	.short	65480
	.short	120
	.short	65348
	.short	170
	.short	234
	.short	65322
	.short	65488
	.short	142
	.short	65422
	.short	0
	.short	65336
	.short	36
	.short	234
	.short	65512
	.short	65364
	.short	65294
	.short	186
	.short	172
	.short	160
	.short	28
	.short	65302
	.short	180
	.short	65520
	.short	48
	.short	65402
	.short	65438
	.short	65382
	.short	65402
	.short	65388
	.short	65456
	.short	224
	.short	32
	.short	65468
	.short	65314
	.short	66
	.short	65490
	.short	65414
	.short	65304
	.short	86
	.short	65478
	.short	65376
	.short	132
	.short	65326
	.short	65430
	.short	216
	.short	65366
	.short	65512
	.short	52
	.short	65300
	.short	176
	.short	26
	.short	146
	.short	56
	.short	14
	.short	156
	.short	64
	.short	65502
	.short	222
	.short	200
	.short	244
	.short	102
	.short	184
	.short	65400
	.short	10
	.short	14
	.short	222
	.short	250
	.short	65300
	.short	4
	.short	65440
	.short	65330
	.short	65508
	.short	244
	.short	84
	.short	104
	.short	65350
	.short	65282
	.short	86
	.short	65510
	.short	65454
	.short	65518
	.short	60
	.short	65378
	.short	65294
	.short	126
	.short	65376
	.short	65512
	.short	26
	.short	228
	.short	65350
	.short	65462
	.short	65296
	.short	194
	.short	174
	.short	222
	.short	118
	.short	24
	.short	65336
	.short	12
	.short	65512
	.short	224
	.short	150
	.short	65458
	.short	150
	.short	232
	.short	182
	.short	48
	.short	18
	.short	226
	.short	65450
	.short	246
	.short	65534
	.short	65340
	.short	208
	.short	65356
	.short	112
	.short	238
	.short	126
	.short	65384
	.short	176
	.short	32
	.short	204
	.short	104
	.short	65290
	.short	18
	.short	65430
	.short	180
	.short	48
	.short	28
	.short	65284
	.short	118
	.short	65412
	.short	222
	.short	65408
	.short	65388
	.short	160
	.short	162
	.short	65404
	.short	198
	.short	164
	.short	65432
	.short	44
	.short	65332
	.short	65292
	.short	65484
	.short	152
	.short	36
	.short	65302
	.short	65304
	.short	65370
	.short	65396
	.short	164
	.short	65382
	.short	102
	.short	58
	.short	116
	.short	146
	.short	65336
	.short	65344
	.short	65352
	.short	65492
	.short	65440
	.short	254
	.short	65320
	.short	65402
	.short	65338
	.short	65478
	.short	46
	.short	130
	.short	44
	.short	48
	.short	65440
	.short	14
	.short	65408
	.short	65286
	.short	160
	.short	65440
	.short	152
	.short	108
	.short	65292
	.short	212
	.short	176
	.short	84
	.short	110
	.short	65322
	.short	65392
	.short	168
	.short	65534
	.short	118
	.short	44
	.short	130
	.short	65354
	.short	65436
	.short	224
	.short	102
	.short	8
	.short	65384
	.short	4
	.short	18
	.short	65362
	.short	65418
	.short	65528
	.short	65530
	.short	65316
	.short	65468
	.short	70
	.short	65396
	.short	248
	.short	65492
	.short	65316
	.short	166
	.short	102
	.short	252
	.short	65526
	.short	12
	.short	24
	.short	216
	.short	65314
	.short	65386
	.short	82
	.short	65346
	.short	114
	.short	254
	.short	188
	.short	65384
	.short	222
	.short	65436
	.short	230
	.short	65494
	.short	16
	.short	28
	.short	48
	.short	65410
	.short	65362
	.short	65490
	.short	65398
	.short	110
	.short	124
	.short	65464
	.short	176
	.short	65406
	.short	65322
	.short	106
	.short	134
	.short	65308
	.short	65394
	.short	54
	.short	65360
	.short	65528
	.short	140
	.short	224
	.short	65510
	.short	172
	.short	252
	.short	65358
	.short	65484
	.short	82
	.short	252
	.short	65326
	.short	65498
	.short	214
	.short	65374
	.short	65480
	.short	238
	.short	182
	.short	65470
	.short	65340
	.short	30
	.short	65322
	.short	65302
	.short	104
	.short	100
	.short	36
	.short	254
	.short	246
	.short	65476
	.short	65456
	.short	65434
	.short	65376
	.short	65442
	.short	160
	.short	96
	.short	65470
	.short	126
	.short	65406
	.short	118
	.short	150
	.short	65534
	.short	65476
	.short	30
	.short	65456
	.short	65380
	.short	65418
	.short	65414
	.short	186
	.short	84
	.short	65460
	.short	70
	.short	65460
	.short	188
	.short	78
	.short	248
	.short	65418
	.short	65524
	.short	36
	.short	182
	.short	65328
	.short	14
	.short	65382
	.short	65454
	.short	65336
	.short	65472
	.short	160
	.short	254
	.short	65422
	.short	132
	.short	65480
	.short	154
	.short	65534
	.short	65508
	.short	122
	.short	48
	.short	65486
	.short	65346
	.short	65490
	.short	166
	.short	65430
	.short	65346
	.short	65382
	.short	65286
	.short	65490
	.short	100
	.short	56
	.short	65476
	.short	65496
	.short	65526
	.short	164
	.short	65300
	.short	170
	.short	65312
	.short	65424
	.short	188
	.short	82
	.short	65372
	.short	65302
	.short	90
	.short	65478
	.short	208
	.short	65386
	.short	65380
	.short	65356
	.short	108
	.short	156
	.short	78
	.short	65526
	.short	65336
	.short	32
	.short	232
	.short	65448
	.short	65310
	.short	65366
	.short	65506
	.short	65404
	.short	65314
	.short	65350
	.short	170
	.short	234
	.short	65502
	.short	65376
	.short	176
	.short	65384
	.short	42
	.short	66
	.short	74
	.short	16
	.short	196
	.short	65498
	.short	4
	.short	142
	.short	65346
	.short	65374
	.short	65532
	.short	65376
	.short	178
	.short	88
	.short	188
	.short	182
	.short	182
	.short	170
	.short	94
	.short	192
	.short	46
	.short	98
	.short	65420
	.short	30
	.short	208
	.short	194
	.short	42
	.short	122
	.short	102
	.short	65416
	.short	142
	.short	65490
	.short	65500
	.short	65320
	.short	65508
	.short	134
	.short	65388
	.short	214
	.short	65306
	.short	65414
	.short	80
	.short	152
	.short	65354
	.short	88
	.short	30
	.short	65288
	.short	28
	.short	65500
	.short	65526
	.short	65284
	.short	202
	.short	65490
	.short	38
	.short	34
	.short	65530
	.short	58
	.short	56
	.short	82
	.short	65310
	.short	74
	.short	198
	.short	65416
	.short	240
	.short	82
	.short	65312
	.short	65332
	.short	65448
	.short	176
	.short	182
	.short	106
	.short	46
	.short	65430
	.short	226
	.short	65308
	.short	240
	.short	202
	.short	188
	.short	65330
	.short	198
	.short	65460
	.short	65490
	.short	176
	.short	136
	.short	65374
	.short	65420
	.short	4
	.short	65338
	.short	65294
	.short	182
	.short	94
	.short	230
	.short	65364
	.short	65500
	.short	90
	.short	65408
	.short	86
	.short	65400
	.short	65344
	.short	65318
	.short	158
	.short	134
	.short	65300
	.short	194
	.short	65372
	.short	20
	.short	250
	.short	65482
	.short	30
	.short	184
	.short	174
	.short	202
	.short	65438
	.short	202
	.short	65306
	.short	65410
	.short	42
	.short	65504
	.short	230
	.short	132
	.short	230
	.short	180
	.short	154
	.short	65354
	.short	65294
	.short	162
	.short	24
	.short	214
	.short	194
	.short	65532
	.short	65352
	.short	65428
	.short	65488
	.short	65428
	.short	65462
	.short	36
	.short	58
	.short	65532
	.short	166
	.short	65352
	.short	65334
	.short	65318
	.short	65380
	.short	65378
	.short	218
	.short	65442
	.short	65298
	.short	65364
	.short	65374
	.short	65434
	.short	65450
	.short	14
	.short	65308
	.short	65524
	.short	148
	.short	76
	.short	204
	.short	154
	.short	56
	.short	65480
	.short	186
	.short	65408
	.short	65424
	.short	65410
	.short	65414
	.short	236
	.short	72
	.short	65330
	.short	110
	.short	12
	.short	214
	.short	65532
	.short	65508
	.short	118
	.short	26
	.short	65452
	.short	65420
	.short	76
	.short	110
	.short	65438
	.short	65408
	.short	184
	.short	8
	.short	65484
	.short	65466
	.short	58
	.short	206
	.short	65502
	.short	74
	.short	92
	.short	65448
	.short	65290
	.short	65490
	.short	106
	.short	212
	.short	65514
	.short	160
	.short	65510
	.short	154
	.short	65476
	.short	40
	.short	65368
	.short	228
	.short	146
	.short	65462
	.short	65338
	.short	246
	.short	160
	.short	65296
	.short	65370
	.short	65500
	.short	65460
	.short	210
	.short	65394
	.short	65374
	.short	174
	.short	50
	.short	65426
	.short	65466
	.short	202
	.short	120
	.short	65292
	.short	192
	.short	65530
	.short	65484
	.short	252
	.short	146
	.short	148
	.short	65456
	.short	65522
	.short	156
	.short	56
	.short	65524
	.short	65306
	.short	12
	.short	65472
	.short	8
	.short	65366
	.short	182
	.short	240
	.short	65350
	.short	118
	.short	160
	.short	65340
	.short	65516
	.short	124
	.short	65374
	.short	38
	.short	236
	.short	78
	.short	212
	.short	65370
	.short	158
	.short	65400
	.short	65478
	.short	65412
	.short	65298
	.short	65480
	.short	65520
	.short	65330
	.short	65342
	.short	230
	.short	200
	.short	140
	.short	65380
	.short	140
	.short	65388
	.short	146
	.short	6
	.short	70
	.short	65534
	.short	65394
	.short	82
	.short	236
	.short	150
	.short	65294
	.short	65518
	.short	65510
	.short	156
	.short	252
	.short	65364
	.short	65312
	.short	160
	.short	65356
	.short	242
	.short	108
	.short	65510
	.short	6
	.short	150
	.short	172
	.short	58
	.short	146
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

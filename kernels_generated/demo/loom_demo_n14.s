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
	sub	sp, #244
	str	r0, [sp]
	movw	r0, :lower16:.Lloom_demo_n14.bias
	movt	r0, :upper16:.Lloom_demo_n14.bias
	movw	r12, :lower16:.Lloom_demo_n14.weights_i16
	subs	r0, #4
	str	r0, [sp, #24]
	movw	r0, :lower16:.Lloom_demo_n14.requant_offset
	add.w	r2, r1, #191
	movt	r0, :upper16:.Lloom_demo_n14.requant_offset
	movs	r1, #0
	subs	r0, #4
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n14.multiplier
	movt	r12, :upper16:.Lloom_demo_n14.weights_i16
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
	mov	r6, r2
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
	str	r6, [sp, #52]
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
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #184]
	sxtb16	r3, r3
	str	r3, [sp, #180]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #176]
	ldr	r7, [sp, #44]
	sxtb16	r3, r3
	str	r3, [sp, #172]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #168]
	sxtb16	r3, r3
	str	r3, [sp, #164]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #160]
	sxtb16	r3, r3
	str	r3, [sp, #156]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #152]
	ldr	r7, [sp, #40]
	sxtb16	r3, r3
	str	r3, [sp, #148]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #144]
	sxtb16	r3, r3
	str	r3, [sp, #140]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #136]
	sxtb16	r3, r3
	str	r3, [sp, #132]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #128]
	ldr	r7, [sp, #36]
	sxtb16	r3, r3
	str	r3, [sp, #124]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #120]
	sxtb16	r3, r3
	str	r3, [sp, #116]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #112]
	sxtb16	r3, r3
	str	r3, [sp, #108]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #104]
	ldr	r7, [sp, #32]
	sxtb16	r3, r3
	str	r3, [sp, #100]
	ldr.w	r3, [r7, r0, lsl #3]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #96]
	sxtb16	r3, r3
	str	r3, [sp, #92]
	ldr	r3, [r7, r1]
	sxtb16	r5, r3, ror #8
	str	r5, [sp, #88]
	sxtb16	r3, r3
	str	r3, [sp, #84]
	ldr	r3, [r7, r2]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #236]
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
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #60]
	sxtb16	r0, r0
	str	r0, [sp, #232]
	ldr	r0, [sp, #12]
	str	r0, [sp, #228]
	ldr	r0, [sp, #16]
	str	r0, [sp, #224]
	ldr	r0, [sp, #20]
	movs	r1, #0
	str	r0, [sp, #220]
	ldr	r0, [sp, #24]
.LBB0_3:
	str	r1, [sp, #240]
	ldr	lr, [r0, #8]!
	str	r0, [sp, #212]
	add.w	r9, r12, r1
	ldr	r1, [r0, #-4]
	ldr	r0, [sp, #240]
	ldr	r7, [sp, #188]
	str	r6, [sp, #216]
	ldr.w	r2, [r12, r0]
	ldr.w	r4, [r9, #4]
	smlad	r6, r7, r2, r1
	ldr	r3, [sp, #192]
	smlad	r12, r3, r4, r6
	ldr	r0, [sp, #180]
	ldrd	r5, r6, [r9, #48]
	smlad	r7, r7, r5, lr
	smlad	r8, r3, r6, r7
	ldr	r3, [sp, #184]
	smlad	r7, r0, r2, r1
	smlad	r11, r3, r4, r7
	ldr	r7, [sp, #172]
	smlad	r1, r7, r2, r1
	smlad	r2, r0, r5, lr
	smlad	r10, r3, r6, r2
	ldr	r2, [sp, #176]
	smlad	r0, r7, r5, lr
	ldr.w	r5, [r9, #12]
	smlad	r1, r2, r4, r1
	ldr.w	r4, [r9, #8]
	smlad	lr, r2, r6, r0
	ldr	r2, [sp, #164]
	smlad	r3, r2, r4, r12
	ldr	r0, [sp, #168]
	smlad	r12, r0, r5, r3
	ldr	r3, [sp, #156]
	ldr.w	r7, [r9, #56]
	ldr	r6, [sp, #148]
	smlad	r11, r3, r4, r11
	smlad	r1, r6, r4, r1
	ldr.w	r4, [r9, #60]
	smlad	r2, r2, r7, r8
	smlad	r0, r0, r4, r2
	str	r0, [sp, #204]
	ldr	r0, [sp, #160]
	smlad	r2, r3, r7, r10
	ldr	r3, [sp, #152]
	smlad	r11, r0, r5, r11
	ldr.w	r10, [sp, #140]
	smlad	r0, r0, r4, r2
	str	r0, [sp, #200]
	smlad	r2, r3, r5, r1
	smlad	r0, r6, r7, lr
	ldr.w	r5, [r9, #16]
	smlad	r8, r3, r4, r0
	ldr.w	r4, [r9, #20]
	smlad	r3, r10, r5, r12
	ldr	r0, [sp, #144]
	smlad	r1, r0, r4, r3
	ldr	r6, [sp, #132]
	str	r1, [sp, #208]
	ldr	r1, [sp, #124]
	ldr.w	r7, [r9, #64]
	smlad	r12, r1, r5, r2
	ldr	r2, [sp, #204]
	smlad	r11, r6, r5, r11
	ldr.w	r5, [r9, #68]
	smlad	r3, r10, r7, r2
	ldr	r2, [sp, #200]
	smlad	r10, r0, r5, r3
	ldr	r0, [sp, #136]
	smlad	r2, r6, r7, r2
	smlad	r3, r0, r4, r11
	ldr	r6, [sp, #128]
	smlad	r11, r0, r5, r2
	ldr	r2, [sp, #108]
	smlad	r0, r1, r7, r8
	ldr	r1, [sp, #100]
	smlad	lr, r6, r4, r12
	ldr.w	r12, [sp, #120]
	smlad	r8, r6, r5, r0
	ldr	r6, [sp, #116]
	ldrd	r4, r5, [r9, #24]
	ldr	r0, [sp, #208]
	smlad	r7, r6, r4, r0
	smlad	r0, r12, r5, r7
	str	r0, [sp, #208]
	ldr.w	r0, [r9, #72]
	smlad	r7, r2, r4, r3
	smlad	lr, r1, r4, lr
	ldr.w	r4, [r9, #76]
	smlad	r3, r6, r0, r10
	smlad	r3, r12, r4, r3
	str	r3, [sp, #204]
	ldr	r3, [sp, #112]
	smlad	r2, r2, r0, r11
	smlad	r6, r3, r5, r7
	smlad	r12, r3, r4, r2
	ldr	r3, [sp, #104]
	smlad	r0, r1, r0, r8
	ldr	r2, [sp, #96]
	smlad	r10, r3, r5, lr
	ldr.w	lr, [sp, #80]
	smlad	r8, r3, r4, r0
	ldr	r3, [sp, #92]
	ldrd	r4, r5, [r9, #32]
	ldr	r0, [sp, #208]
	smlad	r7, r3, r4, r0
	smlad	r11, r2, r5, r7
	ldr	r7, [sp, #84]
	ldr.w	r0, [r9, #80]
	smlad	r6, r7, r4, r6
	smlad	r10, lr, r4, r10
	ldr.w	r1, [r9, #84]
	ldr	r4, [sp, #204]
	smlad	r3, r3, r0, r4
	smlad	r3, r2, r1, r3
	ldr	r4, [sp, #88]
	smlad	r2, r7, r0, r12
	str	r1, [sp, #208]
	smlad	r2, r4, r1, r2
	ldr	r1, [sp, #236]
	smlad	r6, r4, r5, r6
	ldr	r7, [sp, #76]
	smlad	r10, r1, r5, r10
	ldr	r1, [sp, #232]
	smlad	r0, lr, r0, r8
	ldr.w	r8, [sp, #72]
	ldrd	r5, r4, [r9, #40]
	str	r0, [sp, #204]
	smlad	r0, r8, r5, r11
	smlad	r1, r1, r5, r10
	smlad	r12, r7, r4, r0
	ldr	r0, [sp, #64]
	str	r1, [sp, #200]
	smlad	r6, r0, r5, r6
	ldrd	r1, lr, [r9, #88]
	smlad	r3, r8, r1, r3
	ldr	r5, [sp, #68]
	smlad	r2, r0, r1, r2
	ldr	r0, [sp, #224]
	smlad	r11, r7, lr, r3
	smlad	r3, r5, r4, r6
	ldr	r9, [r0, #8]!
	smlad	r10, r5, lr, r2
	ldr	r5, [sp, #220]
	str	r0, [sp, #224]
	ldr	r7, [r0, #-4]
	ldr	r2, [r5, #8]!
	ldr	r6, [sp, #60]
	ldr	r0, [sp, #200]
	str	r5, [sp, #220]
	ldr	r8, [r5, #-4]
	smlad	r4, r6, r4, r0
	@APP
	smmlar	r5, r12, r7, r8
	@NO_APP
	add.w	r0, r5, r12, asr #31
	str	r0, [sp, #200]
	@APP
	smmlar	r5, r11, r9, r2
	@NO_APP
	add.w	r0, r5, r11, asr #31
	str	r0, [sp, #196]
	@APP
	smmlar	r0, r3, r7, r8
	@NO_APP
	add.w	r11, r0, r3, asr #31
	ldr	r5, [sp, #236]
	@APP
	smmlar	r3, r10, r9, r2
	@NO_APP
	ldrd	r12, r0, [sp, #204]
	smlad	r5, r5, r0, r12
	ldr	r0, [sp, #228]
	add.w	r10, r3, r10, asr #31
	@APP
	smmlar	r7, r4, r7, r8
	@NO_APP
	ldr	r3, [r0, #8]!
	add.w	r8, r7, r4, asr #31
	str	r0, [sp, #228]
	ldr	r7, [r0, #-4]
	ldr	r0, [sp, #232]
	movw	r12, :lower16:.Lloom_demo_n14.weights_i16
	smlad	r1, r0, r1, r5
	ldr	r0, [sp, #200]
	asr.w	r5, r0, r7
	smlad	r1, r6, lr, r1
	ldr	r6, [sp, #216]
	ldr	r0, [sp, #196]
	asr.w	r4, r0, r3
	@APP
	smmlar	r2, r1, r9, r2
	@NO_APP
	ssat	r5, #8, r5
	movt	r12, :upper16:.Lloom_demo_n14.weights_i16
	asr.w	r0, r11, r7
	strb	r5, [r6, #-191]
	asr.w	r5, r10, r3
	asr.w	r7, r8, r7
	ssat	r0, #8, r0
	strb	r0, [r6, #-95]
	add.w	r0, r2, r1, asr #31
	ssat	r1, #8, r5
	strb	r1, [r6, #-94]
	asrs	r0, r3
	ssat	r1, #8, r7
	strb	r1, [r6, #1]
	ldr	r1, [sp, #240]
	ssat	r4, #8, r4
	adds	r1, #96
	ssat	r0, #8, r0
	strb	r4, [r6, #-190]
	strb	r0, [r6, #2]!
	ldr	r0, [sp, #212]
	cmp.w	r1, #4608
	bne.w	.LBB0_3
	ldr	r0, [sp, #56]
	ldr	r6, [sp, #52]
	adds	r0, #1
	add.w	r6, r6, #288
	cmp	r0, #4
	bne.w	.LBB0_2
	ldr	r1, [sp, #4]
	ldr	r2, [sp, #8]
	adds	r1, #1
	add.w	r2, r2, #1152
	cmp	r1, #12
	bne.w	.LBB0_1
	add	sp, #244
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n14, .Lfunc_end0-loom_demo_n14
	.cantunwind
	.fnend

	.type	.Lloom_demo_n14.bias,%object
	.section	.rodata..Lloom_demo_n14.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.bias:
	.long	4294964194
	.long	1906
	.long	1266
	.long	4294964384
	.long	4294964422
	.long	4294963690
	.long	1776
	.long	4294964964
	.long	2466
	.long	330
	.long	1610
	.long	4294964628
	.long	4294964698
	.long	4294963402
	.long	4294963750
	.long	2740
	.long	4294966734
	.long	2902
	.long	790
	.long	4294964902
	.long	4294965358
	.long	3028
	.long	208
	.long	4294965146
	.long	162
	.long	3910
	.long	4294965252
	.long	2026
	.long	4294964532
	.long	228
	.long	716
	.long	0
	.long	4294964012
	.long	1226
	.long	4294965170
	.long	224
	.long	4294965550
	.long	4294966732
	.long	4294963808
	.long	4294965438
	.long	2858
	.long	3698
	.long	1006
	.long	2612
	.long	1704
	.long	4294963842
	.long	2908
	.long	4294964352
	.long	2774
	.long	4294965582
	.long	4294966234
	.long	4294967056
	.long	540
	.long	4294963808
	.long	4294965736
	.long	3758
	.long	4294963760
	.long	942
	.long	416
	.long	4294966206
	.long	4294966034
	.long	4294965706
	.long	4294963624
	.long	4294963930
	.long	1338
	.long	3286
	.long	4294964142
	.long	2162
	.long	2398
	.long	3586
	.long	4294965430
	.long	3706
	.long	3856
	.long	1384
	.long	4294966358
	.long	4294964894
	.long	4294966662
	.long	2696
	.long	4294964348
	.long	4294967150
	.long	4294963950
	.long	4294965908
	.long	3200
	.long	4294966828
	.long	4294963348
	.long	4294964396
	.long	4294965660
	.long	510
	.long	4294965304
	.long	4294963930
	.long	4294965758
	.long	3814
	.long	2018
	.long	4294963374
	.long	990
	.long	1740
	.size	.Lloom_demo_n14.bias, 384

	.type	.Lloom_demo_n14.weights_i16,%object
	.section	.rodata..Lloom_demo_n14.weights_i16,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.weights_i16:
	.short	65510
	.short	186
	.short	96
	.short	65534
	.short	65368
	.short	88
	.short	80
	.short	136
	.short	65446
	.short	222
	.short	65282
	.short	80
	.short	136
	.short	65496
	.short	226
	.short	86
	.short	65490
	.short	65502
	.short	90
	.short	65292
	.short	166
	.short	120
	.short	158
	.short	65332
	.short	2
	.short	254
	.short	65346
	.short	65500
	.short	84
	.short	2
	.short	65318
	.short	54
	.short	65466
	.short	198
	.short	50
	.short	65386
	.short	158
	.short	65396
	.short	65492
	.short	65402
	.short	65480
	.short	65298
	.short	230
	.short	65308
	.short	170
	.short	65520
	.short	178
	.short	90
	.short	65382
	.short	10
	.short	65374
	.short	234
	.short	65480
	.short	102
	.short	40
	.short	124
	.short	242
	.short	65330
	.short	65346
	.short	65506
	.short	170
	.short	52
	.short	172
	.short	65346
	.short	65290
	.short	65366
	.short	56
	.short	65324
	.short	148
	.short	65290
	.short	132
	.short	65460
	.short	216
	.short	240
	.short	65406
	.short	206
	.short	186
	.short	65372
	.short	65446
	.short	65450
	.short	65494
	.short	54
	.short	114
	.short	8
	.short	120
	.short	12
	.short	65500
	.short	65456
	.short	76
	.short	226
	.short	65336
	.short	4
	.short	65374
	.short	65416
	.short	65412
	.short	134
	.short	194
	.short	65426
	.short	174
	.short	65472
	.short	252
	.short	65408
	.short	126
	.short	68
	.short	8
	.short	248
	.short	174
	.short	65414
	.short	192
	.short	65342
	.short	65358
	.short	65486
	.short	65296
	.short	116
	.short	65366
	.short	94
	.short	65388
	.short	65282
	.short	65370
	.short	65466
	.short	65424
	.short	65282
	.short	16
	.short	65526
	.short	234
	.short	80
	.short	65294
	.short	26
	.short	192
	.short	65464
	.short	65464
	.short	10
	.short	65300
	.short	102
	.short	65412
	.short	65484
	.short	65392
	.short	142
	.short	102
	.short	180
	.short	240
	.short	65286
	.short	65426
	.short	65308
	.short	65310
	.short	4
	.short	114
	.short	65392
	.short	142
	.short	2
	.short	140
	.short	202
	.short	65500
	.short	65336
	.short	65354
	.short	65400
	.short	65462
	.short	65400
	.short	65334
	.short	114
	.short	65490
	.short	218
	.short	138
	.short	10
	.short	65452
	.short	174
	.short	65358
	.short	65448
	.short	158
	.short	65418
	.short	65380
	.short	65416
	.short	65292
	.short	65486
	.short	12
	.short	16
	.short	65428
	.short	65348
	.short	174
	.short	65436
	.short	168
	.short	65470
	.short	65362
	.short	65378
	.short	168
	.short	65318
	.short	96
	.short	65422
	.short	65308
	.short	65364
	.short	65386
	.short	200
	.short	65488
	.short	192
	.short	230
	.short	65396
	.short	65506
	.short	10
	.short	72
	.short	65528
	.short	34
	.short	92
	.short	65386
	.short	65310
	.short	214
	.short	65356
	.short	8
	.short	65390
	.short	218
	.short	154
	.short	244
	.short	154
	.short	194
	.short	65430
	.short	14
	.short	230
	.short	65340
	.short	65446
	.short	196
	.short	58
	.short	196
	.short	65412
	.short	65304
	.short	65296
	.short	65322
	.short	65376
	.short	2
	.short	65292
	.short	226
	.short	65480
	.short	65436
	.short	65344
	.short	2
	.short	244
	.short	65400
	.short	65480
	.short	148
	.short	72
	.short	65430
	.short	65518
	.short	65296
	.short	65424
	.short	140
	.short	252
	.short	65466
	.short	134
	.short	65328
	.short	65456
	.short	65288
	.short	65516
	.short	144
	.short	236
	.short	70
	.short	10
	.short	65456
	.short	65492
	.short	112
	.short	65330
	.short	65296
	.short	126
	.short	84
	.short	64
	.short	94
	.short	188
	.short	248
	.short	65386
	.short	65492
	.short	148
	.short	65364
	.short	116
	.short	65496
	.short	156
	.short	80
	.short	65302
	.short	65392
	.short	216
	.short	64
	.short	0
	.short	14
	.short	65460
	.short	65378
	.short	65330
	.short	14
	.short	65354
	.short	158
	.short	52
	.short	65526
	.short	134
	.short	66
	.short	65444
	.short	65498
	.short	46
	.short	65402
	.short	48
	.short	65364
	.short	104
	.short	174
	.short	65378
	.short	214
	.short	238
	.short	158
	.short	42
	.short	65400
	.short	192
	.short	65528
	.short	65428
	.short	134
	.short	65452
	.short	228
	.short	168
	.short	176
	.short	65528
	.short	12
	.short	65414
	.short	65450
	.short	68
	.short	156
	.short	65414
	.short	62
	.short	65374
	.short	65380
	.short	65310
	.short	65356
	.short	65302
	.short	65348
	.short	65400
	.short	65288
	.short	65338
	.short	72
	.short	54
	.short	72
	.short	65324
	.short	65460
	.short	65420
	.short	65442
	.short	65402
	.short	236
	.short	0
	.short	65456
	.short	230
	.short	94
	.short	146
	.short	65408
	.short	66
	.short	12
	.short	108
	.short	65328
	.short	78
	.short	36
	.short	28
	.short	108
	.short	65428
	.short	14
	.short	216
	.short	166
	.short	65440
	.short	96
	.short	65346
	.short	50
	.short	90
	.short	160
	.short	12
	.short	65482
	.short	65312
	.short	65512
	.short	232
	.short	65374
	.short	212
	.short	65418
	.short	104
	.short	224
	.short	74
	.short	65534
	.short	48
	.short	65360
	.short	65322
	.short	65476
	.short	44
	.short	214
	.short	40
	.short	65284
	.short	76
	.short	65510
	.short	65400
	.short	65396
	.short	154
	.short	168
	.short	250
	.short	226
	.short	188
	.short	216
	.short	8
	.short	48
	.short	65328
	.short	136
	.short	65296
	.short	236
	.short	65398
	.short	65388
	.short	65366
	.short	65470
	.short	130
	.short	65384
	.short	186
	.short	54
	.short	56
	.short	65436
	.short	65506
	.short	65296
	.short	65378
	.short	65452
	.short	2
	.short	65304
	.short	182
	.short	65314
	.short	65498
	.short	65304
	.short	65492
	.short	65310
	.short	65404
	.short	65432
	.short	65486
	.short	16
	.short	65360
	.short	58
	.short	124
	.short	106
	.short	246
	.short	206
	.short	65340
	.short	65516
	.short	158
	.short	65454
	.short	65472
	.short	65444
	.short	62
	.short	234
	.short	65372
	.short	184
	.short	65436
	.short	164
	.short	34
	.short	110
	.short	224
	.short	110
	.short	166
	.short	65298
	.short	138
	.short	65450
	.short	28
	.short	65406
	.short	65348
	.short	65488
	.short	65296
	.short	65484
	.short	65306
	.short	65296
	.short	65398
	.short	65424
	.short	222
	.short	65400
	.short	2
	.short	252
	.short	65386
	.short	220
	.short	65472
	.short	65310
	.short	65426
	.short	65524
	.short	65478
	.short	190
	.short	78
	.short	24
	.short	202
	.short	210
	.short	65534
	.short	65442
	.short	186
	.short	65300
	.short	16
	.short	65412
	.short	65510
	.short	198
	.short	65470
	.short	222
	.short	65304
	.short	120
	.short	65370
	.short	82
	.short	148
	.short	112
	.short	48
	.short	65376
	.short	44
	.short	66
	.short	196
	.short	52
	.short	110
	.short	184
	.short	65428
	.short	86
	.short	38
	.short	65390
	.short	65424
	.short	65506
	.short	80
	.short	65324
	.short	48
	.short	65346
	.short	65424
	.short	65502
	.short	65308
	.short	65302
	.short	65344
	.short	65474
	.short	184
	.short	65512
	.short	65428
	.short	65368
	.short	224
	.short	182
	.short	208
	.short	65482
	.short	65338
	.short	84
	.short	65452
	.short	65480
	.short	65364
	.short	216
	.short	65304
	.short	34
	.short	65434
	.short	16
	.short	212
	.short	65320
	.short	186
	.short	65522
	.short	65414
	.short	65304
	.short	152
	.short	65452
	.short	112
	.short	142
	.short	12
	.short	244
	.short	65398
	.short	65520
	.short	36
	.short	65344
	.short	206
	.short	65530
	.short	228
	.short	65522
	.short	65354
	.short	65518
	.short	65526
	.short	172
	.short	65480
	.short	65318
	.short	65450
	.short	210
	.short	180
	.short	65530
	.short	242
	.short	182
	.short	65302
	.short	6
	.short	230
	.short	65316
	.short	4
	.short	92
	.short	65346
	.short	65368
	.short	160
	.short	68
	.short	48
	.short	214
	.short	65402
	.short	65534
	.short	65336
	.short	65402
	.short	65296
	.short	238
	.short	200
	.short	68
	.short	136
	.short	120
	.short	65336
	.short	88
	.short	65366
	.short	86
	.short	48
	.short	116
	.short	128
	.short	65352
	.short	65466
	.short	78
	.short	65324
	.short	172
	.short	65500
	.short	192
	.short	40
	.short	65504
	.short	65464
	.short	52
	.short	65380
	.short	254
	.short	234
	.short	65390
	.short	138
	.short	65410
	.short	252
	.short	204
	.short	65284
	.short	242
	.short	156
	.short	65350
	.short	54
	.short	6
	.short	218
	.short	65380
	.short	65486
	.short	65478
	.short	226
	.short	68
	.short	65440
	.short	142
	.short	65310
	.short	65462
	.short	194
	.short	162
	.short	62
	.short	236
	.short	46
	.short	65422
	.short	148
	.short	104
	.short	130
	.short	0
	.short	65524
	.short	65426
	.short	34
	.short	65416
	.short	206
	.short	162
	.short	65508
	.short	132
	.short	65354
	.short	108
	.short	156
	.short	146
	.short	65342
	.short	65380
	.short	56
	.short	65370
	.short	210
	.short	170
	.short	65386
	.short	236
	.short	178
	.short	60
	.short	100
	.short	65322
	.short	65414
	.short	74
	.short	164
	.short	168
	.short	65508
	.short	112
	.short	65306
	.short	50
	.short	65330
	.short	65344
	.short	65436
	.short	150
	.short	65330
	.short	65446
	.short	65488
	.short	65370
	.short	208
	.short	65430
	.short	65412
	.short	244
	.short	86
	.short	65388
	.short	16
	.short	8
	.short	65416
	.short	65514
	.short	65338
	.short	66
	.short	136
	.short	65428
	.short	186
	.short	70
	.short	204
	.short	192
	.short	138
	.short	65390
	.short	166
	.short	92
	.short	65462
	.short	100
	.short	65394
	.short	65520
	.short	65516
	.short	65324
	.short	65426
	.short	65368
	.short	12
	.short	206
	.short	65362
	.short	114
	.short	65324
	.short	65402
	.short	65348
	.short	65528
	.short	182
	.short	184
	.short	124
	.short	242
	.short	65350
	.short	65376
	.short	65454
	.short	30
	.short	65364
	.short	92
	.short	65484
	.short	62
	.short	154
	.short	65374
	.short	70
	.short	65520
	.short	48
	.short	65482
	.short	188
	.short	160
	.short	65422
	.short	65318
	.short	65440
	.short	26
	.short	236
	.short	65512
	.short	248
	.short	65446
	.short	65412
	.short	65288
	.short	58
	.short	46
	.short	222
	.short	65498
	.short	65468
	.short	65320
	.short	10
	.short	214
	.short	65320
	.short	16
	.short	65516
	.short	252
	.short	65464
	.short	65402
	.short	65286
	.short	68
	.short	65448
	.short	65352
	.short	66
	.short	32
	.short	65380
	.short	240
	.short	65376
	.short	38
	.short	65392
	.short	28
	.short	65302
	.short	4
	.short	65320
	.short	174
	.short	65394
	.short	74
	.short	65338
	.short	192
	.short	220
	.short	65308
	.short	65496
	.short	6
	.short	65358
	.short	90
	.short	214
	.short	216
	.short	152
	.short	65324
	.short	188
	.short	118
	.short	198
	.short	16
	.short	46
	.short	142
	.short	206
	.short	168
	.short	65284
	.short	164
	.short	65350
	.short	65364
	.short	65508
	.short	65430
	.short	65396
	.short	65414
	.short	254
	.short	65406
	.short	220
	.short	65372
	.short	65394
	.short	65288
	.short	158
	.short	200
	.short	84
	.short	65440
	.short	18
	.short	65300
	.short	148
	.short	65470
	.short	186
	.short	88
	.short	224
	.short	65330
	.short	36
	.short	84
	.short	188
	.short	65482
	.short	65408
	.short	4
	.short	65328
	.short	65530
	.short	65322
	.short	28
	.short	65506
	.short	40
	.short	65534
	.short	36
	.short	208
	.short	65292
	.short	65458
	.short	28
	.short	208
	.short	2
	.short	65530
	.short	10
	.short	118
	.short	66
	.short	65492
	.short	65432
	.short	65310
	.short	65400
	.short	66
	.short	65380
	.short	114
	.short	65446
	.short	250
	.short	10
	.short	65514
	.short	90
	.short	65300
	.short	65418
	.short	65314
	.short	198
	.short	65336
	.short	65520
	.short	252
	.short	65370
	.short	244
	.short	182
	.short	65462
	.short	62
	.short	65384
	.short	12
	.short	136
	.short	174
	.short	92
	.short	65284
	.short	65330
	.short	65428
	.short	65496
	.short	65332
	.short	65342
	.short	65522
	.short	65360
	.short	65518
	.short	180
	.short	65404
	.short	65370
	.short	65322
	.short	65404
	.short	28
	.short	116
	.short	65460
	.short	252
	.short	65482
	.short	44
	.short	26
	.short	65454
	.short	65290
	.short	98
	.short	65288
	.short	164
	.short	65434
	.short	65344
	.short	65362
	.short	80
	.short	65522
	.short	192
	.short	65338
	.short	118
	.short	65324
	.short	65510
	.short	65454
	.short	65374
	.short	65534
	.short	65390
	.short	150
	.short	160
	.short	65520
	.short	18
	.short	65396
	.short	65386
	.short	46
	.short	38
	.short	44
	.short	65338
	.short	65436
	.short	78
	.short	65528
	.short	65414
	.short	0
	.short	214
	.short	140
	.short	136
	.short	65458
	.short	65438
	.short	65456
	.short	65424
	.short	65512
	.short	65508
	.short	65364
	.short	65420
	.short	156
	.short	240
	.short	65522
	.short	40
	.short	172
	.short	65354
	.short	65466
	.short	122
	.short	65398
	.short	65440
	.short	198
	.short	65522
	.short	65350
	.short	65410
	.short	182
	.short	180
	.short	116
	.short	40
	.short	100
	.short	190
	.short	98
	.short	65404
	.short	92
	.short	65454
	.short	252
	.short	65428
	.short	64
	.short	232
	.short	65290
	.short	196
	.short	65458
	.short	206
	.short	60
	.short	65332
	.short	65286
	.short	65318
	.short	170
	.short	65382
	.short	65384
	.short	226
	.short	65476
	.short	65432
	.short	70
	.short	65466
	.short	200
	.short	194
	.short	65366
	.short	164
	.short	65532
	.short	140
	.short	218
	.short	65438
	.short	65462
	.short	92
	.short	174
	.short	65316
	.short	56
	.short	110
	.short	65368
	.short	65368
	.short	65358
	.short	65470
	.short	65320
	.short	65288
	.short	200
	.short	218
	.short	78
	.short	65378
	.short	65518
	.short	122
	.short	65282
	.short	65320
	.short	148
	.short	65490
	.short	124
	.short	65448
	.short	30
	.short	80
	.short	65368
	.short	65334
	.short	65306
	.short	65524
	.short	88
	.short	65446
	.short	200
	.short	65336
	.short	128
	.short	65502
	.short	65298
	.short	112
	.short	65432
	.short	65312
	.short	65458
	.short	65318
	.short	192
	.short	82
	.short	166
	.short	134
	.short	65458
	.short	88
	.short	240
	.short	65444
	.short	65290
	.short	120
	.short	65398
	.short	65454
	.short	230
	.short	216
	.short	65464
	.short	20
	.short	140
	.short	65470
	.short	108
	.short	65494
	.short	65494
	.short	65454
	.short	65502
	.short	65442
	.short	65528
	.short	65482
	.short	65502
	.short	118
	.short	65470
	.short	65376
	.short	66
	.short	46
	.short	6
	.short	194
	.short	65294
	.short	65516
	.short	252
	.short	202
	.short	65292
	.short	20
	.short	250
	.short	240
	.short	164
	.short	236
	.short	246
	.short	65522
	.short	65284
	.short	65472
	.short	65418
	.short	10
	.short	65282
	.short	4
	.short	65310
	.short	46
	.short	94
	.short	120
	.short	65410
	.short	65464
	.short	65298
	.short	65358
	.short	65456
	.short	212
	.short	142
	.short	65506
	.short	142
	.short	232
	.short	65398
	.short	96
	.short	92
	.short	236
	.short	132
	.short	102
	.short	65478
	.short	65506
	.short	65460
	.short	128
	.short	208
	.short	192
	.short	54
	.short	10
	.short	10
	.short	65326
	.short	120
	.short	158
	.short	38
	.short	146
	.short	68
	.short	65464
	.short	65326
	.short	65312
	.short	26
	.short	65312
	.short	65438
	.short	28
	.short	65342
	.short	56
	.short	65518
	.short	65358
	.short	65432
	.short	65528
	.short	50
	.short	122
	.short	226
	.short	76
	.short	18
	.short	18
	.short	65454
	.short	2
	.short	106
	.short	110
	.short	65484
	.short	65444
	.short	65494
	.short	40
	.short	98
	.short	64
	.short	88
	.short	224
	.short	104
	.short	65514
	.short	65416
	.short	56
	.short	196
	.short	65382
	.short	206
	.short	65318
	.short	65398
	.short	202
	.short	65366
	.short	65336
	.short	65370
	.short	180
	.short	12
	.short	172
	.short	65316
	.short	65312
	.short	110
	.short	65408
	.short	65498
	.short	118
	.short	50
	.short	12
	.short	65326
	.short	232
	.short	226
	.short	65400
	.short	40
	.short	200
	.short	65396
	.short	226
	.short	65494
	.short	65486
	.short	65444
	.short	6
	.short	65494
	.short	172
	.short	65356
	.short	65494
	.short	28
	.short	26
	.short	65506
	.short	65528
	.short	28
	.short	65506
	.short	140
	.short	65352
	.short	65342
	.short	110
	.short	112
	.short	162
	.short	65330
	.short	65372
	.short	148
	.short	98
	.short	122
	.short	240
	.short	100
	.short	65474
	.short	176
	.short	65448
	.short	238
	.short	65364
	.short	65394
	.short	232
	.short	65318
	.short	65502
	.short	65344
	.short	65332
	.short	65312
	.short	65316
	.short	182
	.short	65324
	.short	65446
	.short	18
	.short	65504
	.short	65464
	.short	14
	.short	65414
	.short	65510
	.short	65476
	.short	240
	.short	65308
	.short	122
	.short	65530
	.short	65480
	.short	65398
	.short	4
	.short	65388
	.short	112
	.short	96
	.short	132
	.short	65376
	.short	65352
	.short	65428
	.short	192
	.short	65388
	.short	64
	.short	65326
	.short	234
	.short	65428
	.short	65512
	.short	242
	.short	174
	.short	65522
	.short	65462
	.short	54
	.short	70
	.short	42
	.short	20
	.short	8
	.short	134
	.short	65486
	.short	65390
	.short	65466
	.short	65302
	.short	65456
	.short	124
	.short	65484
	.short	48
	.short	84
	.short	216
	.short	65384
	.short	170
	.short	106
	.short	65306
	.short	65506
	.short	65344
	.short	26
	.short	234
	.short	65514
	.short	112
	.short	65466
	.short	38
	.short	65458
	.short	65310
	.short	65468
	.short	238
	.short	90
	.short	192
	.short	65532
	.short	65524
	.short	232
	.short	2
	.short	180
	.short	164
	.short	148
	.short	246
	.short	94
	.short	116
	.short	65294
	.short	65380
	.short	12
	.short	65428
	.short	65390
	.short	200
	.short	65508
	.short	82
	.short	65446
	.short	65364
	.short	65462
	.short	38
	.short	65488
	.short	65400
	.short	28
	.short	96
	.short	98
	.short	65320
	.short	120
	.short	100
	.short	10
	.short	65318
	.short	65494
	.short	65432
	.short	86
	.short	65454
	.short	186
	.short	65338
	.short	74
	.short	196
	.short	52
	.short	65358
	.short	132
	.short	65326
	.short	154
	.short	8
	.short	65358
	.short	54
	.short	174
	.short	226
	.short	112
	.short	116
	.short	60
	.short	88
	.short	65514
	.short	48
	.short	65452
	.short	168
	.short	65360
	.short	158
	.short	65412
	.short	26
	.short	65492
	.short	65472
	.short	65482
	.short	65282
	.short	200
	.short	52
	.short	65362
	.short	82
	.short	65316
	.short	65456
	.short	124
	.short	106
	.short	140
	.short	78
	.short	4
	.short	65358
	.short	76
	.short	65348
	.short	184
	.short	65464
	.short	65510
	.short	58
	.short	65366
	.short	50
	.short	65316
	.short	65520
	.short	108
	.short	65284
	.short	65450
	.short	65376
	.short	65406
	.short	180
	.short	150
	.short	24
	.short	10
	.short	65360
	.short	60
	.short	65436
	.short	144
	.short	65478
	.short	20
	.short	148
	.short	65306
	.short	204
	.short	65310
	.short	240
	.short	65308
	.short	65416
	.short	56
	.short	160
	.short	65296
	.short	65388
	.short	242
	.short	65322
	.short	168
	.short	65342
	.short	36
	.short	65388
	.short	50
	.short	22
	.short	65474
	.short	164
	.short	65404
	.short	65372
	.short	78
	.short	65406
	.short	192
	.short	234
	.short	8
	.short	218
	.short	65530
	.short	14
	.short	128
	.short	65378
	.short	16
	.short	30
	.short	65394
	.short	212
	.short	200
	.short	54
	.short	172
	.short	65360
	.short	48
	.short	10
	.short	182
	.short	65286
	.short	65282
	.short	65350
	.short	172
	.short	158
	.short	70
	.short	152
	.short	65344
	.short	186
	.short	24
	.short	150
	.short	138
	.short	4
	.short	46
	.short	238
	.short	112
	.short	26
	.short	136
	.short	65360
	.short	36
	.short	164
	.short	65370
	.short	254
	.short	176
	.short	50
	.short	65380
	.short	65292
	.short	65292
	.short	65328
	.short	65442
	.short	164
	.short	65432
	.short	100
	.short	65534
	.short	140
	.short	152
	.short	65328
	.short	65386
	.short	252
	.short	122
	.short	65356
	.short	64
	.short	114
	.short	65474
	.short	65436
	.short	26
	.short	8
	.short	102
	.short	65396
	.short	176
	.short	120
	.short	65402
	.short	65354
	.short	240
	.short	170
	.short	65472
	.short	65334
	.short	138
	.short	204
	.short	42
	.short	65310
	.short	65528
	.short	98
	.short	140
	.short	65350
	.short	65520
	.short	65454
	.short	192
	.short	198
	.short	65362
	.short	65504
	.short	164
	.short	18
	.short	136
	.short	65296
	.short	222
	.short	148
	.short	110
	.short	124
	.short	202
	.short	65404
	.short	194
	.short	65484
	.short	65324
	.short	65288
	.short	228
	.short	228
	.short	65352
	.short	65294
	.short	76
	.short	65408
	.short	208
	.short	65532
	.short	234
	.short	65458
	.short	170
	.short	65332
	.short	222
	.short	65342
	.short	152
	.short	76
	.short	252
	.short	65498
	.short	65286
	.short	12
	.short	92
	.short	65500
	.short	24
	.short	46
	.short	154
	.short	65294
	.short	222
	.short	116
	.short	208
	.short	40
	.short	65444
	.short	65478
	.short	65462
	.short	242
	.short	42
	.short	206
	.short	206
	.short	65394
	.short	34
	.short	146
	.short	65316
	.short	212
	.short	65456
	.short	26
	.short	122
	.short	246
	.short	65506
	.short	2
	.short	65524
	.short	65302
	.short	65412
	.short	56
	.short	52
	.short	138
	.short	244
	.short	65436
	.short	65330
	.short	65468
	.short	52
	.short	228
	.short	144
	.short	112
	.short	65452
	.short	198
	.short	65530
	.short	154
	.short	158
	.short	4
	.short	140
	.short	65370
	.short	65366
	.short	62
	.short	65478
	.short	100
	.short	180
	.short	65390
	.short	65466
	.short	65346
	.short	168
	.short	150
	.short	172
	.short	65368
	.short	65324
	.short	42
	.short	65514
	.short	226
	.short	26
	.short	65532
	.short	50
	.short	98
	.short	62
	.short	182
	.short	62
	.short	65348
	.short	65522
	.short	65524
	.short	82
	.short	2
	.short	212
	.short	65338
	.short	65320
	.short	65322
	.short	10
	.short	65486
	.short	65416
	.short	65486
	.short	236
	.short	65454
	.short	246
	.short	98
	.short	154
	.short	248
	.short	65328
	.short	65366
	.short	204
	.short	110
	.short	65330
	.short	65472
	.short	65384
	.short	184
	.short	65410
	.short	128
	.short	154
	.short	65364
	.short	66
	.short	168
	.short	65432
	.short	65418
	.short	65378
	.short	228
	.short	65300
	.short	65356
	.short	65482
	.short	72
	.short	110
	.short	65366
	.short	65442
	.short	65414
	.short	230
	.short	128
	.short	166
	.short	92
	.short	65328
	.short	65290
	.short	65426
	.short	70
	.short	65416
	.short	65528
	.short	116
	.short	56
	.short	65400
	.short	0
	.short	194
	.short	24
	.short	220
	.short	144
	.short	172
	.short	65438
	.short	65404
	.short	156
	.short	65478
	.short	76
	.short	200
	.short	65448
	.short	65354
	.short	36
	.short	65342
	.short	65496
	.short	65458
	.short	65358
	.short	128
	.short	65326
	.short	65310
	.short	204
	.short	65478
	.short	65524
	.short	84
	.short	74
	.short	65360
	.short	65488
	.short	64
	.short	0
	.short	154
	.short	220
	.short	58
	.short	65526
	.short	65452
	.short	65400
	.short	65390
	.short	65300
	.short	110
	.short	65436
	.short	88
	.short	128
	.short	60
	.short	65514
	.short	222
	.short	90
	.short	124
	.short	72
	.short	18
	.short	186
	.short	65442
	.short	56
	.short	65388
	.short	65308
	.short	65494
	.short	192
	.short	4
	.short	65420
	.short	234
	.short	222
	.short	65400
	.short	65368
	.short	166
	.short	124
	.short	65302
	.short	166
	.short	140
	.short	65316
	.short	80
	.short	65470
	.short	65528
	.short	168
	.short	65414
	.short	218
	.short	65508
	.short	106
	.short	170
	.short	65446
	.short	65320
	.short	132
	.short	154
	.short	65394
	.short	162
	.short	54
	.short	65434
	.short	174
	.short	65348
	.short	65370
	.short	12
	.short	46
	.short	65384
	.short	0
	.short	6
	.short	65444
	.short	142
	.short	116
	.short	65462
	.short	65326
	.short	65318
	.short	162
	.short	65314
	.short	65470
	.short	65328
	.short	132
	.short	65292
	.short	65456
	.short	65398
	.short	138
	.short	26
	.short	100
	.short	65510
	.short	65404
	.short	65366
	.short	38
	.short	110
	.short	92
	.short	65504
	.short	65346
	.short	65526
	.short	65302
	.short	65288
	.short	65458
	.short	198
	.short	65290
	.short	65486
	.short	65510
	.short	244
	.short	65462
	.short	65374
	.short	148
	.short	212
	.short	210
	.short	248
	.short	130
	.short	65346
	.short	65510
	.short	65288
	.short	65416
	.short	65324
	.short	65396
	.short	65298
	.short	78
	.short	202
	.short	168
	.short	65346
	.short	234
	.short	65348
	.short	65348
	.short	198
	.short	72
	.short	65530
	.short	65342
	.short	150
	.short	65282
	.short	65282
	.short	238
	.short	65458
	.short	65424
	.short	65300
	.short	34
	.short	65470
	.short	76
	.short	236
	.short	152
	.short	65404
	.short	236
	.short	65524
	.short	65420
	.short	96
	.short	65466
	.short	52
	.short	65466
	.short	65364
	.short	65352
	.short	65416
	.short	118
	.short	65344
	.short	236
	.short	65412
	.short	170
	.short	65362
	.short	250
	.short	36
	.short	65500
	.short	104
	.short	65524
	.short	4
	.short	212
	.short	168
	.short	246
	.short	176
	.short	65302
	.short	68
	.short	144
	.short	246
	.short	124
	.short	32
	.short	65344
	.short	65504
	.short	60
	.short	65306
	.short	65496
	.short	140
	.short	6
	.short	4
	.short	65486
	.short	252
	.short	65516
	.short	65532
	.short	65296
	.short	214
	.short	65452
	.short	174
	.short	32
	.short	65446
	.short	65434
	.short	6
	.short	65528
	.short	106
	.short	180
	.short	65406
	.short	86
	.short	65424
	.short	206
	.short	65398
	.short	65392
	.short	208
	.short	72
	.short	65502
	.short	65450
	.short	176
	.short	65338
	.short	224
	.short	65462
	.short	74
	.short	120
	.short	32
	.short	140
	.short	65332
	.short	232
	.short	65316
	.short	65492
	.short	65462
	.short	65498
	.short	65364
	.short	58
	.short	42
	.short	136
	.short	252
	.short	65334
	.short	65430
	.short	65348
	.short	200
	.short	36
	.short	34
	.short	65534
	.short	194
	.short	194
	.short	240
	.short	65438
	.short	65496
	.short	65416
	.short	65470
	.short	65512
	.short	132
	.short	65418
	.short	198
	.short	65318
	.short	22
	.short	65362
	.short	174
	.short	172
	.short	44
	.short	65322
	.short	202
	.short	160
	.short	178
	.short	112
	.short	176
	.short	152
	.short	65320
	.short	180
	.short	65350
	.short	65364
	.short	118
	.short	65446
	.short	220
	.short	65454
	.short	65532
	.short	212
	.short	65502
	.short	174
	.short	65534
	.short	234
	.short	216
	.short	65416
	.short	65530
	.short	218
	.short	65312
	.short	65486
	.short	65362
	.short	200
	.short	65338
	.short	65430
	.short	130
	.short	106
	.short	170
	.short	65286
	.short	32
	.short	65402
	.short	48
	.short	65330
	.short	116
	.short	65374
	.short	46
	.short	224
	.short	38
	.short	65382
	.short	126
	.short	92
	.short	65448
	.short	65372
	.short	112
	.short	86
	.short	65378
	.short	126
	.short	65320
	.short	65384
	.short	65456
	.short	200
	.short	65376
	.short	65488
	.short	32
	.short	65476
	.short	65360
	.short	65444
	.short	65488
	.short	65458
	.short	170
	.short	65404
	.short	206
	.short	114
	.short	65436
	.short	34
	.short	65496
	.short	68
	.short	44
	.short	65458
	.short	128
	.short	65342
	.short	126
	.short	212
	.short	250
	.short	65378
	.short	64
	.short	65422
	.short	80
	.short	65350
	.short	248
	.short	150
	.short	65304
	.short	34
	.short	65370
	.short	65292
	.short	65476
	.short	126
	.short	94
	.short	112
	.short	65388
	.short	100
	.short	126
	.short	62
	.short	65456
	.short	65384
	.short	92
	.short	60
	.short	26
	.short	65360
	.short	128
	.short	65412
	.short	226
	.short	65320
	.short	65340
	.short	65316
	.short	65288
	.short	65514
	.short	94
	.short	65358
	.short	224
	.short	65528
	.short	65390
	.short	65458
	.short	65490
	.short	65464
	.short	126
	.short	65344
	.short	6
	.short	50
	.short	65422
	.short	82
	.short	65438
	.short	65430
	.short	236
	.short	150
	.short	65350
	.short	240
	.short	65314
	.short	65508
	.short	240
	.short	144
	.short	65504
	.short	65466
	.short	18
	.short	65350
	.short	48
	.short	32
	.short	138
	.short	102
	.short	220
	.short	18
	.short	65406
	.short	70
	.short	8
	.short	65532
	.short	128
	.short	65396
	.short	65352
	.short	26
	.short	65320
	.short	84
	.short	65390
	.short	62
	.short	65502
	.short	32
	.short	65480
	.short	65302
	.short	248
	.short	138
	.short	100
	.short	250
	.short	20
	.short	65436
	.short	38
	.short	65288
	.short	65298
	.short	32
	.short	104
	.short	56
	.short	82
	.short	65482
	.short	65340
	.short	65346
	.short	188
	.short	65410
	.short	65316
	.short	65482
	.short	166
	.short	68
	.short	138
	.short	158
	.short	26
	.short	65528
	.short	65356
	.short	65416
	.short	65308
	.short	58
	.short	65364
	.short	144
	.short	4
	.short	65504
	.short	65474
	.short	64
	.short	116
	.short	46
	.short	28
	.short	158
	.short	65288
	.short	222
	.short	65286
	.short	65398
	.short	66
	.short	200
	.short	86
	.short	190
	.short	65326
	.short	65374
	.short	65506
	.short	226
	.short	65440
	.short	65386
	.short	65294
	.short	65322
	.short	80
	.short	212
	.short	246
	.short	65388
	.short	250
	.short	80
	.short	65486
	.short	156
	.short	2
	.short	202
	.short	114
	.short	65390
	.short	65396
	.short	65382
	.short	48
	.short	216
	.short	65498
	.short	65394
	.short	65510
	.short	42
	.short	86
	.short	102
	.short	65454
	.short	170
	.short	65340
	.short	46
	.short	20
	.short	4
	.short	52
	.short	65350
	.short	65336
	.short	218
	.short	65322
	.short	126
	.short	70
	.short	65338
	.short	65530
	.short	65394
	.short	210
	.short	52
	.short	65366
	.short	65286
	.short	65328
	.short	98
	.short	65392
	.short	65296
	.short	65456
	.short	14
	.short	65356
	.short	65316
	.short	65356
	.short	246
	.short	65302
	.short	65400
	.short	110
	.short	65350
	.short	65532
	.short	234
	.short	158
	.short	65442
	.short	65478
	.short	65372
	.short	65414
	.short	102
	.short	65288
	.short	184
	.short	65350
	.short	65484
	.short	126
	.short	102
	.short	250
	.short	50
	.short	65452
	.short	172
	.short	65410
	.short	18
	.short	65346
	.short	65492
	.short	65468
	.short	106
	.short	52
	.short	230
	.short	65474
	.short	65528
	.short	130
	.short	140
	.short	144
	.short	116
	.short	58
	.short	34
	.short	65286
	.short	44
	.short	65454
	.short	65478
	.short	172
	.short	26
	.short	130
	.short	65470
	.short	238
	.short	228
	.short	65380
	.short	200
	.short	8
	.short	65358
	.short	65424
	.short	65352
	.short	224
	.short	65384
	.short	222
	.short	242
	.short	214
	.short	65302
	.short	224
	.short	65408
	.short	126
	.short	65498
	.short	110
	.short	110
	.short	65292
	.short	146
	.short	18
	.short	65510
	.short	138
	.short	16
	.short	65344
	.short	220
	.short	212
	.short	65478
	.short	192
	.short	65330
	.short	65302
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

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
	.file	"loom_demo_n5"
	.section	.text.loom_demo_n5,"ax",%progbits
	.globl	loom_demo_n5
	.p2align	1
	.type	loom_demo_n5,%function
	.code	16
	.thumb_func
loom_demo_n5:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #132
	movw	r11, :lower16:.Lloom_demo_n5.right_shift
	movw	r10, :lower16:.Lloom_demo_n5.requant_offset
	sub.w	r4, r1, #47
	movs	r3, #0
	movt	r11, :upper16:.Lloom_demo_n5.right_shift
	movt	r10, :upper16:.Lloom_demo_n5.requant_offset
	str	r0, [sp]
.LBB0_1:
	movw	lr, :lower16:.Lloom_demo_n5.bias
	movw	r6, :lower16:.Lloom_demo_n5.weights
	movt	lr, :upper16:.Lloom_demo_n5.bias
	lsls	r1, r3, #5
	add.w	r0, lr, r3, lsl #3
	movt	r6, :upper16:.Lloom_demo_n5.weights
	lsls	r2, r3, #1
	str	r3, [sp, #4]
	ldr	r0, [r0, #4]
	str	r0, [sp, #88]
	add.w	r0, r6, r3, lsl #5
	ldr	r1, [r6, r1]
	add.w	r12, r0, #4
	add.w	r8, r2, #1
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #84]
	sxtb16	r1, r1
	str	r1, [sp, #80]
	ldm.w	r12, {r1, r7, r12}
	ldrd	r2, r6, [r0, #16]
	sxtb16	lr, r2, ror #8
	str.w	lr, [sp, #76]
	sxtb16	r9, r2
	str	r4, [sp, #8]
	sxtb16	r2, r1, ror #8
	str	r2, [sp, #72]
	sxtb16	r1, r1
	str	r1, [sp, #68]
	sxtb16	r1, r6, ror #8
	str	r1, [sp, #64]
	sxtb16	r1, r6
	str	r1, [sp, #60]
	sxtb16	r1, r7, ror #8
	str	r1, [sp, #56]
	ldrd	r5, r0, [r0, #24]
	sxtb16	r1, r7
	str	r1, [sp, #52]
	sxtb16	r1, r5, ror #8
	str	r1, [sp, #48]
	sxtb16	r1, r5
	str	r1, [sp, #44]
	sxtb16	r1, r12, ror #8
	str	r1, [sp, #40]
	sxtb16	r1, r12
	str	r1, [sp, #36]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #32]
	sxtb16	r0, r0
	str	r0, [sp, #28]
	movw	r0, :lower16:.Lloom_demo_n5.multiplier
	movw	r1, :lower16:.Lloom_demo_n5.bias
	movt	r0, :upper16:.Lloom_demo_n5.multiplier
	movt	r1, :upper16:.Lloom_demo_n5.bias
	mov	r12, r4
	ldr	r7, [sp]
	ldr.w	r2, [r1, r3, lsl #3]
	ldr.w	r1, [r0, r3, lsl #3]
	str	r1, [sp, #24]
	ldr.w	r1, [r10, r3, lsl #3]
	str	r1, [sp, #20]
	movs	r1, #0
	ldr.w	r6, [r11, r3, lsl #3]
	strd	r2, r9, [sp, #120]
	strd	r6, r8, [sp, #112]
.LBB0_2:
	str	r1, [sp, #16]
	movs	r1, #0
	str.w	r12, [sp, #12]
	str	r7, [sp, #92]
.LBB0_3:
	str	r1, [sp, #128]
	ldr	r3, [sp, #120]
	ldr	r1, [sp, #128]
	mov	r0, r9
	ldr	r4, [sp, #80]
	ldr.w	r8, [sp, #84]
	ldr	r1, [r7, r1]
	ldr.w	r11, [sp, #88]
	sxtb16	r2, r1
	str.w	r12, [sp, #108]
	smlad	r5, r2, r4, r3
	ldr	r3, [sp, #128]
	add.w	r9, r7, r3
	smlad	r2, r2, r0, r11
	sxtb16	r1, r1, ror #8
	ldr	r0, [sp, #76]
	smlad	lr, r1, r0, r2
	ldr.w	r2, [r9, #16]
	smlad	r5, r1, r8, r5
	ldr	r1, [sp, #120]
	sxtb16	r6, r2
	ldr.w	r12, [sp, #68]
	smlad	r7, r6, r4, r1
	ldr	r1, [sp, #124]
	sxtb16	r2, r2, ror #8
	smlad	r6, r6, r1, r11
	smlad	r7, r2, r8, r7
	ldr	r1, [sp, #120]
	smlad	r2, r2, r0, r6
	ldr.w	r6, [r9, #32]
	sxtb16	r3, r6
	smlad	r4, r3, r4, r1
	ldr	r1, [sp, #124]
	sxtb16	r6, r6, ror #8
	smlad	r3, r3, r1, r11
	ldr.w	r1, [r9, #4]
	smlad	r4, r6, r8, r4
	smlad	r8, r6, r0, r3
	ldr	r0, [sp, #60]
	sxtb16	r6, r1
	ldr	r3, [sp, #72]
	sxtb16	r1, r1, ror #8
	smlad	r5, r6, r12, r5
	smlad	r6, r6, r0, lr
	ldr.w	lr, [sp, #64]
	smlad	r10, r1, lr, r6
	ldr.w	r6, [r9, #20]
	smlad	r5, r1, r3, r5
	sxtb16	r1, r6
	sxtb16	r6, r6, ror #8
	smlad	r7, r1, r12, r7
	smlad	r1, r1, r0, r2
	ldr.w	r2, [r9, #36]
	smlad	r7, r6, r3, r7
	smlad	r11, r6, lr, r1
	sxtb16	r6, r2
	sxtb16	r2, r2, ror #8
	smlad	r4, r6, r12, r4
	smlad	r4, r2, r3, r4
	ldr.w	r12, [sp, #44]
	smlad	r3, r6, r0, r8
	ldr.w	r6, [r9, #8]
	smlad	lr, r2, lr, r3
	ldr	r0, [sp, #52]
	sxtb16	r3, r6
	ldr	r2, [sp, #56]
	sxtb16	r6, r6, ror #8
	smlad	r5, r3, r0, r5
	smlad	r8, r6, r2, r5
	ldr	r5, [sp, #48]
	smlad	r3, r3, r12, r10
	smlad	r10, r6, r5, r3
	ldr.w	r6, [r9, #24]
	sxtb16	r1, r6
	sxtb16	r6, r6, ror #8
	smlad	r7, r1, r0, r7
	smlad	r1, r1, r12, r11
	smlad	r11, r6, r5, r1
	ldr.w	r1, [r9, #40]
	sxtb16	r3, r1
	smlad	r7, r6, r2, r7
	sxtb16	r1, r1, ror #8
	smlad	r4, r3, r0, r4
	smlad	r0, r1, r2, r4
	ldr	r4, [sp, #36]
	smlad	r2, r3, r12, lr
	ldr.w	r3, [r9, #12]
	str	r0, [sp, #100]
	smlad	r2, r1, r5, r2
	sxtb16	r1, r3
	ldr	r0, [sp, #28]
	sxtb16	r3, r3, ror #8
	smlad	r5, r1, r4, r8
	ldr.w	r8, [sp, #40]
	smlad	r1, r1, r0, r10
	ldr.w	r12, [sp, #32]
	smlad	r5, r3, r8, r5
	smlad	r1, r3, r12, r1
	ldr.w	r3, [r9, #28]
	sxtb16	r6, r3
	lsls	r5, r5, #1
	smlad	r7, r6, r4, r7
	lsls	r1, r1, #1
	smlad	r6, r6, r0, r11
	sxtb16	r3, r3, ror #8
	smlad	r11, r3, r8, r7
	smlad	r3, r3, r12, r6
	ldr.w	r6, [r9, #44]
	str	r3, [sp, #96]
	ldr.w	r9, [sp, #124]
	ldrd	r10, lr, [sp, #20]
	@APP
	smmlar	r3, r5, lr, r10
	@NO_APP
	add.w	r3, r3, r5, asr #31
	str	r3, [sp, #104]
	sxtb16	r3, r6
	sxtb16	r5, r6, ror #8
	ldr	r6, [sp, #100]
	smlad	r4, r3, r4, r6
	smlad	r3, r3, r0, r2
	movw	r0, :lower16:.Lloom_demo_n5.multiplier
	ldr	r2, [sp, #116]
	movt	r0, :upper16:.Lloom_demo_n5.multiplier
	smlad	r3, r5, r12, r3
	ldr.w	r12, [sp, #108]
	ldr.w	r6, [r0, r2, lsl #2]
	movw	r0, :lower16:.Lloom_demo_n5.requant_offset
	movt	r0, :upper16:.Lloom_demo_n5.requant_offset
	ldr	r2, [sp, #116]
	lsls	r3, r3, #1
	ldr.w	r7, [r0, r2, lsl #2]
	@APP
	smmlar	r2, r1, r6, r7
	@NO_APP
	lsl.w	r0, r11, #1
	movw	r11, :lower16:.Lloom_demo_n5.right_shift
	add.w	r2, r2, r1, asr #31
	@APP
	smmlar	r1, r0, lr, r10
	@NO_APP
	add.w	r1, r1, r0, asr #31
	smlad	r0, r5, r8, r4
	ldr	r4, [sp, #96]
	ldr.w	r8, [sp, #116]
	lsls	r4, r4, #1
	@APP
	smmlar	r5, r4, r6, r7
	@NO_APP
	lsls	r0, r0, #1
	movt	r11, :upper16:.Lloom_demo_n5.right_shift
	add.w	r4, r5, r4, asr #31
	@APP
	smmlar	r5, r0, lr, r10
	@NO_APP
	add.w	r0, r5, r0, asr #31
	@APP
	smmlar	r5, r3, r6, r7
	@NO_APP
	ldr	r6, [sp, #112]
	add.w	r3, r5, r3, asr #31
	ldr	r7, [sp, #104]
	ldr.w	r5, [r11, r8, lsl #2]
	asr.w	r6, r7, r6
	ldr	r7, [sp, #92]
	asrs	r2, r5
	ssat	r6, #8, r6
	strb.w	r6, [r12, #47]
	ldr	r6, [sp, #112]
	asrs	r1, r6
	asrs	r0, r6
	ssat	r1, #8, r1
	strb.w	r1, [r12, #95]
	asr.w	r1, r3, r5
	ssat	r2, #8, r2
	ssat	r0, #8, r0
	strb.w	r2, [r12, #48]
	asr.w	r2, r4, r5
	strb.w	r0, [r12, #143]
	ssat	r0, #8, r1
	ldr	r1, [sp, #128]
	adds	r1, #48
	ssat	r2, #8, r2
	cmp.w	r1, #384
	strb.w	r2, [r12, #96]
	strb	r0, [r12, #144]!
	bne.w	.LBB0_3
	ldr	r1, [sp, #16]
	ldr.w	r12, [sp, #12]
	adds	r1, #1
	add.w	r7, r7, #384
	cmp	r1, #24
	add.w	r12, r12, #1152
	bne.w	.LBB0_2
	ldr	r3, [sp, #4]
	ldr	r4, [sp, #8]
	adds	r3, #1
	movw	r10, :lower16:.Lloom_demo_n5.requant_offset
	cmp	r3, #24
	add.w	r4, r4, #2
	movt	r10, :upper16:.Lloom_demo_n5.requant_offset
	bne.w	.LBB0_1
	add	sp, #132
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n5, .Lfunc_end0-loom_demo_n5
	.cantunwind
	.fnend

	.type	.Lloom_demo_n5.bias,%object
	.section	.rodata..Lloom_demo_n5.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.bias:
	.long	4294966348
	.long	1343
	.long	774
	.long	765
	.long	4294965555
	.long	4294966040
	.long	473
	.long	4294965341
	.long	4294966365
	.long	1412
	.long	1382
	.long	4294967142
	.long	4294967042
	.long	4294966185
	.long	1867
	.long	1884
	.long	51
	.long	4294966570
	.long	4294966694
	.long	4294965424
	.long	4294966568
	.long	1621
	.long	1468
	.long	183
	.long	975
	.long	1850
	.long	963
	.long	1240
	.long	1880
	.long	4294966679
	.long	1217
	.long	4294966407
	.long	1289
	.long	1899
	.long	1094
	.long	1657
	.long	1330
	.long	116
	.long	1088
	.long	4294966215
	.long	4294966634
	.long	1300
	.long	4294966865
	.long	857
	.long	239
	.long	4294966703
	.long	1165
	.long	1348
	.size	.Lloom_demo_n5.bias, 192

	.type	.Lloom_demo_n5.weights,%object
	.section	.rodata..Lloom_demo_n5.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.weights:
	.ascii	"NUC\006s(\332{\350X9\317\332\001!\370s\363\217\\\327\323{GM\375,\3516\0278Uj\276\205\240\360\227\267\322\032R(~czQ\262\261\275\276\007\352\261v\210\223'\346\233a\001#\tp\276\004Fn\373\264C\211\246Cz\025i\000\361>\327\036g\352v\310n\226\306\354\266\3726\331q\021\001<8P\306+\362X{\362do\302\022\347\271]\177\214\b\025\234r\243j5Z\326\377\344f;\314i\2163\367Qfy\\\273\276\b[/\335\215`v\022(#^\370\216\337'.\017\255r\323\021\r\240I\022\003\242\221-eDa\335\022\340\264\374\360\344\235\311\364\377\223\317\247\356\035H\202\327\314Cg\006E\304=Y\003\034\3061p\364\374\307K\341\376\227\210W\263\030\016\245\273R\017\340\227a;\335MlO\275k\201k\006\345Uv\267q\340\210\240\336\234\345\272\350\203n\214\237\036\000\037_B\207\243\366OD\262N0zy\231H\007\357\255\345W)r\002yWhd\267\r\036^\001\253v\2515\204\227\347F\342V\031/\342\350U\310\251\230si\332\335\271|Q\363\370b:-\345\324@k\345\261\"H\374\215\342Df\345c\371l\036\006H;w\351\023\251f\333\331\330\226\032\313`Cz\331\267\3145r\250\005\262ru\021\217\243\246m%\255\233\267a?\035\373\004\355\352\364!)# \002\307j\222\320B\376\031\327\035\236\022\345\337\353\"\314n\351f\276q\372s\230v&v\343\264\236\240,\211\222\211\257Q\241\202\2561\303F\241\257F\\\230}xB\373\251\337^_\353\3269\r\n\b\037P\034\302gj\242\244\216\323\013\022\257\365/\3650\217\003\n\226\347\rM\345\0355A+\370{\007\221\333\315[\274b\3268\323\267B\323O\024\233A\310+\266 )\003\316\023\177$\260\231\240\343HOu`\374r\341\332\220\363\363\222+e\003h\326\253\313\262G\222\031\3374yD\215\323l\367`\242\317\210t\322\022*\004\354\t\257Cok\252-\260\220\321\013}\234\004\030*\331/\360u/\222\315\272\320\304L,Id\342\334\0168\365\264K\337!\330\022;_[\300\253\\r\217\256\270\035\237\211\236\233\241\331\367\312C\2726\246Ix\025\035\016\356Gh/\f\020\0212\276*\372\345r>\334\n8\004\251\370\260\rVp\0222\330)\177=\000:`\303\026\323??]\215\236\275=n\356\030\263\342{\233c\303\374\316\306y\213k\301\rq\007h\244)\350\265=\346\224\305\254D\n\013\031,^&\303-\177A\013~\335$\210\363\224\224!\317U3\347\310$\227\376\216\333kcJ\216%\353\035\371\230y^d\341\370M\3158\231\371\270h\217\357\366\007\2169;f\217l<\255-\212\325\017/\024\372\322v/\251\355\377\r\355!\034\276"
	.size	.Lloom_demo_n5.weights, 768

	.type	.Lloom_demo_n5.multiplier,%object
	.section	.rodata..Lloom_demo_n5.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.multiplier:
	.long	1718960286
	.long	2126990080
	.long	1918131516
	.long	2077428854
	.long	1615081532
	.long	1846325478
	.long	1129159101
	.long	1368973223
	.long	1291875479
	.long	2137500595
	.long	1315838460
	.long	1243002194
	.long	1553500408
	.long	1165445314
	.long	1120944049
	.long	2076379587
	.long	1481351868
	.long	1907163171
	.long	1351931118
	.long	1442321936
	.long	1191339822
	.long	1239543442
	.long	1695184985
	.long	1662376346
	.long	2068246134
	.long	1118792638
	.long	1387502515
	.long	2046385169
	.long	1298170755
	.long	1859933093
	.long	1397127833
	.long	1475213807
	.long	1644885115
	.long	1455990262
	.long	1095366367
	.long	1299076080
	.long	1403821535
	.long	1326207644
	.long	1277307812
	.long	1781405935
	.long	1656633230
	.long	1266366449
	.long	1834895386
	.long	1135489194
	.long	1236285753
	.long	1149794326
	.long	1804705454
	.long	1383401299
	.size	.Lloom_demo_n5.multiplier, 192

	.type	.Lloom_demo_n5.requant_offset,%object
	.section	.rodata..Lloom_demo_n5.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.requant_offset:
	.long	4294934656
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294902016
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294950976
	.long	4294902016
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294950976
	.long	4294934656
	.long	4294934656
	.long	4294934656
	.long	4294950976
	.size	.Lloom_demo_n5.requant_offset, 192

	.type	.Lloom_demo_n5.right_shift,%object
	.section	.rodata..Lloom_demo_n5.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n5.right_shift:
	.long	8
	.long	9
	.long	9
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	8
	.long	9
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.long	7
	.long	9
	.long	7
	.long	8
	.long	8
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	8
	.long	7
	.long	8
	.long	7
	.long	8
	.long	8
	.long	8
	.long	7
	.size	.Lloom_demo_n5.right_shift, 192

	.section	".note.GNU-stack","",%progbits

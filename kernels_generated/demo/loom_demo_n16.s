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
	sub	sp, #80
	sub.w	r0, r0, #1248
	movs	r2, #0
	b	.LBB0_2
.LBB0_1:
	ldr	r2, [sp]
	ldr	r0, [sp, #4]
	adds	r2, #1
	ldr	r1, [sp, #8]
	cmp	r2, #6
	add.w	r0, r0, #2304
	add.w	r1, r1, #576
	beq.w	.LBB0_19
.LBB0_2:
	lsls	r3, r2, #1
	str	r3, [sp, #20]
	mov.w	r3, #-1
	str	r2, [sp]
	add.w	r2, r3, r2, lsl #1
	str	r2, [sp, #16]
	movs	r2, #0
	strd	r0, r1, [sp, #4]
	strd	r1, r0, [sp, #24]
	b	.LBB0_4
.LBB0_3:
	ldr	r2, [sp, #12]
	ldr	r0, [sp, #28]
	adds	r2, #1
	add.w	r0, r0, #384
	cmp	r2, #3
	str	r0, [sp, #28]
	ldr	r0, [sp, #24]
	add.w	r0, r0, #192
	str	r0, [sp, #24]
	beq	.LBB0_1
.LBB0_4:
	mov.w	r0, #-1
	mov.w	r12, #12
	movs	r4, #0
	str	r2, [sp, #12]
	add.w	r0, r0, r2, lsl #2
	str	r0, [sp, #32]
	b	.LBB0_7
.LBB0_5:
	str	r7, [sp, #56]
	str.w	r9, [sp, #68]
.LBB0_6:
	mov	r1, r4
	movw	r11, :lower16:.Lloom_demo_n16.multiplier
	movw	r4, :lower16:.Lloom_demo_n16.requant_offset
	movt	r11, :upper16:.Lloom_demo_n16.multiplier
	ldr.w	r12, [sp, #60]
	movt	r4, :upper16:.Lloom_demo_n16.requant_offset
	add.w	r0, r11, r12
	add.w	r7, r4, r12
	lsls	r2, r2, #1
	ldr	r10, [r0, #-12]
	ldr	r9, [r7, #-12]
	@APP
	smmlar	r0, r2, r10, r9
	@NO_APP
	lsls	r1, r1, #1
	add.w	r0, r0, r2, asr #31
	str	r0, [sp, #52]
	lsl.w	r2, lr, #1
	ldr.w	lr, [sp, #64]
	add.w	r7, r11, lr, lsl #2
	add.w	r6, r4, lr, lsl #2
	ldrd	r7, r3, [r7, #4]
	ldrd	r5, r6, [r6, #4]
	@APP
	smmlar	r0, r2, r7, r5
	@NO_APP
	str	r6, [sp, #48]
	add.w	r0, r0, r2, asr #31
	str	r0, [sp, #40]
	@APP
	smmlar	r0, r1, r3, r6
	@NO_APP
	lsl.w	r6, r8, #1
	add.w	r0, r0, r1, asr #31
	str	r0, [sp, #36]
	ldr	r0, [sp, #68]
	ldr.w	r8, [r11, r12]
	movw	r11, :lower16:.Lloom_demo_n16.right_shift
	lsls	r0, r0, #1
	movt	r11, :upper16:.Lloom_demo_n16.right_shift
	str	r3, [sp, #44]
	add.w	r1, r11, r12
	ldr.w	r3, [r4, r12]
	@APP
	smmlar	r4, r0, r8, r3
	@NO_APP
	add.w	r0, r4, r0, asr #31
	str	r0, [sp, #68]
	@APP
	smmlar	r0, r6, r10, r9
	@NO_APP
	ldr	r1, [r1, #-12]
	ldr	r2, [sp, #52]
	add.w	r0, r0, r6, asr #31
	ldr	r4, [sp, #40]
	asr.w	r6, r2, r1
	ldr.w	r10, [sp, #24]
	asr.w	r9, r0, r1
	ldr	r1, [sp, #72]
	ssat	r0, #8, r6
	add.w	r6, r11, lr, lsl #2
	strb.w	r0, [r10, lr]
	lsls	r1, r1, #1
	@APP
	smmlar	r5, r1, r7, r5
	@NO_APP
	ldrd	r6, r2, [r6, #4]
	asr.w	r7, r4, r6
	add.w	r0, r10, lr
	add.w	r1, r5, r1, asr #31
	ldr	r4, [sp, #36]
	ssat	r7, #8, r7
	asr.w	r10, r1, r6
	ldr	r1, [sp, #56]
	asr.w	r5, r4, r2
	strb	r7, [r0, #1]
	lsls	r7, r1, #1
	ldr.w	r6, [r11, r12]
	ldrd	r4, r1, [sp, #44]
	@APP
	smmlar	r1, r7, r4, r1
	@NO_APP
	ldr	r4, [sp, #68]
	asrs	r4, r6
	add.w	r12, r12, #16
	add.w	r1, r1, r7, asr #31
	ssat	r4, #8, r4
	strb	r4, [r0, #3]
	ldr	r4, [sp, #76]
	lsls	r4, r4, #1
	asrs	r1, r2
	@APP
	smmlar	r2, r4, r8, r3
	@NO_APP
	add.w	r2, r2, r4, asr #31
	asrs	r2, r6
	ssat	r1, #8, r1
	ssat	r3, #8, r9
	strb.w	r1, [r0, #98]
	add.w	r1, lr, #4
	strb.w	r3, [r0, #96]
	ssat	r5, #8, r5
	cmp	r1, #96
	ssat	r3, #8, r10
	mov	r4, r1
	ssat	r2, #8, r2
	strb	r5, [r0, #2]
	strb.w	r3, [r0, #97]
	strb.w	r2, [r0, #99]
	beq.w	.LBB0_3
.LBB0_7:
	movw	r2, :lower16:.Lloom_demo_n16.bias
	str.w	r12, [sp, #60]
	movt	r2, :upper16:.Lloom_demo_n16.bias
	str	r4, [sp, #64]
	add.w	r0, r2, r4, lsl #2
	add.w	r1, r2, r12
	ldr.w	r6, [r2, r12]
	str	r6, [sp, #76]
	ldrd	r5, r7, [r0, #4]
	ldr	r0, [sp, #16]
	ldr	r8, [r1, #-12]
	cmp	r0, #12
	bhs.w	.LBB0_11
	ldr	r0, [sp, #32]
	mov	lr, r7
	cmp	r0, #11
	mov	r0, r6
	mov	r1, r5
	mov	r12, r8
	bhi	.LBB0_10
	ldr	r0, [sp, #28]
	movw	r1, :lower16:.Lloom_demo_n16.weights
	movt	r1, :upper16:.Lloom_demo_n16.weights
	ldr	r0, [r0, r4]
	ldr	r2, [r1, r4]
	mov.w	r1, #8388736
	sxtab16	lr, r1, r0
	sxtb16	r3, r2
	sxtab16	r0, r1, r0, ror #8
	smlabb	r12, lr, r3, r8
	sxtb16	r2, r2, ror #8
	smlatt	lr, lr, r3, r7
	smlabb	r1, r0, r2, r5
	smlatt	r0, r0, r2, r6
.LBB0_10:
	str	r0, [sp, #68]
	ldr	r0, [sp, #28]
	str	r1, [sp, #44]
	add	r0, r4
	movw	r1, :lower16:.Lloom_demo_n16.weights
	str	r5, [sp, #72]
	movt	r1, :upper16:.Lloom_demo_n16.weights
	ldr.w	r2, [r0, #192]
	add.w	r11, r1, r4
	ldr.w	r9, [r0, #96]
	ldr	r3, [r1, r4]
	mov	r1, r12
	mov.w	r12, #8388736
	ldr.w	r10, [r11, #96]
	sxtab16	r6, r12, r2
	sxtb16	r4, r3
	smlabb	r5, r6, r4, r8
	ldr.w	r8, [r0, #288]
	str	r5, [sp, #52]
	smlatt	r5, r6, r4, r7
	sxtab16	r4, r12, r9
	mov	r7, r11
	sxtb16	r11, r10
	ldr.w	r0, [r0, #384]
	smlabb	r1, r4, r11, r1
	str	r1, [sp, #56]
	smlatt	r1, r4, r11, lr
	str	r1, [sp, #48]
	ldr	r1, [sp, #52]
	sxtab16	lr, r12, r8
	ldr	r4, [sp, #44]
	smlabb	r1, lr, r11, r1
	str	r1, [sp, #52]
	smlatt	r1, lr, r11, r5
	str	r1, [sp, #40]
	ldr	r1, [sp, #72]
	sxtab16	r2, r12, r2, ror #8
	sxtb16	r3, r3, ror #8
	smlabb	lr, r2, r3, r1
	ldr	r1, [sp, #76]
	smlatt	r11, r2, r3, r1
	sxtab16	r1, r12, r9, ror #8
	sxtb16	r3, r10, ror #8
	smlabb	r9, r1, r3, r4
	ldr	r4, [sp, #68]
	smlatt	r10, r1, r3, r4
	sxtab16	r1, r12, r8, ror #8
	smlabb	lr, r1, r3, lr
	smlatt	r1, r1, r3, r11
	ldr.w	r3, [r7, #192]
	sxtb16	r7, r3, ror #8
	smlabb	r4, r2, r7, r9
	smlatt	r9, r2, r7, r10
	sxtab16	r2, r12, r0, ror #8
	smlatt	r1, r2, r7, r1
	str	r1, [sp, #76]
	smlabb	r5, r2, r7, lr
	sxtb16	r1, r3
	ldr	r3, [sp, #48]
	mov	lr, r4
	ldr	r2, [sp, #56]
	smlatt	r4, r6, r1, r3
	ldr	r3, [sp, #40]
	sxtab16	r0, r12, r0
	smlabb	r2, r6, r1, r2
	smlatt	r7, r0, r1, r3
	ldr	r3, [sp, #52]
	smlabb	r8, r0, r1, r3
	ldr	r0, [sp, #20]
	str	r5, [sp, #72]
	cmp	r0, #11
	bhi.w	.LBB0_5
	b	.LBB0_12
.LBB0_11:
	mov	r9, r6
	mov	r4, r7
	mov	lr, r5
	mov	r2, r8
	ldr	r0, [sp, #20]
	str	r5, [sp, #72]
	cmp	r0, #11
	bhi.w	.LBB0_5
.LBB0_12:
	ldr	r0, [sp, #32]
	mov	r11, r7
	cmp	r0, #11
	movw	r0, :lower16:.Lloom_demo_n16.weights
	movt	r0, :upper16:.Lloom_demo_n16.weights
	ldr	r1, [sp, #64]
	add.w	r6, r0, r1
	ldr	r0, [sp, #28]
	mov	r12, r8
	add.w	r8, r0, r1
	bhi	.LBB0_14
	ldr.w	r0, [r8, #1152]
	ldr.w	r3, [r6, #288]
	mov.w	r10, #8388736
	sxtab16	r5, r10, r0
	sxtb16	r1, r3
	smlabb	r2, r5, r1, r2
	sxtab16	r0, r10, r0, ror #8
	smlatt	r4, r5, r1, r4
	sxtb16	r3, r3, ror #8
	str	r4, [sp, #44]
	smlabb	lr, r0, r3, lr
	smlatt	r9, r0, r3, r9
	str.w	lr, [sp, #52]
	str.w	r9, [sp, #68]
	b	.LBB0_15
.LBB0_14:
	mov.w	r10, #8388736
	str.w	r9, [sp, #68]
	str.w	lr, [sp, #52]
	str	r4, [sp, #44]
.LBB0_15:
	ldr.w	r0, [r8, #1344]
	ldr.w	r5, [r6, #288]
	ldr.w	r7, [r8, #1248]
	ldr.w	r9, [r6, #384]
	sxtab16	r3, r10, r0
	mov	lr, r2
	sxtb16	r4, r5
	mov	r2, r6
	smlabb	r12, r3, r4, r12
	str	r2, [sp, #56]
	smlatt	r4, r3, r4, r11
	sxtab16	r1, r10, r7
	sxtb16	r11, r9
	smlabb	r6, r1, r11, lr
	ldr.w	lr, [r8, #1440]
	str	r6, [sp, #48]
	ldr	r6, [sp, #44]
	smlatt	r1, r1, r11, r6
	ldr	r6, [sp, #76]
	str	r1, [sp, #44]
	sxtab16	r1, r10, lr
	smlabb	r12, r1, r11, r12
	smlatt	r1, r1, r11, r4
	ldr	r4, [sp, #72]
	sxtab16	r0, r10, r0, ror #8
	sxtb16	r5, r5, ror #8
	smlabb	r4, r0, r5, r4
	smlatt	r11, r0, r5, r6
	ldr	r5, [sp, #52]
	sxtab16	r7, r10, r7, ror #8
	sxtb16	r6, r9, ror #8
	smlabb	r9, r7, r6, r5
	ldr	r5, [sp, #68]
	smlatt	r7, r7, r6, r5
	sxtab16	r5, r10, lr, ror #8
	smlabb	lr, r5, r6, r4
	ldr.w	r4, [r2, #480]
	smlatt	r5, r5, r6, r11
	ldr.w	r11, [r8, #1536]
	sxtb16	r6, r4, ror #8
	smlabb	r9, r0, r6, r9
	smlatt	r7, r0, r6, r7
	sxtab16	r0, r10, r11, ror #8
	smlatt	r5, r0, r6, r5
	smlabb	r0, r0, r6, lr
	str	r5, [sp, #76]
	str	r0, [sp, #72]
	ldr	r0, [sp, #48]
	sxtb16	r6, r4
	smlabb	lr, r3, r6, r0
	ldr	r0, [sp, #44]
	sxtab16	r5, r10, r11
	smlatt	r3, r3, r6, r0
	smlatt	r10, r5, r6, r1
	ldr	r0, [sp, #32]
	smlabb	r11, r5, r6, r12
	cmp	r0, #11
	mov.w	r12, #8388736
	bhi	.LBB0_17
	ldr	r5, [sp, #56]
	ldr.w	r1, [r8, #2304]
	ldr.w	r6, [r5, #576]
	sxtab16	r4, r12, r1
	sxtb16	r0, r6
	sxtab16	r1, r12, r1, ror #8
	smlabb	lr, r4, r0, lr
	sxtb16	r6, r6, ror #8
	smlatt	r3, r4, r0, r3
	smlatt	r7, r1, r6, r7
	str	r3, [sp, #44]
	smlabb	r9, r1, r6, r9
	str	r7, [sp, #68]
	mov	r7, r5
	str.w	r9, [sp, #52]
	b	.LBB0_18
.LBB0_17:
	str	r7, [sp, #68]
	ldr	r7, [sp, #56]
	str.w	r9, [sp, #52]
	str	r3, [sp, #44]
.LBB0_18:
	ldr.w	r6, [r8, #2400]
	ldr.w	r3, [r7, #672]
	sxtb16	r2, r3
	ldr.w	r9, [r8, #2496]
	sxtab16	r5, r12, r6
	ldr.w	r1, [r7, #576]
	smlabb	r7, r5, r2, lr
	str	r7, [sp, #48]
	ldr.w	r7, [r8, #2592]
	sxtab16	r4, r12, r9
	sxtb16	r0, r1
	smlabb	r11, r4, r0, r11
	smlatt	r10, r4, r0, r10
	ldr	r0, [sp, #44]
	smlatt	r5, r5, r2, r0
	ldr	r0, [sp, #72]
	sxtab16	lr, r12, r7
	str	r5, [sp, #44]
	smlabb	r11, lr, r2, r11
	ldr	r5, [sp, #76]
	smlatt	lr, lr, r2, r10
	sxtab16	r2, r12, r9, ror #8
	sxtb16	r1, r1, ror #8
	smlabb	r0, r2, r1, r0
	smlatt	r1, r2, r1, r5
	ldr	r5, [sp, #52]
	sxtab16	r6, r12, r6, ror #8
	sxtb16	r3, r3, ror #8
	sxtab16	r7, r12, r7, ror #8
	smlabb	r9, r6, r3, r5
	ldr	r5, [sp, #68]
	smlatt	r6, r6, r3, r5
	smlabb	r0, r7, r3, r0
	smlatt	r1, r7, r3, r1
	ldr	r3, [sp, #56]
	ldr.w	r10, [r3, #768]
	ldr.w	r3, [r8, #2688]
	sxtb16	r7, r10, ror #8
	smlabb	r8, r2, r7, r9
	smlatt	r2, r2, r7, r6
	str	r2, [sp, #68]
	sxtab16	r2, r12, r3, ror #8
	smlatt	r1, r2, r7, r1
	smlabb	r0, r2, r7, r0
	str	r1, [sp, #76]
	str	r0, [sp, #72]
	ldr	r1, [sp, #48]
	sxtb16	r0, r10
	smlabb	r2, r4, r0, r1
	ldr	r1, [sp, #44]
	smlatt	r4, r4, r0, r1
	sxtab16	r1, r12, r3
	smlatt	r3, r1, r0, lr
	mov	lr, r8
	smlabb	r8, r1, r0, r11
	str	r3, [sp, #56]
	b	.LBB0_6
.LBB0_19:
	add	sp, #80
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

	.type	.Lloom_demo_n16.weights,%object
	.section	.rodata..Lloom_demo_n16.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n16.weights:
	.ascii	"\204\0323\327yv\334\3676 E\312(5\312K]\312\244)_b\001\225\252\030\336B\rz\002+\364;th4\302\314\255\240\027\320\2703\222~9\016X\374~\236\342\277\303\305\340=\203Uh\020U\bY1G\303\373)\324e\306-a\317Z\244\244\257M$\326\3355r\332<\371[\023\211FK\246\312E\026W7,\027`\232\344\016\324\342.7\214\206c\005\177\374*\266\350\207\275\221\227I3\320\363\r\f[\246\205o\026\272\244ALT\004\336\373\177\030\277F\227\017\330;]\372P\030\351\220\265tub,\306\351(\202\217X^\002\300\256eM\312\233\315\034\231\306\035jIi\206Nxv\344\266\207yQ\207\304\315Us4o\023\353*A\224\312p]F\344\213\224i\255\350G]\317!\313\034\\\231\327r\234\0308\t\300\232R\352\0266\377\264#\006^\301\225p\355\225\315K*\022\177\3472\310\262\324\357\355^\017\356Le%[\231\235+\n\215\245\350\223\325\3447&g\365\333\271`\034\243'\370I\3676\027\225\351\204\035I \002\\\"\255spx\315\276\340\377\253j[\312\347\307V\263\351l\007\274\362\367\243\006\tw\313\266\206\263\320\030\206;\002\272\f\264\2515\363k\213\260\377\332[\307\241\034^\246\217\260\002[h\224\245\351c5c\207\274}\301\207\312\262\007]\0067\357P\235\257\375\372;j\231\003\363\363\220+\251\363\221\345v\342\251\202\\\317\263\332p-\326J\322\235s3\344\000P\275\303\253N\005z\036\333\364q?ZP\3463\177\320j\026\t|lo\351CV\2574\321\342#\230B\351\342)6\253XG[a\362,\023\304\027\332[\240\345\025Q\333\261\216\300k\317%\363{W\346\215P\255\237#N\003\223\n\027\003\356d pc\3172\352\300\210]\226\037\326\032\321qi<\234\016\266\214\364 \007*\261\210p\325\264\030QL\035\224\007XA\251\352\221\316\273\216~\3442P\017\332\007\344S\354\256N\361\264\241U\025C\017\021x\313\351/\223\017\360\f\022m\372\310\376\300.MP\031~\006\236Os\377~KD\221\360\201\224J\3743Z\207\204\246\243\367\212\260\235\361\2423\027\227\242\022\213\330+\032\357o4\207aK{X\016\276\022:\275\300*\245\305\222\265s7\271\247w\0220\330^\263M\313\373\213'\276\025\257/=\266\204\375)qXsO\\sk\035\321J\301\362\\\324\342\210\311I\340\366\274d\271\252V\177\330\355ho\307-\363T\036W\226r\252:\232\206\331v\311\253#UuZp\343\212o}\243?W\331\377\020\202c\213I\235\2037\316\374S)\353>\033\346[\177\337\262'\327\377\241R-\373\221!\376`3k\016\035\220\216D\252CWBa\376\211&\303;\004\205\024\255\335J\004>\343F)\220\035\356\337\253[\236\307\367c\346\311\024\027[\252N\n\231mq\3210-u\364\370\020\260Xd\212\201\260oK\236f;R\214\234\343P\225p\3753\241\b\334\250)\337{?\305|\234\362\263\212\343\234\243%\260\027\304\215\356\034\232x\257\356\212es\376S\252fv\r\346\351\254\356e\330\253\257\302\262vPI"
	.size	.Lloom_demo_n16.weights, 864

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

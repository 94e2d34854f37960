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
	add.w	r2, r1, #143
	movt	r0, :upper16:.Lloom_demo_n9.bias
	movw	r1, :lower16:.Lloom_demo_n9.requant_offset
	subs	r0, #4
	movt	r1, :upper16:.Lloom_demo_n9.requant_offset
	str	r0, [sp, #24]
	subs	r0, r1, #4
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n9.multiplier
	movw	r1, :lower16:.Lloom_demo_n9.right_shift
	movt	r0, :upper16:.Lloom_demo_n9.multiplier
	movw	r12, :lower16:.Lloom_demo_n9.weights
	movs	r3, #0
	movt	r1, :upper16:.Lloom_demo_n9.right_shift
	subs	r0, #4
	movt	r12, :upper16:.Lloom_demo_n9.weights
	str	r0, [sp, #16]
	subs	r0, r1, #4
	str	r0, [sp, #12]
.LBB0_1:
	add.w	r0, r3, r3, lsl #3
	ldr	r1, [sp]
	mov	r11, r2
	str	r3, [sp, #4]
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
	str	r2, [sp, #8]
.LBB0_2:
	add.w	r2, r0, r0, lsl #3
	ldr	r7, [sp, #48]
	str	r0, [sp, #56]
	movs	r0, #24
	add.w	r1, r0, r2, lsl #3
	ldr.w	r3, [r7, r2, lsl #3]
	movs	r0, #48
	str.w	r11, [sp, #52]
	sxtb16	r6, r3, ror #8
	add.w	r0, r0, r2, lsl #3
	sxtb16	r3, r3
	str	r3, [sp, #188]
	ldr	r3, [r7, r1]
	str	r6, [sp, #192]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #184]
	sxtb16	r3, r3
	str	r3, [sp, #180]
	ldr	r3, [r7, r0]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #176]
	ldr	r7, [sp, #44]
	sxtb16	r3, r3
	str	r3, [sp, #172]
	ldr.w	r3, [r7, r2, lsl #3]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #168]
	sxtb16	r3, r3
	str	r3, [sp, #164]
	ldr	r3, [r7, r1]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #160]
	sxtb16	r3, r3
	str	r3, [sp, #156]
	ldr	r3, [r7, r0]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #152]
	ldr	r7, [sp, #40]
	sxtb16	r3, r3
	str	r3, [sp, #148]
	ldr.w	r3, [r7, r2, lsl #3]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #144]
	sxtb16	r3, r3
	str	r3, [sp, #140]
	ldr	r3, [r7, r1]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #136]
	sxtb16	r3, r3
	str	r3, [sp, #132]
	ldr	r3, [r7, r0]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #128]
	ldr	r7, [sp, #36]
	sxtb16	r3, r3
	str	r3, [sp, #124]
	ldr.w	r3, [r7, r2, lsl #3]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #120]
	sxtb16	r3, r3
	str	r3, [sp, #116]
	ldr	r3, [r7, r1]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #112]
	sxtb16	r3, r3
	str	r3, [sp, #108]
	ldr	r3, [r7, r0]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #104]
	ldr	r7, [sp, #32]
	sxtb16	r3, r3
	str	r3, [sp, #100]
	ldr.w	r3, [r7, r2, lsl #3]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #96]
	sxtb16	r3, r3
	str	r3, [sp, #92]
	ldr	r3, [r7, r1]
	sxtb16	r6, r3, ror #8
	str	r6, [sp, #88]
	sxtb16	r3, r3
	str	r3, [sp, #84]
	ldr	r3, [r7, r0]
	sxtb16	r7, r3, ror #8
	str	r7, [sp, #240]
	sxtb16	r3, r3
	str	r3, [sp, #80]
	ldr	r3, [sp, #28]
	ldr.w	r2, [r3, r2, lsl #3]
	ldr	r1, [r3, r1]
	sxtb16	r7, r2, ror #8
	ldr	r0, [r3, r0]
	sxtb16	r2, r2
	str	r2, [sp, #72]
	sxtb16	r2, r1, ror #8
	str	r7, [sp, #76]
	sxtb16	r1, r1
	str	r1, [sp, #64]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #60]
	sxtb16	r0, r0
	str	r0, [sp, #236]
	ldr	r0, [sp, #12]
	str	r0, [sp, #232]
	ldr	r0, [sp, #16]
	str	r0, [sp, #228]
	ldr	r0, [sp, #20]
	str	r0, [sp, #224]
	movw	r0, #63808
	ldr	r1, [sp, #24]
	movt	r0, #65535
	str	r2, [sp, #68]
.LBB0_3:
	add.w	r10, r12, r0
	str	r0, [sp, #216]
	ldr	r8, [r1, #8]!
	ldr	r0, [sp, #188]
	ldr.w	r3, [r10, #1728]
	ldr.w	r5, [r10, #1752]
	sxtb16	r7, r3
	str	r1, [sp, #220]
	sxtb16	r4, r5
	ldr	r2, [r1, #-4]
	sxtb16	r3, r3, ror #8
	smlad	r6, r0, r7, r2
	ldr	r1, [sp, #192]
	smlad	r0, r0, r4, r8
	sxtb16	r5, r5, ror #8
	ldr.w	r9, [sp, #180]
	smlad	r6, r1, r3, r6
	str.w	r11, [sp, #244]
	smlad	r12, r1, r5, r0
	ldr	r1, [sp, #184]
	smlad	r0, r9, r7, r2
	ldr.w	r11, [sp, #156]
	smlad	lr, r1, r3, r0
	smlad	r0, r9, r4, r8
	smlad	r9, r1, r5, r0
	ldr	r1, [sp, #172]
	smlad	r2, r1, r7, r2
	ldr	r0, [sp, #176]
	smlad	r2, r0, r3, r2
	ldr.w	r3, [r10, #1732]
	smlad	r1, r1, r4, r8
	smlad	r8, r0, r5, r1
	ldr	r0, [sp, #164]
	sxtb16	r4, r3
	ldr	r1, [sp, #168]
	smlad	r5, r0, r4, r6
	ldr.w	r6, [r10, #1756]
	sxtb16	r7, r6
	sxtb16	r3, r3, ror #8
	smlad	r0, r0, r7, r12
	sxtb16	r6, r6, ror #8
	smlad	r5, r1, r3, r5
	smlad	r12, r1, r6, r0
	ldr	r1, [sp, #160]
	smlad	r0, r11, r4, lr
	smlad	lr, r1, r3, r0
	smlad	r0, r11, r7, r9
	smlad	r9, r1, r6, r0
	ldr	r1, [sp, #148]
	smlad	r2, r1, r4, r2
	ldr	r0, [sp, #152]
	smlad	r11, r0, r3, r2
	ldr.w	r3, [r10, #1736]
	smlad	r1, r1, r7, r8
	ldr	r2, [sp, #144]
	smlad	r1, r0, r6, r1
	ldr	r0, [sp, #140]
	sxtb16	r4, r3
	ldr.w	r6, [r10, #1760]
	sxtb16	r3, r3, ror #8
	smlad	r5, r0, r4, r5
	sxtb16	r7, r6
	smlad	r8, r2, r3, r5
	sxtb16	r6, r6, ror #8
	smlad	r0, r0, r7, r12
	ldr	r5, [sp, #132]
	smlad	r12, r2, r6, r0
	smlad	r0, r5, r4, lr
	ldr	r2, [sp, #136]
	smlad	lr, r2, r3, r0
	smlad	r0, r5, r7, r9
	ldr	r5, [sp, #124]
	smlad	r9, r2, r6, r0
	ldr	r0, [sp, #128]
	smlad	r2, r5, r4, r11
	smlad	r11, r0, r3, r2
	ldr.w	r3, [r10, #1740]
	smlad	r1, r5, r7, r1
	ldr	r2, [sp, #120]
	smlad	r1, r0, r6, r1
	ldr	r0, [sp, #116]
	sxtb16	r4, r3
	ldr.w	r6, [r10, #1764]
	sxtb16	r3, r3, ror #8
	smlad	r5, r0, r4, r8
	sxtb16	r7, r6
	smlad	r8, r2, r3, r5
	sxtb16	r6, r6, ror #8
	smlad	r0, r0, r7, r12
	ldr	r5, [sp, #108]
	smlad	r12, r2, r6, r0
	smlad	r0, r5, r4, lr
	ldr	r2, [sp, #112]
	smlad	lr, r2, r3, r0
	smlad	r0, r5, r7, r9
	ldr	r5, [sp, #100]
	smlad	r0, r2, r6, r0
	ldr.w	r9, [sp, #92]
	smlad	r2, r5, r4, r11
	ldr	r4, [sp, #104]
	smlad	r2, r4, r3, r2
	ldr.w	r3, [r10, #1744]
	smlad	r1, r5, r7, r1
	smlad	r11, r4, r6, r1
	ldr.w	r6, [r10, #1768]
	sxtb16	r4, r3
	ldr	r1, [sp, #96]
	sxtb16	r3, r3, ror #8
	smlad	r5, r9, r4, r8
	sxtb16	r7, r6
	smlad	r8, r1, r3, r5
	sxtb16	r5, r6, ror #8
	smlad	r6, r9, r7, r12
	smlad	r9, r1, r5, r6
	mov	r12, r5
	str	r5, [sp, #212]
	ldr	r5, [sp, #84]
	smlad	r6, r5, r4, lr
	ldr	r1, [sp, #88]
	smlad	r0, r5, r7, r0
	ldr	r5, [sp, #72]
	smlad	lr, r1, r3, r6
	ldr	r6, [sp, #240]
	smlad	r0, r1, r12, r0
	ldr	r1, [sp, #80]
	smlad	r2, r1, r4, r2
	smlad	r1, r1, r7, r11
	ldr	r7, [sp, #76]
	str	r1, [sp, #208]
	ldr.w	r1, [r10, #1748]
	smlad	r2, r6, r3, r2
	ldr.w	r3, [r10, #1772]
	sxtb16	r4, r1
	sxtb16	r12, r1, ror #8
	smlad	r1, r5, r4, r8
	sxtb16	r11, r3
	smlad	r8, r7, r12, r1
	sxtb16	r1, r3, ror #8
	smlad	r3, r5, r11, r9
	smlad	r3, r7, r1, r3
	mov	r6, r1
	str	r1, [sp, #204]
	ldr	r1, [sp, #64]
	smlad	r7, r1, r4, lr
	ldr	r5, [sp, #68]
	smlad	lr, r1, r11, r0
	ldr	r0, [sp, #236]
	smlad	r9, r0, r4, r2
	ldr	r1, [sp, #228]
	ldr	r4, [sp, #224]
	smlad	r10, r5, r12, r7
	lsl.w	r0, r8, #1
	ldr	r7, [r1, #8]!
	ldr	r2, [r4, #8]!
	str	r1, [sp, #228]
	ldr	r1, [r1, #-4]
	str	r4, [sp, #224]
	ldr	r4, [r4, #-4]
	@APP
	smmlar	r8, r0, r1, r4
	@NO_APP
	lsls	r3, r3, #1
	smlad	lr, r5, r6, lr
	ldr	r5, [sp, #60]
	lsl.w	r10, r10, #1
	add.w	r8, r8, r0, asr #31
	@APP
	smmlar	r0, r3, r7, r2
	@NO_APP
	smlad	r12, r5, r12, r9
	@APP
	smmlar	r9, r10, r1, r4
	@NO_APP
	str	r7, [sp, #196]
	add.w	r0, r0, r3, asr #31
	lsl.w	r3, lr, #1
	str	r0, [sp, #200]
	add.w	r9, r9, r10, asr #31
	@APP
	smmlar	r10, r3, r7, r2
	@NO_APP
	ldr	r7, [sp, #232]
	add.w	r10, r10, r3, asr #31
	ldr	r6, [sp, #240]
	lsl.w	r12, r12, #1
	ldr	lr, [r7, #8]!
	str	r7, [sp, #232]
	ldr	r3, [r7, #-4]
	@APP
	smmlar	r1, r12, r1, r4
	@NO_APP
	ldrd	r0, r7, [sp, #208]
	asr.w	r4, r8, r3
	smlad	r8, r6, r7, r0
	ldr	r0, [sp, #236]
	add.w	r1, r1, r12, asr #31
	smlad	r6, r0, r11, r8
	ldr	r0, [sp, #200]
	asr.w	r0, r0, lr
	ldr	r7, [sp, #204]
	smlad	r6, r5, r7, r6
	ldr.w	r11, [sp, #244]
	ssat	r0, #8, r0
	ldr	r7, [sp, #244]
	strb	r0, [r11, #-142]
	lsls	r0, r6, #1
	ssat	r4, #8, r4
	movw	r12, :lower16:.Lloom_demo_n9.weights
	strb	r4, [r7, #-143]
	ldr	r4, [sp, #196]
	@APP
	smmlar	r2, r0, r4, r2
	@NO_APP
	add.w	r0, r2, r0, asr #31
	asr.w	r5, r9, r3
	movt	r12, :upper16:.Lloom_demo_n9.weights
	asrs	r1, r3
	asr.w	r7, r10, lr
	asr.w	r0, r0, lr
	ssat	r3, #8, r5
	ssat	r2, #8, r7
	strb	r3, [r11, #-71]
	ssat	r1, #8, r1
	strb	r2, [r11, #-70]
	ssat	r0, #8, r0
	strb.w	r1, [r11, #1]
	strb	r0, [r11, #2]!
	ldr	r0, [sp, #216]
	ldr	r1, [sp, #220]
	adds	r0, #48
	bne.w	.LBB0_3
	ldr	r0, [sp, #56]
	ldr.w	r11, [sp, #52]
	adds	r0, #1
	add.w	r11, r11, #216
	cmp	r0, #4
	bne.w	.LBB0_2
	ldr	r3, [sp, #4]
	ldr	r2, [sp, #8]
	adds	r3, #1
	add.w	r2, r2, #864
	cmp	r3, #12
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

	.type	.Lloom_demo_n9.weights,%object
	.section	.rodata..Lloom_demo_n9.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n9.weights:
	.ascii	"=\244\240t\251]/\261\312\024I\272\375\034\233\"K\305\362\007\331\274\316\264\272\321\233\352Q\241\327?\277\211\267\202\213\232\310\2735\260\204X&\257\340\212\246\224\240r\246\323\020\354/\254*\305|Q\242\323\220\233(\036\324&\307\212J\020\215\314\234lk:\265\002{f\355q\244c\214\023\331\261XQ\004c\352p\004vBD\202\001A\304\334\276Bd\317@f\331,\235\271B\261\315c\000\230\231\006\250\360_\322Q3*8^\272\004\006\363\005\277\225\b{w\033\322\351LW6\265\271\223\262\2154\265/\364\333-@\347Z\316G\f\342\225\343\220{?\037\027\266>a\371\243\217\276\030$\310{j\213\032\202\223qT\021\377\325\340\274\344C\253u\267\030\240\035S9\212\315\276\035\255J\342\345\214oP\245\000[iz\027O\310&\217b<BJR\216\311\370y\177\350\006\257k\206]X7\302\3310\245-\360\271\030\250\271\205\013\325\2062\327jAx1c\376\277X\365\214\226\036\347e\331\031\213}\342dd\0360\333\224\222K\350]\204\252\277>\222\312U\221\215\262\207\223\017\321lcP\232\024\035p\330ut\343d\331\330$\230\301\222iQ\266\fp\033\330\372\241\220\237\257_\300\001a\257\226\032D&\212\320\214\213\307\2057IP\270\256\245\315\312\343c\265-9%\\p\253h`Nr\r&l\355\"md\311\225\354\225wK\313\022\277\232I\370\304\3159\002\265\026\2643\017B\262\345X\375\360\r\020UF\300\331\016\314\362.\317t\210\204\322\242\221\260\\\260\246\275\224\002=\255\373*\225~\305\001Nv\232\303\002\\\207G\332\262\245\323\250\243\233U\230\367\225\034\356V\236\321]R\013f\305P\334\230\225K\002\256\333\2014\344\333aznu\0378\327\020\273\254\310\223\330\332H\271\340Y\322\0314Jp\242`\264\245\300\347qul\233!7\345\277\302\222\304\227\266\032\273\240\271h\021\377\330\343\344&\214\334\350BN\002\220\247\353\355\343Zl\313\350of7\\\355S\264G\203\237\004/\020\\\225\261]w\0271\034\025@\2310\353\2040\"\322\2671\231\310\036\0246\035\267\303\006\025\3758\312M;\"\254\346f\202\373\2130J\252\b\232dm=\374hlO\217P*\n\370\230\t^\305\236\000\206B]En\005\273c\275^\332\322\342\032=\256\256\275\216\2416\206\203\030o\210Nt&eH\342L\000H\361?\021\211\311Mw\177-\036x\357\2174VL\031\265\260m\251Y\\\3321H\023\3047\253N\017\324\334{N\204\227{\351\204\357l\311vl\371{5\304Q\306C\000\216\000DjbV\253\245\253f5\227\037=\241<Q\271\327\302\301\313P1a{\205\026\212\344\302Y\266\315\"\266_\023\375emK_\361D`p\234\341r\213\212\227\033\332\252#p\246A\035mWX/\347\212\025#\373\245\271m\005\2552\242\252\317\264\312d\353X\242\337?\233\230\314\024\302\037\033h\365\340\212\003!\365\362M\254\027\377U\231`\273\304Dm\264\353^\366\251\261\370As\352\245rr\245#B\b\260\235\353K>r\007\034{$\211\203\244A\302-\237F\221\034\2343(\033S\365\016\324;\232\007\0222Ag|\177\240\315\256a\350@.\314*\225\221\".\256\304\035\\_\\\234F\255\233\334\373\035\311\340Kv\313\231\023\026\261\364'rj\245qq!\203\233\273JC\265*\306;\344\2774\254\004\2543W\r\202,\313\222\224\221Fe\310\016\r\032Q\030\\#\212\374\221,I\353K\005\177wIJ`\302\225\223uY,\025\3602\243\333\260\031}~F\306\257\371\231W\362\034\037\320l|\001m\244\377\346N\346\2125R@\266m\201>\301\2073\326\335&\276\307 Y\347\210\232=\355\206\357\301\256\267\324H\362\322G\315\326\303=?$\247\031\211W#)\257\264\347}\\\004\"\013\016\035\270\307\347v*\364\367'!\020Q\227\224$te\034-\201\n\343\246\313EaH}\374P\213\316\237:\035\222{.\036\274\331\363&\373\004\362$\256\021\244>\366{\n\352\034\236\210;m\357z\017}q$]\221\366F\310\351\314\2337\370ub\260X\304z\272,\376KT\331r\216L\211\335\373\364\246\027\rH\365A\317\224.^\321\365@\226*\3200g\210x\202Fvl\331\364\366\031\220\264\2132\177\344]?\r62S\361\3114\341\356\273\344<\240\226\257\250\356\275\316\0356.\366\026t\017\023\374\324\325Z\024\274\031L\307+;i\337x\211\371\224)\260\264\325u=>\3035\b\244\205&\345N\022N\367_\017\365\000$\357&L\t\252L&\356o$\332\024`\230)\2133/\023\267A\274/\013\300a\313R\350\023wn\\\311\347\303\250\325\313wj\225u\225)-\335C\246\334\324y\267\347W\326}\353\327w2\266UT\206\315\363\225W\004\t,\203\363y#]~!\324\345\031:g\3127 I>o\033\t\203\250\203\260\3221@\334/_n\251:\266T\374{\366\343K1\204!3\206@\362\300\030\303\215\356\341Er\2346\261\020\217K\362^\251\005\310C\206\240\212XC\372\"\177\345\253\rJ\026\314\224(p\371S\233\271\004\360.\030\340z\022\003'\tu\351\206\246\005U\335>\256^\367m\345\213$9\322\350\037\316\260\326\312\346Fn\000\232\243\031\016\276atyK\252\301\221u\206\375\n\236\000\246\320\231s\2633(V\026uz\212]\325\\\033Pl\235\366JD|\302\331s\024\226#\203\2708=KgP\231\316\202\330\212\317\265\275\013m\371g\371\261)S\020\341\361\370A\374,\265\264\252bie\375\255\320\363-\235\00098\330\352\212\375\240SK\262\205\264A\312K\274/U\345\002$\377\232\276\367\265N@\032\260,\346\234\244w\355>\363\337~\345\241\016\342\265\255\274\331\330\234*h\246\266\005AO;SG\233\311?\253\263:)\216\235R8\320C\352\245\nsq\201\002UA\260CK\021n(\377\366\361\342m\376\215\365F\355\331)\365\007\262\205p\376\277\022\3201\217Z \204,\177R\245\024\322\356\3072\234\213\360\017\312\371\345\357\272\326\246u{\260\006\326\2544,>\355\241\220\330YM\303\351\264\0322\314\022m@=i\237\201C\324\316\020svLV\254\316X\342\021\245\374\347\342\361{\353+m\202"
	.size	.Lloom_demo_n9.weights, 1728

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

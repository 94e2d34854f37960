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
	add.w	r2, r1, #191
	movt	r0, :upper16:.Lloom_demo_n14.bias
	movw	r1, :lower16:.Lloom_demo_n14.requant_offset
	subs	r0, #4
	movt	r1, :upper16:.Lloom_demo_n14.requant_offset
	str	r0, [sp, #24]
	subs	r0, r1, #4
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n14.multiplier
	movw	r1, :lower16:.Lloom_demo_n14.right_shift
	movt	r0, :upper16:.Lloom_demo_n14.multiplier
	movw	r12, :lower16:.Lloom_demo_n14.weights
	movs	r3, #0
	movt	r1, :upper16:.Lloom_demo_n14.right_shift
	subs	r0, #4
	movt	r12, :upper16:.Lloom_demo_n14.weights
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
	movw	r0, #63232
	ldr	r1, [sp, #24]
	movt	r0, #65535
	str	r2, [sp, #68]
.LBB0_3:
	add.w	r10, r12, r0
	str	r0, [sp, #216]
	ldr	r8, [r1, #8]!
	ldr	r0, [sp, #188]
	ldr.w	r3, [r10, #2304]
	ldr.w	r5, [r10, #2328]
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
	ldr.w	r3, [r10, #2308]
	smlad	r1, r1, r4, r8
	smlad	r8, r0, r5, r1
	ldr	r0, [sp, #164]
	sxtb16	r4, r3
	ldr	r1, [sp, #168]
	smlad	r5, r0, r4, r6
	ldr.w	r6, [r10, #2332]
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
	ldr.w	r3, [r10, #2312]
	smlad	r1, r1, r7, r8
	ldr	r2, [sp, #144]
	smlad	r1, r0, r6, r1
	ldr	r0, [sp, #140]
	sxtb16	r4, r3
	ldr.w	r6, [r10, #2336]
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
	ldr.w	r3, [r10, #2316]
	smlad	r1, r5, r7, r1
	ldr	r2, [sp, #120]
	smlad	r1, r0, r6, r1
	ldr	r0, [sp, #116]
	sxtb16	r4, r3
	ldr.w	r6, [r10, #2340]
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
	ldr.w	r3, [r10, #2320]
	smlad	r1, r5, r7, r1
	smlad	r11, r4, r6, r1
	ldr.w	r6, [r10, #2344]
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
	ldr.w	r1, [r10, #2324]
	smlad	r2, r6, r3, r2
	ldr.w	r3, [r10, #2348]
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
	strb	r0, [r11, #-190]
	lsls	r0, r6, #1
	ssat	r4, #8, r4
	movw	r12, :lower16:.Lloom_demo_n14.weights
	strb	r4, [r7, #-191]
	ldr	r4, [sp, #196]
	@APP
	smmlar	r2, r0, r4, r2
	@NO_APP
	add.w	r0, r2, r0, asr #31
	asr.w	r5, r9, r3
	movt	r12, :upper16:.Lloom_demo_n14.weights
	asrs	r1, r3
	asr.w	r7, r10, lr
	asr.w	r0, r0, lr
	ssat	r3, #8, r5
	ssat	r2, #8, r7
	strb	r3, [r11, #-95]
	ssat	r1, #8, r1
	strb	r2, [r11, #-94]
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
	add.w	r11, r11, #288
	cmp	r0, #4
	bne.w	.LBB0_2
	ldr	r3, [sp, #4]
	ldr	r2, [sp, #8]
	adds	r3, #1
	add.w	r2, r2, #1152
	cmp	r3, #12
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

	.type	.Lloom_demo_n14.weights,%object
	.section	.rodata..Lloom_demo_n14.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n14.weights:
	.ascii	"\3630]\377\254(,D\323\201o(Dq\354+\351-\357\206SO<\232\001\241\177\356*\223\001\033\335\031c\265O\352\272\275\344s\211\216UY\370-\263\257\005u\344\0243>y\241\231\361UV\032\241\205\034\253\226JB\205\332l\277xg]\323\256\325\3539\033\004<\356\006\330&\234q\002\257\302\304CaW\311\340~?\300\"\004W|\303`\247\237\347\210\253:/\266\255\201\335\310\b\201\373u\207(\r`\334\334\005\212\3023\346\2703GZx\311\203\216\2179\002\270GF\001e\356\245\234\274\333\233\2749\351Em\005\326\247W\324O\262\305\304\206\006\347\b\312W\242\316T\251\337\261T0\223\307\216\265\252d\350s`\272\361$\005\374\021\265.\217k\004\246\267mzMMa\007\313s\236b\323\035b\214\302\210\225\001\260\206q\316\344\240\001\274z\344J\313$\367\210F\310~\335\230C\330\204H\366v#\330\005\3528\210\231?*/ ^|\352\265J\252\354:N(\270\213l \007\000\332\261\007\231\245O\373\032C!\355\322\027\275\252\0304Wk\261wO\274\025`\374C\312\326rXT\374\006\325\303\"N\037\303\257\262\246\217\213\242\204\274\235$$\033\226\332\321\306\275v\330\000s/\300I!\006\2306'\0226\016\312\007Sl\3200\031\241-P\345\006\220\364\257tj\305p4%\377\250\030\225\342k\026\024\202\363&\274\272TM}ql^\004\030D\230\210v\266\273\253\337\264A]\033\316\034\361\210\326\261\001\214\221[\355\214\217\352\276\314\b\347\250\0355>{g\366\236O\327\322\340\037u\\\256\316R7\021p7\211SE\325\277\016\242\350\346\210\215\210\310\273o\274~\001\265n\217\340\311\372_\343'\fie\377\321\212]\b\302c\363\337o<\214\255)8J\030\260!\026b\032\\7\312+\267\023\310\361\226(\030\241\357\310\216\213\341\240\\\364\254\312p[\345h\235*\344\326\252l\021\214\315\b\224j]\371\214\303L\326G8\006z\370\273\022\240\375gr\371\367\245\373V\223\344\325i\375Zy[\003\213s\222.\002\241\254\"P\030k\377\275\234\275w\210d\"<D\234,+\253\030:\244@\335'V\226\356`\360\024\334\032\177\262u\267\301E~fy\202N\243\003\033m\262\343\347q\"G\320\217\333Qa\037v\307\027J4\000A\372\311\304\021gQB\362\2456IN\237\262\255\034iUv\265Y\036\2252\303%TR\3628\031\215\231\240K\316\231\323\255\350h\313z\302+\266\004\b\304\365!\235D\312#]f`\267ES.2\333\271\370\226\366\311\254g\006\2519\275\226\242\374\\[>y\260\243\327\017.\252\346\037\257M#\370\345\030^P\223\307\320\r\364v|\323\204\302\035\027\355o\336\224k\005\224\b~\366\334\275\"\203\324\244\020!\262x\023\260\270\016\002\213\224W%\271\235`\216n\354\003-\247kl\226L^;\bc\027GTg\202R\252\243\362\313\303\272\177\277\256n\271\204dO*\320\212\tJ\337,]p\231*\022^\345\002\300\230\375\016\225\361\024\022\377h\206\016\331h\001\005\375;!\314\352\217\274\262!9\323\005}\365-\305\212\221c\370\234~\255[z\333\037\006\264DW\202.\231\312\232\354\237\371\367\250Z\276\225\255\276\016\332:~\345\r\026\327\205\2041R\315\251\240(\371\235`;\226\327\363\257\377K\267P\370\272\t\265\027\026\023\235\316\374'\303\000FkD\331\330\317\310\364\252\362\306N\371x\024V\335\245=\273c\320\371\243[\301Z:2\024_1.\276\327~ \312t\205\331bg\036\203\232\223U\264\263q\342#\314\335d\253aR\376mF\317\333W.\222\034\2547\254\247\224\337\204d'm\261\367\201=\224J>\351\324\017\254(\233\215,\372\323d@\234\357\211\3148\220\331`\223)S\331C,x\205\322<\273s\327l\334F\n\3376\353\353\327\357\374\321\345\357\337;\260!\003\027a\207~\366e\206}\nxR{v\371\202\305\340\005\201\217\002\027/\301<\334\211\330\247jGG\361t\273.0vB\3433\361\332h@`\033\005\005\227<\023OI\"\227\334\220\r\317\220\016\237\367\034\247\314\031\374=q\t&\t\3275\0017\346\353\322\0241, p4\304\365\034bg\263\223\273\253e\234\255\006ZV\2227\220\300\355\031;\006\227qt\274\024\272dq\353\322\347\003\353\246V\353\016\361\r\374\016F\361\244\23787Q\231J\2561=2x\341Xw\324\252\271\223t\357\240\220\232\222[\323\226\t\360\007\334\303\363x\342\216=\344\375\273\0028\2660B\244\260\312` \266\227u\364\312yW\333\371\033#\n\025\004C\267\347\335\213>\330\346\030l*\264U\2155\361\240u\r\3658\023\335\331\217w\336-`\372\376t\001RZJ{:/\207\262\312\006\267d)\362\323\252\023\333\350\2740\0161\2242<\005\223\314\353+\327\235]%b\247\032B\227\004M\247\033qW8:,\036\365\030T\326\250O\r\302\352\340\201\345d\032)\251\222\3305>F'\247\002&\242\334\\\363\035\031\253\222\370\2026\325\260Z\277K\f\250\005\036\316\343H\nJf\215\217x\304\216\034P\266\210y\225\237T\022\266\013\031\341R\256\276'\277u`\004m\007\375@\261\017\b\271j\033dV\250\005\030[\203\243\201VOL#\240]K\fE\002w\0278\r\250D\022R\177\255X\031\206\262\206\230R\321\3142F\377L\230~\265=\2469 \341\316\004\r3\272<X\275\245Ux\340\233fE\025\2171\374F\243\327\370`c\360\251R\t\210DoJ>7e\276\346a\226\204rr\244\207\300&h\376\331uU\232\237oL&\355~\203\006\356.\f\027\207Mo:\024h\322\343y\333\025g\271g\021Ij\222\330\r{=\361\001\213\372\302\034E\032z\316\336\231\032r8H\326cM\375O\002\255F\253\0372\343Z\267\241\335TK\254V\226\025q\365\r\3761\031\037[\242\037\371\372\001)j\235\225\224\005\347\347\304v\3271{M|\253\230f7\340\231\264\\@\301M\252T!\314\305r\261\212\246$\3457\253\303\321s@.S\230\205#\311\304\374\034:\274\000\fanH\317V\276N&\343d\324\022\245\237\354\247\331@\227f\217\343\372%*\250\350\000 Mn\373\035\326\274\212\2677\316@,\036\365-o>$]\t\321\034\216\266\353`\306\002uo\254\274S>S\213F\222\337(\374Tm\303\3625\323U\224B\271MQ\033W\315\242\255\027\006\264\000\322\003G:\227\333\223Q\337\221\230B\330\206\273E2\r\363\276\023\2537.\241\360\373\213\331\204c\205\363\347z\333J\257jiA|\241\363\304\204\226\272'\211eTu\241\242\242$c\375\237\201K\201w\310\331\212\021&\337vLv\276\372\306\3350\032\335\244\252\304;v\240\302U}\251\022\356\3724\002j{TX\213H\"{>\240\020\360\036\354\215F\003\347\002~\366\210\376k\326\020W\323\315\374\0035Z+\277\310g\270\273h$\325\357X\235\333p%<F\020\232t\352\222\333\355\035\252\025D\233~\313\242\022d\021\377aax\317\304\354\337\364\305Bc\223\251\013WV\225\026eP8YXLZ\224\243\252\323;n\327j\376\357Wu\377l\304m\375\220\347d\251\235\3135AU\203\275\020\030\231\257:\027p\263\023?.\256\3248+?\261\224\264d\330\260\350\342\020\250\322\331\350U\2769g\316\021\"\354\026\331\237@?j\261} \307\243(|K\021\214\255\206?\342/82\266?\037\264\330.\036\250\r@\302\224q\236\222\365\204/\247\374p\267\331\334\351?\240\031\003\307)\313\317vKx\243\221\362Hx\360\335\243\t\030\0203En\t#\277\004\376\272@\244\r*\224\267\037\020\357\344\213E|2}\316\n\023\204\020\2114\034\345)\236\241\301^\222\345\"SEO\374\r\246\304\035\216\252H\360\002\341 \027:\016Oo\204\203\273d!+_\257\227\361q\265\320\207\225j({\266(}\347Ne\0019\267\263\272\030l\271\355\363\0253+\327U\027\236\n\002\243\032\234m?\225#\235\271\375i\032\203\253\2301\210\270\330\007\222\246\246{\274\2137\243u\376O\321\256\343\3033\\\204\243\3463?}\031V\326\301\t\352\241\3365s\032\341\374FAH:\021\035\203\026\343\327V\r\337Awrd\262\004\247\244\310p\264yok\213\300p?\35577\206I\363\tE\bn\240j\343\231`\213"
	.size	.Lloom_demo_n14.weights, 2304

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

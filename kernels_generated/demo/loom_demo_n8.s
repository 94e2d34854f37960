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
	sub	sp, #52
	str	r1, [sp]
	movs	r1, #0
.LBB0_1:
	str	r1, [sp, #4]
	add.w	r2, r1, r1, lsl #3
	ldr	r1, [sp]
	mov	lr, r0
	str	r0, [sp, #8]
	add.w	r1, r1, r2, lsl #5
	str	r1, [sp, #12]
	movs	r1, #0
.LBB0_2:
	lsls	r0, r1, #1
	ldr	r2, [sp, #12]
	adds	r0, #1
	str	r1, [sp, #16]
	add.w	r1, r1, r1, lsl #1
	movs	r4, #0
	add.w	r0, r0, r0, lsl #1
	str.w	lr, [sp, #40]
	add.w	r1, r2, r1, lsl #4
	str	r1, [sp, #24]
	add.w	r0, r2, r0, lsl #3
	str	r0, [sp, #20]
	movw	r0, :lower16:.Lloom_demo_n8.weights
	movt	r0, :upper16:.Lloom_demo_n8.weights
.LBB0_3:
	movw	r1, :lower16:.Lloom_demo_n8.bias_folded
	str	r0, [sp, #44]
	movt	r1, :upper16:.Lloom_demo_n8.bias_folded
	mov.w	r12, #0
	add.w	r0, r1, r4, lsl #3
	str	r4, [sp, #36]
	ldr.w	r9, [r1, r4, lsl #3]
	ldr	r3, [r0, #4]
	lsls	r0, r4, #1
	mov	r8, r3
	mov	r5, r9
	str	r0, [sp, #28]
	adds	r0, #1
	str	r0, [sp, #32]
.LBB0_4:
	ldr	r2, [sp, #44]
	ldr.w	r0, [lr, r12]
	add.w	r11, r2, r12
	str	r3, [sp, #48]
	ldr.w	r2, [r2, r12]
	add.w	r10, lr, r12
	sxtb16	r1, r0, ror #8
	add.w	r12, r12, #12
	sxtb16	r0, r0
	cmp.w	r12, #48
	sxtb16	r3, r2
	sxtb16	r2, r2, ror #8
	smlad	r5, r0, r3, r5
	smlad	r7, r1, r2, r5
	ldr.w	r5, [r11, #48]
	sxtb16	r6, r5
	sxtb16	lr, r5, ror #8
	smlad	r0, r0, r6, r8
	smlad	r8, r1, lr, r0
	ldr.w	r1, [r10, #48]
	sxtb16	r4, r1
	ldr.w	r5, [r11, #52]
	smlad	r3, r4, r3, r9
	sxtb16	r1, r1, ror #8
	smlad	r2, r1, r2, r3
	ldr	r3, [sp, #48]
	ldrd	r0, r9, [r11, #4]
	smlad	r3, r4, r6, r3
	ldr.w	r4, [r10, #4]
	smlad	lr, r1, lr, r3
	sxtb16	r3, r4, ror #8
	sxtb16	r6, r4
	sxtb16	r4, r0
	sxtb16	r1, r5
	smlad	r7, r6, r4, r7
	sxtb16	r0, r0, ror #8
	smlad	r8, r6, r1, r8
	sxtb16	r5, r5, ror #8
	ldr.w	r6, [r10, #52]
	smlad	r7, r3, r0, r7
	smlad	r8, r3, r5, r8
	sxtb16	r3, r6
	smlad	r2, r3, r4, r2
	sxtb16	r4, r6, ror #8
	smlad	r1, r3, r1, lr
	smlad	r0, r4, r0, r2
	ldr.w	r2, [r10, #8]
	smlad	lr, r4, r5, r1
	ldr.w	r4, [r11, #56]
	sxtb16	r3, r2
	ldr.w	r1, [r10, #56]
	sxtb16	r6, r9
	sxtb16	r5, r4
	smlad	r7, r3, r6, r7
	smlad	r8, r3, r5, r8
	sxtb16	r3, r1
	smlad	r0, r3, r6, r0
	sxtb16	r2, r2, ror #8
	smlad	r3, r3, r5, lr
	sxtb16	r6, r9, ror #8
	ldr.w	lr, [sp, #40]
	smlad	r5, r2, r6, r7
	sxtb16	r7, r4, ror #8
	sxtb16	r1, r1, ror #8
	smlad	r8, r2, r7, r8
	smlad	r9, r1, r6, r0
	smlad	r3, r1, r7, r3
	bne.w	.LBB0_4
	movw	r10, :lower16:.Lloom_demo_n8.multiplier
	ldr	r6, [sp, #28]
	movt	r10, :upper16:.Lloom_demo_n8.multiplier
	movw	r4, :lower16:.Lloom_demo_n8.requant_offset
	ldr	r0, [sp, #32]
	movt	r4, :upper16:.Lloom_demo_n8.requant_offset
	lsls	r5, r5, #1
	ldr.w	r7, [r10, r6, lsl #2]
	ldr.w	r11, [r10, r0, lsl #2]
	movw	r10, :lower16:.Lloom_demo_n8.right_shift
	ldr.w	r2, [r4, r6, lsl #2]
	@APP
	smmlar	r12, r5, r7, r2
	@NO_APP
	lsl.w	r1, r8, #1
	movt	r10, :upper16:.Lloom_demo_n8.right_shift
	ldr.w	r4, [r4, r0, lsl #2]
	add.w	r12, r12, r5, asr #31
	@APP
	smmlar	r5, r1, r11, r4
	@NO_APP
	add.w	r8, r5, r1, asr #31
	ldr.w	r5, [r10, r6, lsl #2]
	lsl.w	r1, r9, #1
	@APP
	smmlar	r2, r1, r7, r2
	@NO_APP
	asr.w	r7, r12, r5
	add.w	r1, r2, r1, asr #31
	ldr	r6, [sp, #24]
	ssat	r2, #8, r7
	ldr.w	r7, [r10, r0, lsl #2]
	asr.w	r12, r1, r5
	lsls	r5, r3, #1
	@APP
	smmlar	r1, r5, r11, r4
	@NO_APP
	asr.w	r3, r8, r7
	ldr	r4, [sp, #36]
	add.w	r1, r1, r5, asr #31
	strb.w	r2, [r6, r4, lsl #1]
	ssat	r2, #8, r3
	strb	r2, [r6, r0]
	asr.w	r3, r1, r7
	ldr	r2, [sp, #20]
	ssat	r1, #8, r12
	strb.w	r1, [r2, r4, lsl #1]
	adds	r4, #1
	ssat	r1, #8, r3
	cmp	r4, #12
	strb	r1, [r2, r0]
	ldr	r2, [sp, #44]
	add.w	r0, r2, #96
	bne.w	.LBB0_3
	ldr	r1, [sp, #16]
	add.w	lr, lr, #96
	adds	r1, #1
	cmp	r1, #6
	bne.w	.LBB0_2
	ldr	r1, [sp, #4]
	ldr	r0, [sp, #8]
	adds	r1, #1
	add.w	r0, r0, #576
	cmp	r1, #12
	bne.w	.LBB0_1
	add	sp, #52
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

	.type	.Lloom_demo_n8.weights,%object
	.section	.rodata..Lloom_demo_n8.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n8.weights:
	.ascii	"F\242\006\352sR\3500\361r\t\262\325\321\315~\331\016'\276\020\375\336@\276\020\251\206\304\351\321\211u\237\262/_\343\035\356\334\223}\3156r\214x\266!\212\237\206y\263\320\334\335\024NS\231\025\274J\017\210\b2a\225\035\257G\272\326\017\244\361DM\315\331\354\n\342\321o\276\022\3613\274iE\366k~bp\342/\242\234\305\270\234R\233\356\\\205\3343n\f'\250\340\232\350\312.\246\003\362\351\036\016\032\214\374?\354\342\343;q\255\022>\346\031\346\2227\341\324M_m\204PS\341\"\033\262\025j\003A\206S\035\366u\315\233\363\212\245\223\320G>\037\214\"j\357*d#\313L\217\324g\367d\3546N\f4\277\0226\002\327\333\233\363\2549\177A\206\357t\347\"I;\202\206\316jD\333}U2\363 \263\237F\311 \223R\0234\020\267\275\241\367\212\212\037JO\271Z2\222\255\265,\256\035}\254*\235\341\213;\201\312\1776$\201\363\026\305\217\020\316\350\376\334c.\247b\254:\027\006\006@\363\224\330\367\361\204\005\206\016H\241e\324\002\344\231\006t\327\226\262tV|\022\240Y$R\r\177!:\033\326q\2455\0210B'T\337\260\211)\263\224R'\356\364s\372\211\253cH\240\013p\341\232\272\322^\027\004f\374\226\021\272\"x\3754\240\317\r\030\030Vqf=2\276:\305\234[[\335\371\036\357;+\220l\346\2555Xue\241\250\223\371}\302NfH\006\2020a\250v9\310`6\376G0\300.^~t\001\267gF\257<\206\177\362\216\375\335\373,\3502\260\235\370W|J\366\301t\302\374wU\246\b/+\000_\311\372\347\216}s\353}\351>\006h\013d\352\264.\315\3202\0337\205\\\006\002\234\340\373\026\335\243l\037/T^\343t\006Q\352\275q\no2\325\023\177\226!4\325\352\377\214\210\373\233\325\256\351\202\276N\037\215T\205$\224\260\201\202\026\223\2163\\\003\030H \315~ki\002626L@+Z\002\033\255N\362'\016\307Y\242\323\232[\2033\345l\376\2613\t\327\2147o\321*\241\354?\262\b\304\016\000\352\331\257\025WO\364\013\253\375\365e\325#\266\244\037\250\322\274\304\245\322\261\326\261:\331\023\332\272xW/\362\031\312(\310&\3563\351_/\374\203\205\331\337\t\276\254\03312\236[\373S\354\210\264\211ZD\367\310o\021\334pg\374Q\241\256\023\211=\223GNU\202\325\220z.\341\b\303\245S\360o\312hv'$g\306\357oAGt\tU1\220\307\326\247Q\306\326\305\t\251\361o|\024\244#\304\271\214\315\025J\2043\305\351\2528\353G{(q\037\274\253\026\343\035\211\353\353B\260\031\353\245\356\327x)\271\n'\360\315\346\b\3565\345\311a\n\362\373\365oo\375\025W\207\232\002Y\326\303\241\037s\202\313\300\273FU,8\216\307Ld\251_\276\272\323\254f\360I\340cP\211z\377D\315\350!\347IWm\355\266!FE\201\0073\251\217\330>,\331\234\306\304\275^\000\233\253\ri\027R*\322\017LF\313dJ\3743;i%\b\327VBw\361\232\f6\352\336\255_Q\250h\355\322\364y\275\346wsF\312\321xVZ!\177\375S\311\314^\027\324l5\306\034\211]\301]1\331\360\275\333\303\236sI\275\304P/\236\t\204X\314\242\325\274\217\316\322z\321\344B4jC\272pI>>\335W\221\310A.\354C)\344\332XB4\247\365\230'Ic\362\343\342i\334\035\r{\030\366'\005@\277\334\254\226O\330e\025\250\036\032`WY\207\377t\215\023\007\265`\302\235=\372\\J\341\002\\p\266h,w\203-,\254\035\220\267\201\303\016\215`ee!\373,}\363)9`\325\302\022\370^\365\2050\n+\225tZ\202\"\211\bG\355\377}\013\333\311i\237\355\220\313\277\362\233S\024\223\251B\260\351-\344h\315\206o\214\363\205\017\0054l.\205\330\013{\b\265\375e\361\210)\261n\230\213\031\f\234\357\260\257u'\250\232x\301r\347\377\177\210v\023\300\302W\026i|3\334kX\001E\265w\0262\262\343\212\327\357\256\204Z\000\346\\\314\272m\306}\177\006i(%\237"
	.size	.Lloom_demo_n8.weights, 1152

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

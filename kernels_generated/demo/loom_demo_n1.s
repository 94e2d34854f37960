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
	.file	"loom_demo_n1"
	.section	.text.loom_demo_n1,"ax",%progbits
	.globl	loom_demo_n1
	.p2align	1
	.type	loom_demo_n1,%function
	.code	16
	.thumb_func
loom_demo_n1:
	.fnstart
	push.w	{r4, r5, r6, r7, r8, r9, r10, r11, lr}
	sub	sp, #300
	mov	r5, r2
	adds	r2, #3
	str	r2, [sp, #56]
	adds	r2, r5, #6
	str	r2, [sp, #52]
	add.w	r2, r5, #9
	str	r2, [sp, #88]
	add.w	r2, r5, #12
	str	r2, [sp, #48]
	add.w	r2, r5, #15
	str	r2, [sp, #44]
	add.w	r2, r5, #18
	str	r2, [sp, #40]
	add.w	r2, r1, #15
	movw	r1, :lower16:.Lloom_demo_n1.bias
	movw	r11, :lower16:.Lloom_demo_n1.weights
	movt	r1, :upper16:.Lloom_demo_n1.bias
	add.w	r9, r0, #3
	subs	r1, #4
	str	r1, [sp, #84]
	movw	r1, :lower16:.Lloom_demo_n1.requant_offset
	add.w	r8, r0, #6
	movt	r1, :upper16:.Lloom_demo_n1.requant_offset
	movs	r4, #0
	subs	r1, #4
	str	r1, [sp, #80]
	movw	r1, :lower16:.Lloom_demo_n1.multiplier
	movt	r11, :upper16:.Lloom_demo_n1.weights
	movt	r1, :upper16:.Lloom_demo_n1.multiplier
	movs	r3, #0
	subs	r1, #4
	str	r1, [sp, #76]
	movw	r1, :lower16:.Lloom_demo_n1.right_shift
	movt	r1, :upper16:.Lloom_demo_n1.right_shift
	subs	r1, #4
	str	r1, [sp, #72]
	add.w	r1, r5, #21
	str	r1, [sp, #36]
	add.w	r1, r5, #24
	str	r1, [sp, #32]
	add.w	r1, r5, #27
	str	r1, [sp, #68]
	add.w	r1, r5, #30
	str	r1, [sp, #28]
	add.w	r1, r5, #33
	str	r1, [sp, #24]
	add.w	r1, r5, #36
	str	r1, [sp, #64]
	add.w	r1, r5, #39
	str	r1, [sp, #20]
	add.w	r1, r5, #42
	str	r1, [sp, #16]
	add.w	r1, r5, #45
	str	r1, [sp, #60]
	add.w	r1, r5, #48
	str	r1, [sp, #12]
	add.w	r1, r5, #51
	str	r1, [sp, #8]
	strd	r8, r9, [sp, #92]
	strd	r0, r5, [sp, #100]
.LBB0_1:
	mov.w	r1, #-1
	lsl.w	r10, r3, #1
	add.w	r1, r1, r3, lsl #1
	str	r1, [sp, #128]
	add.w	r1, r3, r3, lsl #3
	str	r3, [sp]
	lsls	r3, r1, #5
	str	r3, [sp, #116]
	movs	r3, #144
	str	r2, [sp, #4]
	add.w	r3, r3, r1, lsl #5
	str	r3, [sp, #112]
	mov.w	r3, #288
	str	r2, [sp, #132]
	add.w	r1, r3, r1, lsl #5
	str	r1, [sp, #108]
	movs	r1, #0
	str.w	r10, [sp, #120]
.LBB0_2:
	add.w	r12, r1, r1, lsl #1
	str	r1, [sp, #124]
	lsls	r2, r1, #2
	ldr	r1, [sp, #128]
	cmp	r1, #48
	mvn	r1, #146
	add.w	lr, r1, r12, lsl #2
	sub.w	r2, r2, #1
	bhs	.LBB0_5
	ldr	r1, [sp, #116]
	cmp	r2, #48
	add.w	r3, lr, r1
	bhs	.LBB0_7
	adds	r7, r0, r3
	ldrh	r6, [r0, r3]
	strh	r6, [r5]
	ldrb	r7, [r7, #2]
	strb	r7, [r5, #2]
	b	.LBB0_8
.LBB0_5:
	strb	r4, [r5, #8]
	str	r4, [r5, #4]
	str	r4, [r5]
	cmp.w	r10, #47
	bls	.LBB0_9
.LBB0_6:
	ldr	r1, [sp, #88]
	strh	r4, [r1, #16]
	str	r4, [r1, #12]
	str	r4, [r1, #8]
	str	r4, [r1, #4]
	str	r4, [r1]
	b	.LBB0_16
.LBB0_7:
	strb	r4, [r5, #2]
	strh	r4, [r5]
.LBB0_8:
	add.w	r7, r9, r3
	ldr	r1, [sp, #56]
	ldrh.w	r6, [r9, r3]
	ldrb	r7, [r7, #2]
	strh	r6, [r1]
	add.w	r6, r8, r3
	strb	r7, [r1, #2]
	ldr	r1, [sp, #52]
	ldrh.w	r3, [r8, r3]
	strh	r3, [r1]
	ldrb	r3, [r6, #2]
	strb	r3, [r1, #2]
	cmp.w	r10, #47
	bhi	.LBB0_6
.LBB0_9:
	ldr	r1, [sp, #112]
	cmp	r2, #48
	add.w	r3, lr, r1
	bhs	.LBB0_11
	adds	r7, r0, r3
	ldr	r1, [sp, #88]
	ldrh	r6, [r0, r3]
	ldrb	r7, [r7, #2]
	strh	r6, [r1]
	strb	r7, [r1, #2]
	b	.LBB0_12
.LBB0_11:
	ldr	r1, [sp, #88]
	strb	r4, [r1, #2]
	strh	r4, [r1]
.LBB0_12:
	add.w	r7, r9, r3
	ldr	r1, [sp, #48]
	ldrh.w	r6, [r9, r3]
	cmp	r2, #48
	ldrb	r7, [r7, #2]
	strh	r6, [r1]
	strb	r7, [r1, #2]
	add.w	r7, r8, r3
	ldr	r1, [sp, #44]
	ldrh.w	r3, [r8, r3]
	strh	r3, [r1]
	ldrb	r3, [r7, #2]
	strb	r3, [r1, #2]
	ldr	r1, [sp, #108]
	add	r1, lr
	bhs	.LBB0_14
	adds	r2, r0, r1
	ldr	r7, [sp, #40]
	ldrh	r3, [r0, r1]
	ldrb	r2, [r2, #2]
	strh	r3, [r7]
	strb	r2, [r7, #2]
	b	.LBB0_15
.LBB0_14:
	ldr	r2, [sp, #40]
	strb	r4, [r2, #2]
	strh	r4, [r2]
.LBB0_15:
	add.w	r2, r9, r1
	ldr	r7, [sp, #36]
	ldrh.w	r3, [r9, r1]
	ldrb	r2, [r2, #2]
	strh	r3, [r7]
	add.w	r3, r8, r1
	strb	r2, [r7, #2]
	ldr	r2, [sp, #32]
	ldrh.w	r1, [r8, r1]
	strh	r1, [r2]
	ldrb	r1, [r3, #2]
	strb	r1, [r2, #2]
.LBB0_16:
	lsl.w	r1, r12, #2
	ldr	r2, [sp, #128]
	cmp	r2, #48
	sub.w	r7, r1, #141
	bhs	.LBB0_20
	ldr	r1, [sp, #116]
	add	r1, r7
	ldr	r6, [sp, #68]
	adds	r2, r0, r1
	ldrh	r3, [r0, r1]
	ldrb	r2, [r2, #2]
	strh	r3, [r6]
	strb	r2, [r6, #2]
	add.w	r2, r9, r1
	ldr	r6, [sp, #28]
	ldrh.w	r3, [r9, r1]
	ldrb	r2, [r2, #2]
	strh	r3, [r6]
	add.w	r3, r8, r1
	strb	r2, [r6, #2]
	ldr	r2, [sp, #24]
	ldrh.w	r1, [r8, r1]
	strh	r1, [r2]
	ldrb	r1, [r3, #2]
	strb	r1, [r2, #2]
	cmp.w	r10, #48
	blo	.LBB0_21
.LBB0_18:
	ldr	r1, [sp, #64]
	strb	r4, [r1, #8]
	str	r4, [r1, #4]
	str	r4, [r1]
	cmp.w	r10, #48
	blo	.LBB0_22
.LBB0_19:
	ldr	r0, [sp, #60]
	strb	r4, [r0, #8]
	str	r4, [r0, #4]
	str	r4, [r0]
	b	.LBB0_23
.LBB0_20:
	ldr	r1, [sp, #68]
	strb	r4, [r1, #8]
	str	r4, [r1, #4]
	str	r4, [r1]
	cmp.w	r10, #48
	bhs	.LBB0_18
.LBB0_21:
	ldr	r1, [sp, #112]
	add	r1, r7
	ldr	r6, [sp, #64]
	adds	r2, r0, r1
	ldrh	r3, [r0, r1]
	ldrb	r2, [r2, #2]
	strh	r3, [r6]
	strb	r2, [r6, #2]
	add.w	r2, r9, r1
	ldr	r6, [sp, #20]
	ldrh.w	r3, [r9, r1]
	ldrb	r2, [r2, #2]
	strh	r3, [r6]
	add.w	r3, r8, r1
	strb	r2, [r6, #2]
	ldr	r2, [sp, #16]
	ldrh.w	r1, [r8, r1]
	strh	r1, [r2]
	ldrb	r1, [r3, #2]
	strb	r1, [r2, #2]
	cmp.w	r10, #48
	bhs	.LBB0_19
.LBB0_22:
	ldr	r1, [sp, #108]
	adds	r3, r7, r1
	adds	r1, r0, r3
	ldrh	r2, [r0, r3]
	ldr	r0, [sp, #60]
	ldrb	r1, [r1, #2]
	strb	r1, [r0, #2]
	add.w	r1, r9, r3
	strh	r2, [r0]
	ldr	r0, [sp, #12]
	ldrh.w	r2, [r9, r3]
	ldrb	r1, [r1, #2]
	strh	r2, [r0]
	add.w	r2, r8, r3
	strb	r1, [r0, #2]
	ldr	r1, [sp, #8]
	ldrh.w	r0, [r8, r3]
	strh	r0, [r1]
	ldrb	r0, [r2, #2]
	strb	r0, [r1, #2]
.LBB0_23:
	ldr	r0, [r5]
	ldr	r1, [r5, #4]
	sxtb16	r7, r0, ror #8
	str	r7, [sp, #248]
	sxtb16	r0, r0
	str	r0, [sp, #244]
	ldr.w	r0, [r5, #27]
	ldr	r3, [r5, #12]
	sxtb16	r7, r0, ror #8
	ldr	r2, [r5, #8]
	sxtb16	r0, r0
	str	r0, [sp, #236]
	sxtb16	r0, r1, ror #8
	str	r0, [sp, #232]
	sxtb16	r0, r1
	str	r0, [sp, #228]
	ldr.w	r0, [r5, #31]
	movw	r8, #65104
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #224]
	sxtb16	r0, r0
	str	r0, [sp, #220]
	sxtb16	r0, r2, ror #8
	str	r0, [sp, #216]
	sxtb16	r0, r2
	str	r0, [sp, #212]
	ldr.w	r0, [r5, #35]
	ldr.w	r10, [sp, #132]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #208]
	sxtb16	r0, r0
	str	r0, [sp, #204]
	sxtb16	r0, r3, ror #8
	str	r0, [sp, #200]
	sxtb16	r0, r3
	str	r0, [sp, #196]
	ldr.w	r0, [r5, #39]
	movt	r8, #65535
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #192]
	sxtb16	r0, r0
	str	r0, [sp, #188]
	ldr	r0, [r5, #16]
	str	r7, [sp, #240]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #184]
	sxtb16	r0, r0
	str	r0, [sp, #180]
	ldr.w	r0, [r5, #43]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #176]
	sxtb16	r0, r0
	str	r0, [sp, #172]
	ldr	r0, [r5, #20]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #168]
	sxtb16	r0, r0
	str	r0, [sp, #164]
	ldrsb.w	r0, [r5, #24]
	str	r0, [sp, #160]
	ldrsb.w	r0, [r5, #51]
	str	r0, [sp, #156]
	ldrsb.w	r0, [r5, #25]
	str	r0, [sp, #152]
	ldrsb.w	r0, [r5, #52]
	str	r0, [sp, #148]
	ldrsb.w	r0, [r5, #26]
	str	r0, [sp, #144]
	ldrsb.w	r0, [r5, #53]
	str	r0, [sp, #140]
	ldr.w	r0, [r5, #47]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #292]
	sxtb16	r0, r0
	str	r0, [sp, #136]
	ldr	r0, [sp, #72]
	str	r0, [sp, #288]
	ldr	r0, [sp, #76]
	str	r0, [sp, #284]
	ldr	r0, [sp, #80]
	str	r0, [sp, #280]
	ldr	r0, [sp, #84]
.LBB0_24:
	add.w	lr, r11, r8
	ldr	r12, [r0, #8]!
	str	r0, [sp, #276]
	ldr	r3, [r0, #-4]
	ldr.w	r4, [lr, #432]
	ldr.w	r7, [lr, #459]
	sxtb16	r5, r4
	ldr	r1, [sp, #244]
	sxtb16	r0, r7
	smlad	r6, r1, r5, r3
	sxtb16	r4, r4, ror #8
	ldr	r2, [sp, #248]
	sxtb16	r7, r7, ror #8
	smlad	r1, r1, r0, r12
	smlad	r6, r2, r4, r6
	str.w	r8, [sp, #272]
	smlad	r9, r2, r7, r1
	ldr	r2, [sp, #236]
	smlad	r3, r2, r5, r3
	ldr	r5, [sp, #240]
	smlad	r0, r2, r0, r12
	ldr.w	r2, [lr, #436]
	smlad	r8, r5, r4, r3
	ldr	r1, [sp, #228]
	sxtb16	r4, r2
	smlad	r0, r5, r7, r0
	smlad	r5, r1, r4, r6
	ldr.w	r6, [lr, #463]
	sxtb16	r7, r6
	ldr	r3, [sp, #232]
	sxtb16	r6, r6, ror #8
	smlad	r1, r1, r7, r9
	sxtb16	r2, r2, ror #8
	smlad	r12, r3, r6, r1
	ldr	r1, [sp, #220]
	smlad	r5, r3, r2, r5
	smlad	r3, r1, r4, r8
	ldr	r4, [sp, #224]
	smlad	r0, r1, r7, r0
	ldr	r1, [sp, #212]
	smlad	r8, r4, r2, r3
	ldr.w	r3, [lr, #440]
	smlad	r0, r4, r6, r0
	ldr.w	r6, [lr, #467]
	sxtb16	r4, r3
	ldr	r2, [sp, #216]
	sxtb16	r7, r6
	smlad	r5, r1, r4, r5
	sxtb16	r6, r6, ror #8
	smlad	r1, r1, r7, r12
	sxtb16	r3, r3, ror #8
	smlad	r12, r2, r6, r1
	ldr	r1, [sp, #204]
	smlad	r5, r2, r3, r5
	smlad	r2, r1, r4, r8
	ldr	r4, [sp, #208]
	smlad	r0, r1, r7, r0
	ldr	r1, [sp, #196]
	smlad	r8, r4, r3, r2
	ldr.w	r3, [lr, #444]
	smlad	r0, r4, r6, r0
	ldr.w	r6, [lr, #471]
	sxtb16	r4, r3
	ldr	r2, [sp, #200]
	sxtb16	r7, r6
	smlad	r5, r1, r4, r5
	sxtb16	r6, r6, ror #8
	smlad	r1, r1, r7, r12
	sxtb16	r3, r3, ror #8
	smlad	r12, r2, r6, r1
	ldr	r1, [sp, #188]
	smlad	r5, r2, r3, r5
	smlad	r2, r1, r4, r8
	ldr	r4, [sp, #192]
	smlad	r0, r1, r7, r0
	ldr	r1, [sp, #180]
	smlad	r2, r4, r3, r2
	ldr.w	r3, [lr, #448]
	smlad	r8, r4, r6, r0
	ldr.w	r6, [lr, #475]
	sxtb16	r4, r3
	ldr	r0, [sp, #184]
	sxtb16	r7, r6
	smlad	r5, r1, r4, r5
	sxtb16	r3, r3, ror #8
	smlad	r1, r1, r7, r12
	sxtb16	r6, r6, ror #8
	smlad	r5, r0, r3, r5
	smlad	r9, r0, r6, r1
	ldr	r0, [sp, #172]
	smlad	r2, r0, r4, r2
	ldr	r4, [sp, #176]
	smlad	r2, r4, r3, r2
	ldr.w	r3, [lr, #452]
	smlad	r0, r0, r7, r8
	ldr	r1, [sp, #164]
	smlad	r12, r4, r6, r0
	ldr	r0, [sp, #168]
	sxtb16	r4, r3
	str.w	r10, [sp, #296]
	sxtb16	r6, r3, ror #8
	smlad	r3, r1, r4, r5
	smlad	r5, r0, r6, r3
	ldr.w	r3, [lr, #479]
	sxtb16	r7, r3
	ldr.w	r10, [sp, #156]
	sxtb16	r3, r3, ror #8
	smlad	r1, r1, r7, r9
	smlad	r1, r0, r3, r1
	ldr	r0, [sp, #136]
	str	r3, [sp, #268]
	smlad	r2, r0, r4, r2
	ldr	r3, [sp, #292]
	ldrsb.w	r4, [lr, #456]
	smlad	r2, r3, r6, r2
	ldrsb.w	r3, [lr, #483]
	smlad	r0, r0, r7, r12
	ldr	r7, [sp, #160]
	str	r0, [sp, #264]
	smlabb	r0, r7, r4, r5
	str	r3, [sp, #260]
	smlabb	r1, r7, r3, r1
	ldrsb.w	r5, [lr, #457]
	ldrsb.w	r3, [lr, #484]
	smlabb	r2, r10, r4, r2
	ldr	r6, [sp, #152]
	ldr	r7, [sp, #148]
	ldrsb.w	r4, [lr, #458]
	smlabb	r0, r6, r5, r0
	ldr.w	r12, [sp, #280]
	smlabb	r2, r7, r5, r2
	ldr	r5, [sp, #144]
	smlabb	r1, r6, r3, r1
	ldrsb.w	r6, [lr, #485]
	ldr.w	lr, [sp, #140]
	smlabb	r0, r5, r4, r0
	smlabb	r2, lr, r4, r2
	ldr	r4, [sp, #284]
	smlabb	r1, r5, r6, r1
	str	r2, [sp, #252]
	lsls	r0, r0, #1
	ldr	r2, [r4, #8]!
	ldr	r5, [r12, #8]!
	str	r4, [sp, #284]
	ldr	r4, [r4, #-4]
	str.w	r12, [sp, #280]
	ldr	r12, [r12, #-4]
	@APP
	smmlar	r11, r0, r4, r12
	@NO_APP
	lsls	r1, r1, #1
	str	r3, [sp, #256]
	add.w	r11, r11, r0, asr #31
	@APP
	smmlar	r0, r1, r2, r5
	@NO_APP
	ldr.w	r8, [sp, #292]
	add.w	r0, r0, r1, asr #31
	ldrd	r9, r3, [sp, #264]
	smlad	r3, r8, r3, r9
	ldr	r1, [sp, #260]
	smlabb	r9, r10, r1, r3
	ldr	r1, [sp, #252]
	lsls	r3, r1, #1
	@APP
	smmlar	r12, r3, r4, r12
	@NO_APP
	ldr	r4, [sp, #288]
	add.w	r12, r12, r3, asr #31
	ldr	r3, [sp, #256]
	smlabb	r7, r7, r3, r9
	ldr	r1, [r4, #8]!
	smlabb	r7, lr, r6, r7
	asrs	r0, r1
	ldr.w	r10, [sp, #296]
	str	r4, [sp, #288]
	lsls	r7, r7, #1
	@APP
	smmlar	r2, r7, r2, r5
	@NO_APP
	ldr	r4, [r4, #-4]
	ldr	r5, [sp, #296]
	add.w	r2, r2, r7, asr #31
	ldr.w	r8, [sp, #272]
	ssat	r0, #8, r0
	adds.w	r8, r8, #54
	asr.w	r6, r12, r4
	strb	r0, [r10, #-14]
	asr.w	r0, r2, r1
	asr.w	r3, r11, r4
	movw	r11, :lower16:.Lloom_demo_n1.weights
	ssat	r1, #8, r6
	movt	r11, :upper16:.Lloom_demo_n1.weights
	ssat	r0, #8, r0
	strb.w	r1, [r10, #1]
	ssat	r3, #8, r3
	strb	r0, [r10, #2]!
	ldr	r0, [sp, #276]
	strb	r3, [r5, #-15]
	bne.w	.LBB0_24
	ldr	r1, [sp, #124]
	movs	r4, #0
	ldr	r0, [sp, #132]
	adds	r1, #1
	adds	r0, #32
	cmp	r1, #12
	str	r0, [sp, #132]
	ldr.w	r10, [sp, #120]
	ldrd	r0, r5, [sp, #100]
	ldrd	r8, r9, [sp, #92]
	bne.w	.LBB0_2
	ldr	r3, [sp]
	ldr	r2, [sp, #4]
	adds	r3, #1
	add.w	r2, r2, #384
	cmp	r3, #24
	bne.w	.LBB0_1
	add	sp, #300
	pop.w	{r4, r5, r6, r7, r8, r9, r10, r11, pc}
.Lfunc_end0:
	.size	loom_demo_n1, .Lfunc_end0-loom_demo_n1
	.cantunwind
	.fnend

	.type	.Lloom_demo_n1.bias,%object
	.section	.rodata..Lloom_demo_n1.bias,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n1.bias:
	.long	4294967068
	.long	702
	.long	4294966113
	.long	1810
	.long	687
	.long	192
	.long	4294966743
	.long	1058
	.long	203
	.long	712
	.long	4294966046
	.long	4294966196
	.long	164
	.long	23
	.long	44
	.long	979
	.size	.Lloom_demo_n1.bias, 64

	.type	.Lloom_demo_n1.weights,%object
	.section	.rodata..Lloom_demo_n1.weights,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n1.weights:
	.ascii	"\270D\352vzv\2275\373\206|\037\263Ji\313\017\223HC\316\"\346-\314\nd^\215U\362Q\020\260\335\3212\316l\225\210\205\237\243\274\224$o\275Zw]\2471\214\017\370\211/ya+/B\005\002\370\210\302;\002\030\023\337\375\313\265j\363\225p\253\320\027\206\370\300h\266\227\264\314,\306>\234ZK\226\354\254\340yt\201\230\365\346\215\301'$\1772\367d\337\220)\343,\271\031T\0267\231K\1778#)\274\301i\027\253\374\330B\t\360\337\214\001\312\370i\305\3435'\2345\2536Q\224@\234\310A[)=\226j\260\311h\253d\274\273R\rZ}\230n\031lv\3777Z\217\271\032\032y\327l\354\035\034d\203\264\343n\212\316\330n\266\357\235\323\324$\277#a*\030\031\353\370\342k\2710f\355\0204\372r\214\217D\346\267\250\312o\2152T2\214\025\370\222\nrocHY\360\300Q\327\270\367&|\241\260\316\374\363G\341Ik\024s\376l-t\314\277\257B\311\272.\f\314T\274\326\252\267Um\260\254\031\272S\334&\240#\255S\026\253\277{}\237\3518\354B6@\351\0077n$\235\022\256\t\240\270\353\227w\267:\314\323^\\\261\246l_!\013\177\330~/\362zy\251\035\314\352a\344_R1\214xP\247\362\257\262\310\212\233fK>}\r\232\232\201\234\300\026}\224'aZ\"\266e\235#\207\215tX\374\022\221\335\263\202\267-\207v\304iS\324\210`\260\023\212\356fYW\231\261:L\307^7\032\236\031\377\b\327\271:\227\210\363\315"
	.size	.Lloom_demo_n1.weights, 432

	.type	.Lloom_demo_n1.multiplier,%object
	.section	.rodata..Lloom_demo_n1.multiplier,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n1.multiplier:
	.long	1605136059
	.long	1667097827
	.long	1350502584
	.long	2003316851
	.long	1787459865
	.long	2142846388
	.long	1265600930
	.long	1786068415
	.long	1257462860
	.long	1768295425
	.long	1539661410
	.long	1617450518
	.long	1672452487
	.long	1486111411
	.long	2001486801
	.long	1706169097
	.size	.Lloom_demo_n1.multiplier, 64

	.type	.Lloom_demo_n1.requant_offset,%object
	.section	.rodata..Lloom_demo_n1.requant_offset,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n1.requant_offset:
	.long	4294934656
	.long	4294902016
	.long	4294934656
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
	.long	4294902016
	.long	4294902016
	.long	4294934656
	.size	.Lloom_demo_n1.requant_offset, 64

	.type	.Lloom_demo_n1.right_shift,%object
	.section	.rodata..Lloom_demo_n1.right_shift,"a",%progbits
	.p2align	2, 0x0
.Lloom_demo_n1.right_shift:
	.long	8
	.long	9
	.long	8
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
	.long	9
	.long	9
	.long	8
	.size	.Lloom_demo_n1.right_shift, 64

	.section	".note.GNU-stack","",%progbits

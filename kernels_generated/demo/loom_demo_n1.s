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
	add.w	r3, r1, #15
	movw	r1, :lower16:.Lloom_demo_n1.requant_offset
	movt	r1, :upper16:.Lloom_demo_n1.requant_offset
	mov	r5, r2
	subs	r1, #4
	adds	r2, #3
	str	r1, [sp, #80]
	movw	r1, :lower16:.Lloom_demo_n1.right_shift
	str	r2, [sp, #56]
	adds	r2, r5, #6
	movt	r1, :upper16:.Lloom_demo_n1.right_shift
	str	r2, [sp, #52]
	add.w	r2, r5, #9
	subs	r1, #4
	str	r2, [sp, #88]
	add.w	r2, r5, #12
	str	r1, [sp, #72]
	add.w	r1, r5, #21
	str	r2, [sp, #48]
	add.w	r2, r5, #15
	str	r1, [sp, #36]
	add.w	r1, r5, #24
	str	r2, [sp, #44]
	add.w	r2, r5, #18
	str	r1, [sp, #32]
	add.w	r1, r5, #27
	str	r2, [sp, #40]
	movw	r2, :lower16:.Lloom_demo_n1.bias
	str	r1, [sp, #68]
	add.w	r1, r5, #30
	movt	r2, :upper16:.Lloom_demo_n1.bias
	str	r1, [sp, #28]
	add.w	r1, r5, #33
	subs	r2, #4
	str	r1, [sp, #24]
	add.w	r1, r5, #36
	str	r2, [sp, #84]
	movw	r2, :lower16:.Lloom_demo_n1.multiplier
	str	r1, [sp, #64]
	add.w	r1, r5, #39
	movt	r2, :upper16:.Lloom_demo_n1.multiplier
	str	r1, [sp, #20]
	add.w	r1, r5, #42
	subs	r2, #4
	str	r1, [sp, #16]
	add.w	r1, r5, #45
	movw	r11, :lower16:.Lloom_demo_n1.weights
	add.w	r9, r0, #3
	add.w	r8, r0, #6
	str	r2, [sp, #76]
	str	r1, [sp, #60]
	add.w	r1, r5, #48
	movs	r4, #0
	movt	r11, :upper16:.Lloom_demo_n1.weights
	movs	r2, #0
	str	r1, [sp, #12]
	add.w	r1, r5, #51
	str	r1, [sp, #8]
	strd	r8, r9, [sp, #92]
	strd	r0, r5, [sp, #100]
.LBB0_1:
	mov.w	r1, #-1
	lsl.w	r10, r2, #1
	add.w	r1, r1, r2, lsl #1
	str	r1, [sp, #128]
	add.w	r1, r2, r2, lsl #3
	str	r2, [sp]
	lsls	r2, r1, #5
	str	r2, [sp, #116]
	movs	r2, #144
	str	r3, [sp, #4]
	add.w	r2, r2, r1, lsl #5
	str	r2, [sp, #112]
	mov.w	r2, #288
	str	r3, [sp, #132]
	add.w	r1, r2, r1, lsl #5
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
	str	r7, [sp, #252]
	sxtb16	r0, r0
	str	r0, [sp, #248]
	ldr.w	r0, [r5, #27]
	ldr	r3, [r5, #12]
	sxtb16	r7, r0, ror #8
	ldr	r2, [r5, #8]
	sxtb16	r0, r0
	str	r0, [sp, #240]
	sxtb16	r0, r1, ror #8
	str	r0, [sp, #236]
	sxtb16	r0, r1
	str	r0, [sp, #232]
	ldr.w	r0, [r5, #31]
	str	r7, [sp, #244]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #228]
	sxtb16	r0, r0
	str	r0, [sp, #224]
	sxtb16	r0, r2, ror #8
	str	r0, [sp, #220]
	sxtb16	r0, r2
	str	r0, [sp, #216]
	ldr.w	r0, [r5, #35]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #212]
	sxtb16	r0, r0
	str	r0, [sp, #208]
	sxtb16	r0, r3, ror #8
	str	r0, [sp, #204]
	sxtb16	r0, r3
	str	r0, [sp, #200]
	ldr.w	r0, [r5, #39]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #196]
	sxtb16	r0, r0
	str	r0, [sp, #192]
	ldr	r0, [r5, #16]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #188]
	sxtb16	r0, r0
	str	r0, [sp, #184]
	ldr.w	r0, [r5, #43]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #180]
	sxtb16	r0, r0
	str	r0, [sp, #176]
	ldr	r0, [r5, #20]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #172]
	sxtb16	r0, r0
	str	r0, [sp, #168]
	ldrsb.w	r0, [r5, #24]
	str	r0, [sp, #164]
	ldrsb.w	r0, [r5, #51]
	str	r0, [sp, #160]
	ldrsb.w	r0, [r5, #25]
	str	r0, [sp, #156]
	ldrsb.w	r0, [r5, #52]
	str	r0, [sp, #152]
	ldrsb.w	r0, [r5, #26]
	str	r0, [sp, #148]
	ldrsb.w	r0, [r5, #53]
	str	r0, [sp, #144]
	ldr.w	r0, [r5, #47]
	sxtb16	r1, r0, ror #8
	str	r1, [sp, #140]
	sxtb16	r0, r0
	str	r0, [sp, #136]
	ldrd	r12, r0, [sp, #72]
	str	r0, [sp, #296]
	ldr	r0, [sp, #80]
	movs	r1, #0
	str	r0, [sp, #292]
	ldr	r5, [sp, #132]
	ldr	r0, [sp, #84]
.LBB0_24:
	add.w	lr, r11, r1
	ldr.w	r3, [r11, r1]
	strd	r5, r12, [sp, #280]
	ldr.w	r7, [lr, #27]
	str	r1, [sp, #288]
	ldr	r8, [r0, #8]!
	ldr	r4, [sp, #248]
	sxtb16	r5, r3
	str	r0, [sp, #276]
	sxtb16	r1, r7
	ldr	r2, [r0, #-4]
	sxtb16	r3, r3, ror #8
	smlad	r6, r4, r5, r2
	ldr	r0, [sp, #252]
	smlad	r4, r4, r1, r8
	sxtb16	r7, r7, ror #8
	smlad	r6, r0, r3, r6
	smlad	r4, r0, r7, r4
	ldr	r0, [sp, #240]
	smlad	r2, r0, r5, r2
	ldr	r5, [sp, #244]
	smlad	r0, r0, r1, r8
	ldr.w	r1, [lr, #4]
	smlad	r9, r5, r3, r2
	ldr	r2, [sp, #232]
	sxtb16	r3, r1
	smlad	r8, r5, r7, r0
	smlad	r5, r2, r3, r6
	ldr.w	r6, [lr, #31]
	sxtb16	r7, r6
	ldr	r0, [sp, #236]
	sxtb16	r1, r1, ror #8
	smlad	r4, r2, r7, r4
	sxtb16	r6, r6, ror #8
	smlad	r5, r0, r1, r5
	smlad	r11, r0, r6, r4
	ldr	r0, [sp, #224]
	smlad	r2, r0, r3, r9
	ldr	r3, [sp, #228]
	smlad	r0, r0, r7, r8
	ldr	r4, [sp, #216]
	smlad	r9, r3, r1, r2
	ldr.w	r2, [lr, #8]
	smlad	r0, r3, r6, r0
	ldr.w	r6, [lr, #35]
	sxtb16	r3, r2
	ldr	r1, [sp, #220]
	sxtb16	r7, r6
	smlad	r5, r4, r3, r5
	sxtb16	r6, r6, ror #8
	smlad	r4, r4, r7, r11
	sxtb16	r2, r2, ror #8
	smlad	r8, r1, r6, r4
	ldr	r4, [sp, #208]
	smlad	r5, r1, r2, r5
	smlad	r1, r4, r3, r9
	ldr	r3, [sp, #212]
	smlad	r0, r4, r7, r0
	ldr	r4, [sp, #200]
	smlad	r9, r3, r2, r1
	ldr.w	r2, [lr, #12]
	smlad	r0, r3, r6, r0
	ldr.w	r6, [lr, #39]
	sxtb16	r3, r2
	ldr	r1, [sp, #204]
	sxtb16	r7, r6
	smlad	r5, r4, r3, r5
	sxtb16	r6, r6, ror #8
	smlad	r4, r4, r7, r8
	sxtb16	r2, r2, ror #8
	smlad	r8, r1, r6, r4
	ldr	r4, [sp, #192]
	smlad	r5, r1, r2, r5
	smlad	r1, r4, r3, r9
	ldr	r3, [sp, #196]
	smlad	r0, r4, r7, r0
	ldr	r4, [sp, #184]
	smlad	r9, r3, r2, r1
	ldr.w	r2, [lr, #16]
	smlad	r0, r3, r6, r0
	ldr.w	r6, [lr, #43]
	sxtb16	r3, r2
	ldr	r1, [sp, #188]
	sxtb16	r7, r6
	smlad	r5, r4, r3, r5
	sxtb16	r6, r6, ror #8
	smlad	r4, r4, r7, r8
	sxtb16	r2, r2, ror #8
	smlad	r8, r1, r6, r4
	ldr	r4, [sp, #176]
	smlad	r5, r1, r2, r5
	smlad	r1, r4, r3, r9
	ldr	r3, [sp, #180]
	smlad	r1, r3, r2, r1
	ldr.w	r2, [lr, #20]
	smlad	r0, r4, r7, r0
	ldr	r4, [sp, #168]
	smlad	r9, r3, r6, r0
	ldr	r0, [sp, #172]
	sxtb16	r6, r2
	ldr.w	r12, [sp, #160]
	sxtb16	r2, r2, ror #8
	smlad	r3, r4, r6, r5
	smlad	r5, r0, r2, r3
	ldr.w	r3, [lr, #47]
	sxtb16	r7, r3
	ldr.w	r11, [sp, #152]
	sxtb16	r3, r3, ror #8
	smlad	r4, r4, r7, r8
	smlad	r4, r0, r3, r4
	ldr	r0, [sp, #136]
	str	r3, [sp, #272]
	smlad	r1, r0, r6, r1
	ldr	r3, [sp, #140]
	smlad	r0, r0, r7, r9
	smlad	r1, r3, r2, r1
	ldrsb.w	r2, [lr, #24]
	ldrsb.w	r7, [lr, #51]
	ldr	r6, [sp, #164]
	str	r0, [sp, #268]
	smlabb	r0, r6, r2, r5
	ldrsb.w	r5, [lr, #25]
	smlabb	r4, r6, r7, r4
	smlabb	r1, r12, r2, r1
	ldr	r2, [sp, #156]
	ldrsb.w	r6, [lr, #52]
	smlabb	r0, r2, r5, r0
	smlabb	r1, r11, r5, r1
	ldrsb.w	r5, [lr, #26]
	str	r6, [sp, #260]
	smlabb	r4, r2, r6, r4
	ldr	r6, [sp, #148]
	ldr	r2, [sp, #144]
	str	r7, [sp, #264]
	ldrsb.w	r10, [lr, #53]
	smlabb	r7, r6, r5, r0
	smlabb	r0, r2, r5, r1
	ldr	r5, [sp, #292]
	str	r0, [sp, #256]
	ldr	r0, [sp, #296]
	smlabb	r4, r6, r10, r4
	lsls	r1, r7, #1
	ldr	r9, [r0, #8]!
	ldr	r6, [r5, #8]!
	str	r0, [sp, #296]
	ldr	r7, [r0, #-4]
	ldr	r0, [r5, #-4]
	@APP
	smmlar	r8, r1, r7, r0
	@NO_APP
	lsls	r4, r4, #1
	str	r5, [sp, #292]
	add.w	r8, r8, r1, asr #31
	@APP
	smmlar	r1, r4, r9, r6
	@NO_APP
	ldrd	lr, r5, [sp, #268]
	add.w	r1, r1, r4, asr #31
	ldr	r4, [sp, #256]
	smlad	r3, r3, r5, lr
	ldr	r5, [sp, #264]
	lsls	r4, r4, #1
	smlabb	r3, r12, r5, r3
	ldrd	r5, r12, [sp, #280]
	@APP
	smmlar	r0, r4, r7, r0
	@NO_APP
	add.w	lr, r0, r4, asr #31
	ldr	r0, [sp, #260]
	ldr	r7, [r12, #8]!
	smlabb	r3, r11, r0, r3
	ldr	r4, [r12, #-4]
	smlabb	r2, r2, r10, r3
	asr.w	r0, r8, r4
	asrs	r1, r7
	movw	r11, :lower16:.Lloom_demo_n1.weights
	lsls	r2, r2, #1
	@APP
	smmlar	r6, r2, r9, r6
	@NO_APP
	asr.w	r3, lr, r4
	movt	r11, :upper16:.Lloom_demo_n1.weights
	ssat	r0, #8, r0
	strb	r0, [r5, #-15]
	add.w	r0, r6, r2, asr #31
	ssat	r1, #8, r1
	strb	r1, [r5, #-14]
	asrs	r0, r7
	ssat	r1, #8, r3
	strb	r1, [r5, #1]
	ldr	r1, [sp, #288]
	ssat	r0, #8, r0
	adds	r1, #54
	strb	r0, [r5, #2]!
	ldr	r0, [sp, #276]
	cmp.w	r1, #432
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
	ldr	r2, [sp]
	ldr	r3, [sp, #4]
	adds	r2, #1
	add.w	r3, r3, #384
	cmp	r2, #24
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

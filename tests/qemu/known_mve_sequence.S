/* A Cortex-M55 "kernel" of exactly 3,002 instructions, 1,000 of them MVE vector instructions:
 * movw, 1000 x (vadd.i32, subs, bne), bx lr. */
  .syntax unified
  .thumb
  .arch armv8.1-m.main
  .arch_extension mve
  .text
  .global known_mve_sequence
  .type known_mve_sequence, %function
  .thumb_func
known_mve_sequence:
  movw r0, #1000
1:
  vadd.i32 q0, q0, q1
  subs r0, r0, #1
  bne 1b
  bx lr
  .size known_mve_sequence, . - known_mve_sequence

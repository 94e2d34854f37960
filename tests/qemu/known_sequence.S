/* A "kernel" of exactly 2002 instructions: movw, 1000 x (subs, bne), bx lr. */
  .syntax unified
  .thumb
  .text
  .global known_sequence
  .type known_sequence, %function
  .thumb_func
known_sequence:
  movw r0, #1000
1:
  subs r0, r0, #1
  bne 1b
  bx lr
  .size known_sequence, . - known_sequence

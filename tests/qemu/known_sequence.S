/* "Kernels" of a known number of instructions. known_sequence: exactly 2002 instructions: movw,
 * 1000 x (subs, bne), bx lr. */
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

/* Exactly 600,000,003 instructions: movw, movt, 300,000,000 x (subs, bne), bx lr. Longer than
 * 2^24 ticks of the mps3-an547's 32 MHz SysTick, so its count crosses two counter wraps. */
  .global known_long_sequence
  .type known_long_sequence, %function
  .thumb_func
known_long_sequence:
  movw r0, #:lower16:300000000
  movt r0, #:upper16:300000000
1:
  subs r0, r0, #1
  bne 1b
  bx lr
  .size known_long_sequence, . - known_long_sequence

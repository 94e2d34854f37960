/* Counts the instructions a function call executes on loom's QEMU boards run with
 * -icount shift=0 (one instruction = 1 ns of virtual time), with a timer of known frequency: the
 * CMSDK APB timer 0 (25 MHz on mps2-an386/an500: one tick = 40 instructions; 20 MHz on
 * mps2-an505: 50) or, on mps3-an547, SysTick at 32 MHz (31.25). A plain read is exact to one
 * tick; synchronising to a timer edge before the call and spinning to the next edge after it, in a
 * loop of a known four instructions, brings that down to a few instructions. The cost of the
 * measuring code itself is removed by measuring an empty call the same way. */
#ifndef LOOM_INSTRUCTION_COUNTER_H
#define LOOM_INSTRUCTION_COUNTER_H

#include <stdint.h>

typedef void (*loom_measured_fn)(void *context);

void loom_counter_start(void);
/* Instructions executed by fn(context), the measuring overhead subtracted. */
int64_t loom_count_instructions(loom_measured_fn fn, void *context);
/* Instructions since loom_counter_start, from a plain read of the timer: exact to one tick (40
 * instructions on mps2-an386/an500, 50 on mps2-an505, 31.25 on mps3-an547). */
int64_t loom_counter_now(void);

#endif

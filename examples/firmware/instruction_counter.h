/* Counts the instructions a function call executes on QEMU's mps2 boards run with
 * -icount shift=0 (one instruction = 1 ns of virtual time), using the CMSDK APB timer 0 (25 MHz
 * on mps2-an386/an500: one tick = 40 instructions; 20 MHz on mps2-an505: 50). A plain read is
 * exact to one tick; synchronising to a timer edge before the call and spinning to the next edge
 * after it, in a loop of a known four instructions, brings that down to a few instructions. The
 * cost of the measuring code itself is removed by measuring an empty call the same way. */
#ifndef LOOM_INSTRUCTION_COUNTER_H
#define LOOM_INSTRUCTION_COUNTER_H

#include <stdint.h>

typedef void (*loom_measured_fn)(void *context);

void loom_counter_start(void);
/* Instructions executed by fn(context), the measuring overhead subtracted. */
int64_t loom_count_instructions(loom_measured_fn fn, void *context);

#endif

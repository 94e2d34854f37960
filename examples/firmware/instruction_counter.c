/* Edge-synchronised instruction counting; see instruction_counter.h. */
#include "instruction_counter.h"

/* The board follows the CPU (as lib/qemu/Firmware.cpp picks it): mps2-an505 (Cortex-M33, secure)
 * has its CMSDK timer 0 at the secure alias 0x50000000, clocked at 20 MHz (50 instructions per
 * tick); mps2-an386 and mps2-an500 at 0x40000000 and 25 MHz. */
#if defined(__ARM_ARCH_8M_MAIN__)
#define TIMER0_BASE 0x50000000u
enum { INSTRUCTIONS_PER_TICK = 50 };
#else
#define TIMER0_BASE 0x40000000u
enum { INSTRUCTIONS_PER_TICK = 40 };
#endif
#define TIMER_CTRL (*(volatile uint32_t *)(TIMER0_BASE + 0x0))
#define TIMER_VALUE (*(volatile uint32_t *)(TIMER0_BASE + 0x4))
#define TIMER_RELOAD (*(volatile uint32_t *)(TIMER0_BASE + 0x8))

enum { INSTRUCTIONS_PER_SPIN = 4 };

void loom_counter_start(void) {
  TIMER_CTRL = 0;
  TIMER_RELOAD = 0xFFFFFFFFu;
  TIMER_VALUE = 0xFFFFFFFFu;
  TIMER_CTRL = 1; /* enable, no interrupt, counts down at the board's PCLK */
}

/* Spins until the timer value changes; returns the new value and the number of spins. The loop
 * is exactly four instructions (ldr, adds, cmp, beq) so the spin count converts to instructions. */
static uint32_t __attribute__((noinline)) wait_for_edge(uint32_t *spins) {
  uint32_t start, now, count = 0;
  __asm volatile("ldr %[start], [%[timer]]\n"
                 "1:\n"
                 "ldr %[now], [%[timer]]\n"
                 "adds %[count], %[count], #1\n"
                 "cmp %[now], %[start]\n"
                 "beq 1b\n"
                 : [start] "=&r"(start), [now] "=&r"(now), [count] "+r"(count)
                 : [timer] "r"(&TIMER_VALUE)
                 : "cc", "memory");
  *spins = count;
  return now;
}

static int64_t measure(loom_measured_fn fn, void *context) {
  uint32_t spinsBefore, spinsAfter;
  const uint32_t first = wait_for_edge(&spinsBefore);
  fn(context);
  const uint32_t last = wait_for_edge(&spinsAfter);
  return (int64_t)(first - last) * INSTRUCTIONS_PER_TICK -
         (int64_t)spinsAfter * INSTRUCTIONS_PER_SPIN;
}

static void empty(void *context) {
  (void)context;
  __asm volatile("" ::: "memory");
}

int64_t loom_count_instructions(loom_measured_fn fn, void *context) {
  const int64_t overhead = measure(empty, 0);
  return measure(fn, context) - overhead;
}

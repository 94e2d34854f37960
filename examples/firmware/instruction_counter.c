/* Edge-synchronised instruction counting; see instruction_counter.h. */
#include "instruction_counter.h"

/* The board (LOOM_BOARD_<machine>, as lib/qemu/Firmware.cpp picks it for the CPU). mps2-an386 and
 * mps2-an500 (Cortex-M4, M7) have the CMSDK timer 0 at 0x40000000, clocked at 25 MHz (40
 * instructions per tick); mps2-an505 (Cortex-M33, secure) at the secure alias 0x50000000 and 20 MHz
 * (50). The mps3-an547 (Cortex-M55, the only core loom targets with MVE) has no CMSDK timer: it
 * counts with SysTick at the 32 MHz core clock (31.25 instructions per tick), a 24-bit counter
 * whose wraps (every 2^24 ticks, 524 million instructions) its exception counts, at a cost of the
 * handler's few instructions per wrap. Every counter here counts down. */
#if !defined(LOOM_BOARD_MPS2_AN386) && !defined(LOOM_BOARD_MPS2_AN500) &&                          \
    !defined(LOOM_BOARD_MPS2_AN505) && !defined(LOOM_BOARD_MPS3_AN547)
/* No board named (lib/qemu/Firmware.cpp names it): guessed from the core, which a soft-float
 * Cortex-M55 build does not tell apart from a Cortex-M33. */
#if defined(__ARM_FEATURE_MVE)
#define LOOM_BOARD_MPS3_AN547
#elif defined(__ARM_ARCH_8M_MAIN__)
#define LOOM_BOARD_MPS2_AN505
#endif
#endif

#if defined(LOOM_BOARD_MPS3_AN547)
#define TIMER_VALUE (*(volatile uint32_t *)0xE000E018u) /* SYST_CVR */
#define SYST_CSR (*(volatile uint32_t *)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014u)
enum { COUNTER_BITS = 24, INSTRUCTIONS_PER_4_TICKS = 125 };
static volatile uint32_t wraps; /* times the counter reached 0 */
void loom_systick_handler(void) { ++wraps; }
void loom_counter_start(void) {
  SYST_CSR = 0;
  SYST_RVR = 0xFFFFFFu;
  TIMER_VALUE = 0; /* any write clears it; it reloads at the next tick */
  wraps = 0;
  SYST_CSR = 7; /* enable, exception at 0, core clock */
}
#else
#if defined(LOOM_BOARD_MPS2_AN505)
#define TIMER0_BASE 0x50000000u
enum { INSTRUCTIONS_PER_4_TICKS = 200 };
#else
#define TIMER0_BASE 0x40000000u
enum { INSTRUCTIONS_PER_4_TICKS = 160 };
#endif
#define TIMER_CTRL (*(volatile uint32_t *)(TIMER0_BASE + 0x0))
#define TIMER_VALUE (*(volatile uint32_t *)(TIMER0_BASE + 0x4))
#define TIMER_RELOAD (*(volatile uint32_t *)(TIMER0_BASE + 0x8))
enum { COUNTER_BITS = 32 };
static const uint32_t wraps = 0; /* 2^32 ticks: over two minutes */
void loom_counter_start(void) {
  TIMER_CTRL = 0;
  TIMER_RELOAD = 0xFFFFFFFFu;
  TIMER_VALUE = 0xFFFFFFFFu;
  TIMER_CTRL = 1; /* enable, no interrupt, counts down at the board's PCLK */
}
#endif

enum { INSTRUCTIONS_PER_SPIN = 4 };

/* Ticks since the start as a count that only grows, from a counter value and the wraps seen with
 * it. SysTick raises its exception when it reaches 0, one tick before it reloads, so 0 counts as
 * the end of the period the wrap closes. */
static int64_t elapsed_ticks(uint32_t value, uint32_t wrapCount) {
  const int64_t period = (int64_t)1 << COUNTER_BITS;
  return (int64_t)wrapCount * period - (value == 0 && COUNTER_BITS < 32 ? period : (int64_t)value);
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

int64_t loom_counter_now(void) {
  uint32_t w, v;
  do { /* a wrap between the two reads would pair the new value with the old count */
    w = wraps;
    v = TIMER_VALUE;
  } while (w != wraps);
  return elapsed_ticks(v, w) * INSTRUCTIONS_PER_4_TICKS / 4;
}

static int64_t measure(loom_measured_fn fn, void *context) {
  uint32_t spinsBefore, spinsAfter;
  const uint32_t first = wait_for_edge(&spinsBefore), firstWraps = wraps;
  fn(context);
  const uint32_t last = wait_for_edge(&spinsAfter), lastWraps = wraps;
  const int64_t ticks = elapsed_ticks(last, lastWraps) - elapsed_ticks(first, firstWraps);
  return (ticks * INSTRUCTIONS_PER_4_TICKS + 2) / 4 - (int64_t)spinsAfter * INSTRUCTIONS_PER_SPIN;
}

static void empty(void *context) {
  (void)context;
  __asm volatile("" ::: "memory");
}

int64_t loom_count_instructions(loom_measured_fn fn, void *context) {
  const int64_t overhead = measure(empty, 0);
  return measure(fn, context) - overhead;
}

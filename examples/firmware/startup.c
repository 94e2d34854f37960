/* Reset handler and vector table for the QEMU mps2 boards: copies .data, clears .bss, enables
 * the FPU for hard-float builds, runs main and reports its exit code through semihosting. */
#include "semihosting.h"

#include <stdint.h>

extern uint32_t __data_start, __data_end, __data_load, __bss_start, __bss_end, __stack_top;
int main(void);

void loom_reset_handler(void) {
  uint32_t *src = &__data_load;
  for (uint32_t *dst = &__data_start; dst < &__data_end;)
    *dst++ = *src++;
  for (uint32_t *dst = &__bss_start; dst < &__bss_end;)
    *dst++ = 0;
#if defined(__ARM_FP) || defined(__ARM_FEATURE_MVE)
  /* CPACR: full access to CP10/CP11, or the first VFP or MVE instruction faults. */
  *(volatile uint32_t *)0xE000ED88 |= 0xFu << 20;
  __asm volatile("dsb\n isb");
#endif
  loom_semihosting_exit(main());
}

static void loom_fault_handler(void) {
  loom_semihosting_write0("loom firmware: hard fault\n");
  loom_semihosting_exit(3);
}

/* The SysTick exception: the instruction counter counts SysTick's wraps on the board that counts
 * with it (mps3-an547); elsewhere nothing enables it. */
static void loom_unexpected_systick(void) { loom_fault_handler(); }
void loom_systick_handler(void) __attribute__((weak, alias("loom_unexpected_systick")));

__attribute__((section(".vectors"), used)) static void (*const vectors[16])(void) = {
    (void (*)(void))(&__stack_top),
    loom_reset_handler,
    loom_fault_handler, /* NMI */
    loom_fault_handler, /* HardFault */
    loom_fault_handler, /* MemManage */
    loom_fault_handler, /* BusFault */
    loom_fault_handler, /* UsageFault */
    [15] = loom_systick_handler,
};

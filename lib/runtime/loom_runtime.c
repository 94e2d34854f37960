/* The MCU-side executor; see loom_runtime.h. */
#include "loom_runtime.h"

int loom_run(const loom_program *program, uint8_t *arena, uint8_t *state, loom_step_hook hook,
             void *context) {
  uint32_t i;
  int a;
  if (!program || !arena || (program->state_bytes && !state))
    return -1;
  for (i = 0; i < program->step_count; ++i) {
    const loom_step *s = &program->steps[i];
    void *args[LOOM_MAX_KERNEL_ARGS];
    for (a = 0; a < LOOM_MAX_KERNEL_ARGS; ++a)
      args[a] = s->args[a] >= 0    ? (void *)(arena + s->args[a])
                : s->args[a] <= -2 ? (void *)(state + (-2 - s->args[a]))
                                   : (void *)0;
    if (hook)
      hook(i, context);
    s->kernel(args[0], args[1], args[2], args[3]);
  }
  if (hook)
    hook(program->step_count, context);
  return 0;
}

/* Firmware that runs any loom-gen model in QEMU: reads input.bin into the model's input (inside
 * the arena) through semihosting, runs one inference while counting instructions, writes the
 * output tensors to output.bin (one after another) and the count to result.txt. Links with the
 * model's glue (.c), its kernel objects and lib/runtime. */
#include "instruction_counter.h"
#include "semihosting.h"

#include <stdint.h>
#include <string.h>

/* The arena size: -DLOOM_ARENA_BYTES=<bytes>, or -DLOOM_MODEL_HEADER="<name>.h" together with
 * -DLOOM_ARENA_BYTES=<NAME>_ARENA_BYTES (the generated header's macro), as the CMake example does.
 */
#ifdef LOOM_MODEL_HEADER
#include LOOM_MODEL_HEADER
#endif
#ifndef LOOM_ARENA_BYTES
#error "build with -DLOOM_ARENA_BYTES=<the model's arena size>"
#endif

extern const uint32_t loom_model_arena_bytes, loom_model_input_bytes, loom_model_outputs,
    loom_model_steps;
extern const uint32_t loom_model_output_bytes[];
void *loom_model_input(void *arena);
void *loom_model_output(void *arena, uint32_t index);
extern const uint32_t loom_model_state_bytes;
void loom_model_reset_state(void *state);
int loom_model_invoke(void *arena, void *state, void (*hook)(uint32_t, void *), void *context);

enum { MAX_STEPS = 512 };

static uint8_t arena[LOOM_ARENA_BYTES] __attribute__((aligned(16)));
/* A model's persistent state (an LSTM's hidden and cell state), reset before the inference as
 * TFLite Micro resets variable tensors when it allocates them. */
__attribute__((section(".pool"), aligned(16))) static uint8_t state[64u << 10];

/* A model compiled with a streamed input (loom-gen --stream-input) has no input in its arena: it
 * asks for rows as it needs them. Here they come from input.bin, held outside the arena as a
 * camera's frame buffer or line FIFO would be. -DLOOM_MODEL_NAME=<name> names the callback. */
extern const uint32_t loom_model_input_row_bytes;
__attribute__((section(".pool"), aligned(16))) static uint8_t streamed_input[4u << 20];
#ifdef LOOM_MODEL_NAME
#define LOOM_CAT2(a, b) a##b
#define LOOM_CAT(a, b) LOOM_CAT2(a, b)
void LOOM_CAT(LOOM_MODEL_NAME, _read_input)(void *dst, uint32_t first_row, uint32_t rows);
void LOOM_CAT(LOOM_MODEL_NAME, _read_input)(void *dst, uint32_t first_row, uint32_t rows) {
  memcpy(dst, streamed_input + first_row * loom_model_input_row_bytes,
         rows * loom_model_input_row_bytes);
}
#endif
static int status;

static int fail(const char *why) {
  loom_semihosting_write0("loom model firmware: ");
  loom_semihosting_write0(why);
  loom_semihosting_write0("\n");
  return 2;
}

static void invoke(void *context) {
  (void)context;
  status = loom_model_invoke(arena, state, 0, 0);
}

/* Per-layer timing: a plain read of the board's timer before each kernel (exact to one tick, see
 * instruction_counter.h), taken in a second inference so the hook does not disturb the
 * whole-inference count. */
static int64_t stamps[MAX_STEPS + 1];

static void stamp(uint32_t step, void *context) {
  (void)context;
  if (step <= MAX_STEPS)
    stamps[step] = loom_counter_now();
}

static void appendNumber(char *out, int64_t v) {
  char digits[24];
  int n = 0;
  uint64_t u = v < 0 ? (uint64_t)(-v) : (uint64_t)v;
  out += strlen(out);
  if (v < 0)
    *out++ = '-';
  do {
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  while (n)
    *out++ = digits[--n];
  *out = 0;
}

int main(void) {
  if (loom_model_arena_bytes > sizeof arena)
    return fail("the arena is larger than the firmware's buffer");
  if (loom_model_state_bytes > sizeof state)
    return fail("the model's state is larger than the firmware's buffer");
  loom_model_reset_state(state);
  int h = loom_semihosting_open("input.bin", 0);
  if (h < 0 || loom_semihosting_file_length(h) != (long)loom_model_input_bytes)
    return fail("input.bin is missing or has the wrong size");
  uint8_t *input = loom_model_input(arena);
  if (!input && loom_model_input_bytes > sizeof streamed_input)
    return fail("the streamed input is larger than the firmware's buffer");
  if (loom_semihosting_read(h, input ? input : streamed_input, loom_model_input_bytes) != 0)
    return fail("cannot read input.bin");
  loom_semihosting_close(h);

  loom_counter_start();
  const int64_t instructions = loom_count_instructions(invoke, 0);
  if (status != 0)
    return fail("the model failed");

  h = loom_semihosting_open("output.bin", 1);
  if (h < 0)
    return fail("cannot write output.bin");
  for (uint32_t k = 0; k < loom_model_outputs; ++k)
    if (loom_semihosting_write(h, loom_model_output(arena, k), loom_model_output_bytes[k]) != 0)
      return fail("cannot write output.bin");
  loom_semihosting_close(h);
  static char result[64] = "instructions ";
  appendNumber(result, instructions);
  strcat(result, "\n");
  h = loom_semihosting_open("result.txt", 1);
  if (h < 0 || loom_semihosting_write(h, result, strlen(result)) != 0)
    return fail("cannot write result.txt");
  loom_semihosting_close(h);

  /* layers.txt: "<step> <instructions>" per kernel, to +-one timer tick. */
  if (loom_model_steps <= MAX_STEPS && loom_model_invoke(arena, state, stamp, 0) == 0) {
    h = loom_semihosting_open("layers.txt", 1);
    if (h < 0)
      return fail("cannot write layers.txt");
    for (uint32_t i = 0; i < loom_model_steps; ++i) {
      char line[48] = "";
      appendNumber(line, i);
      strcat(line, " ");
      appendNumber(line, stamps[i + 1] - stamps[i]);
      strcat(line, "\n");
      loom_semihosting_write(h, line, strlen(line));
    }
    loom_semihosting_close(h);
  }
  return 0;
}

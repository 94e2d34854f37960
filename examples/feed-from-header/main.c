/* Feeding mcunet-vww0 with nothing but its generated header (loom-gen mcunet-vww0.tflite -o out):
 * the input's type, size, scale and zero point quantize a float image, the output's dequantize
 * the two class scores. The README shows this file; tests/package/feed_from_header.sh builds it
 * for the QEMU board (mps2-an500) and checks its raw output against the host reference. */
#include "mcunet_vww0.h"
#include "semihosting.h"

#include <math.h>

static uint8_t arena[MCUNET_VWW0_ARENA_BYTES] __attribute__((aligned(MCUNET_VWW0_ARENA_ALIGNMENT)));

/* image: 64x64 RGB (MCUNET_VWW0_INPUT_SHAPE, row-major HWC) in the model's real input range. */
static void quantize_input(const float *image) {
  MCUNET_VWW0_INPUT_TYPE *in = (MCUNET_VWW0_INPUT_TYPE *)mcunet_vww0_input(arena);
  for (unsigned i = 0; i < MCUNET_VWW0_INPUT_BYTES / sizeof *in; ++i) {
    long q = lroundf(image[i] / MCUNET_VWW0_INPUT_SCALE) + MCUNET_VWW0_INPUT_ZERO_POINT;
    in[i] = (MCUNET_VWW0_INPUT_TYPE)(q < -128 ? -128 : q > 127 ? 127 : q);
  }
}

static float image[MCUNET_VWW0_INPUT_BYTES];

/* Prints "label value\n" on the semihosting console (no printf: newlib's needs a heap). */
static void print(const char *label, long value) {
  char text[16], *p = text + sizeof text;
  unsigned long magnitude = value < 0 ? 0ul - (unsigned long)value : (unsigned long)value;
  *--p = 0;
  *--p = '\n';
  do
    *--p = (char)('0' + magnitude % 10);
  while (magnitude /= 10);
  if (value < 0)
    *--p = '-';
  loom_semihosting_write0(label);
  loom_semihosting_write0(p);
}

int main(void) {
  const int shape[] = MCUNET_VWW0_INPUT_SHAPE; /* {1, height, width, channels} */
  for (int y = 0; y < shape[1]; ++y)           /* a test image: gradients in [-1, 1] */
    for (int x = 0; x < shape[2]; ++x)
      for (int c = 0; c < shape[3]; ++c)
        image[(y * shape[2] + x) * shape[3] + c] =
            (float)(x + y * c) / (float)(shape[2] * shape[3]) * 2.0f - 1.0f;
  quantize_input(image);
  /* The quantized input, for the test to run the host reference on the same bytes (saved before
   * the inference: the arena's input bytes are reused by later layers). */
  const int f = loom_semihosting_open("input.bin", 1);
  if (f < 0 || loom_semihosting_write(f, mcunet_vww0_input(arena), MCUNET_VWW0_INPUT_BYTES) != 0)
    return 1;
  loom_semihosting_close(f);
  if (mcunet_vww0_invoke(arena) != 0)
    return 1;
  const MCUNET_VWW0_OUTPUT0_TYPE *out = (const MCUNET_VWW0_OUTPUT0_TYPE *)mcunet_vww0_output(arena);
  for (unsigned k = 0; k < MCUNET_VWW0_OUTPUT0_BYTES / sizeof *out; ++k) {
    const float score =
        MCUNET_VWW0_OUTPUT0_SCALE * (float)(out[k] - MCUNET_VWW0_OUTPUT0_ZERO_POINT);
    print(k ? "class 1: raw " : "class 0: raw ", out[k]);
    print("  score x 1000: ", lroundf(score * 1000.0f));
  }
  return 0;
}

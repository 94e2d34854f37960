/* Firmware that runs one loom kernel in QEMU: reads its buffers from files named in
 * manifest.txt (through semihosting), calls the kernel once while counting instructions, writes
 * the output buffers back and reports the count in result.txt.
 *
 * manifest.txt: one line per kernel argument, in call order:
 * "<in|out|inout|scratch> <bytes> <file>" (inout: read from the file, written back to it).
 * The kernel is linked in under the name given by -DLOOM_KERNEL=<symbol>. */
#include "instruction_counter.h"
#include "semihosting.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef LOOM_KERNEL
#error "build with -DLOOM_KERNEL=<kernel symbol>"
#endif

enum { MAX_ARGS = 8, GUARD_BYTES = 32, POOL_BYTES = 15 * 1024 * 1024, GUARD = 0xA5 };

void LOOM_KERNEL(void *, void *, void *, void *, void *, void *, void *, void *);

__attribute__((section(".pool"), aligned(16))) static uint8_t pool[POOL_BYTES];

struct Argument {
  char kind[8];
  char file[96];
  uint32_t bytes;
  uint8_t *data;
};

static struct Argument args[MAX_ARGS];
static int argCount;
static char text[4096];

static int fail(const char *why) {
  loom_semihosting_write0("loom firmware: ");
  loom_semihosting_write0(why);
  loom_semihosting_write0("\n");
  return 2;
}

static int readFile(const char *name, void *data, uint32_t bytes, uint32_t *length) {
  int h = loom_semihosting_open(name, 0);
  if (h < 0)
    return -1;
  long len = loom_semihosting_file_length(h);
  if (len < 0 || (uint32_t)len > bytes) {
    loom_semihosting_close(h);
    return -1;
  }
  size_t left = loom_semihosting_read(h, data, (size_t)len);
  loom_semihosting_close(h);
  *length = (uint32_t)len;
  return left == 0 ? 0 : -1;
}

static int writeFile(const char *name, const void *data, uint32_t bytes) {
  int h = loom_semihosting_open(name, 1);
  if (h < 0)
    return -1;
  size_t left = loom_semihosting_write(h, data, bytes);
  loom_semihosting_close(h);
  return left == 0 ? 0 : -1;
}

/* Copies the next space-separated word of *cursor into out (at most size-1 characters). */
static int nextWord(char **cursor, char *out, size_t size) {
  char *p = *cursor;
  while (*p == ' ')
    ++p;
  size_t n = 0;
  while (*p && *p != ' ' && *p != '\n') {
    if (n + 1 < size)
      out[n++] = *p;
    ++p;
  }
  out[n] = 0;
  *cursor = p;
  return n > 0;
}

static int parseManifest(void) {
  uint32_t length = 0;
  if (readFile("manifest.txt", text, sizeof text - 1, &length) != 0)
    return fail("cannot read manifest.txt");
  text[length] = 0;
  char *cursor = text;
  while (*cursor && argCount < MAX_ARGS) {
    struct Argument *a = &args[argCount];
    char bytes[16];
    if (nextWord(&cursor, a->kind, sizeof a->kind) && nextWord(&cursor, bytes, sizeof bytes) &&
        nextWord(&cursor, a->file, sizeof a->file)) {
      a->bytes = 0;
      for (const char *d = bytes; *d >= '0' && *d <= '9'; ++d)
        a->bytes = a->bytes * 10 + (uint32_t)(*d - '0');
      ++argCount;
    }
    while (*cursor && *cursor != '\n')
      ++cursor;
    if (*cursor == '\n')
      ++cursor;
  }
  return 0;
}

static void *kernelArgs[MAX_ARGS];

static void runKernel(void *context) {
  (void)context;
  LOOM_KERNEL(kernelArgs[0], kernelArgs[1], kernelArgs[2], kernelArgs[3], kernelArgs[4],
              kernelArgs[5], kernelArgs[6], kernelArgs[7]);
}

/* The same call to an empty kernel: its count is subtracted (and its one return instruction
 * added back), so the reported figure is the kernel's own instructions, its return included,
 * without the argument set-up of the call. */
__attribute__((noipa)) static void emptyKernel(void *a, void *b, void *c, void *d, void *e, void *f,
                                               void *g, void *h) {
  (void)a, (void)b, (void)c, (void)d, (void)e, (void)f, (void)g, (void)h;
  __asm volatile("" ::: "memory");
}

static void runEmptyKernel(void *context) {
  (void)context;
  emptyKernel(kernelArgs[0], kernelArgs[1], kernelArgs[2], kernelArgs[3], kernelArgs[4],
              kernelArgs[5], kernelArgs[6], kernelArgs[7]);
}

static void appendNumber(char *out, int64_t v) {
  char digits[24];
  int n = 0;
  int negative = v < 0;
  uint64_t u = negative ? (uint64_t)(-v) : (uint64_t)v;
  do {
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  out += strlen(out);
  if (negative)
    *out++ = '-';
  while (n)
    *out++ = digits[--n];
  *out = 0;
}

int main(void) {
  if (parseManifest() != 0)
    return 2;
  uint32_t used = 0;
  for (int i = 0; i < argCount; ++i) {
    struct Argument *a = &args[i];
    used = (used + 15u) & ~15u;
    if (used + a->bytes + GUARD_BYTES > POOL_BYTES)
      return fail("buffers do not fit the 15 MB pool");
    a->data = pool + used;
    used += a->bytes + GUARD_BYTES;
    /* Outputs and scratch start as garbage so a kernel that skips an element is caught. */
    memset(a->data, GUARD, a->bytes + GUARD_BYTES);
    if (strcmp(a->kind, "in") == 0 || strcmp(a->kind, "inout") == 0) {
      uint32_t length = 0;
      if (readFile(a->file, a->data, a->bytes, &length) != 0 || length != a->bytes)
        return fail("cannot read an input file of the announced size");
    }
    kernelArgs[i] = a->data;
  }

  loom_counter_start();
  const int64_t instructions =
      loom_count_instructions(runKernel, 0) - loom_count_instructions(runEmptyKernel, 0) + 1;

  for (int i = 0; i < argCount; ++i) {
    const struct Argument *a = &args[i];
    for (uint32_t g = 0; g < GUARD_BYTES; ++g)
      if (a->data[a->bytes + g] != GUARD) {
        loom_semihosting_write0(a->file);
        loom_semihosting_write0(": ");
        return fail("the kernel wrote past the end of this buffer");
      }
    if ((strcmp(a->kind, "out") == 0 || strcmp(a->kind, "inout") == 0) &&
        writeFile(a->file, a->data, a->bytes) != 0)
      return fail("cannot write an output file");
  }
  static char result[64] = "instructions ";
  appendNumber(result, instructions);
  strcat(result, "\n");
  if (writeFile("result.txt", result, (uint32_t)strlen(result)) != 0)
    return fail("cannot write result.txt");
  return 0;
}

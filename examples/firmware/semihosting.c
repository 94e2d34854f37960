/* ARM semihosting, operation numbers from the "Semihosting for AArch32 and AArch64" spec. */
#include "semihosting.h"

#include <string.h>

enum {
  SYS_OPEN = 0x01,
  SYS_CLOSE = 0x02,
  SYS_WRITE0 = 0x04,
  SYS_WRITE = 0x05,
  SYS_READ = 0x06,
  SYS_FLEN = 0x0C,
  SYS_EXIT = 0x18,
};

static int call(int op, void *arg) {
  register int r0 __asm("r0") = op;
  register void *r1 __asm("r1") = arg;
  __asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

int loom_semihosting_open(const char *path, int write) {
  /* Mode 1 is "rb", 5 is "wb" in the semihosting mode table. */
  unsigned args[3] = {(unsigned)path, write ? 5u : 1u, (unsigned)strlen(path)};
  return call(SYS_OPEN, args);
}

int loom_semihosting_close(int handle) {
  unsigned args[1] = {(unsigned)handle};
  return call(SYS_CLOSE, args);
}

size_t loom_semihosting_read(int handle, void *data, size_t size) {
  unsigned args[3] = {(unsigned)handle, (unsigned)data, (unsigned)size};
  return (size_t)call(SYS_READ, args);
}

size_t loom_semihosting_write(int handle, const void *data, size_t size) {
  unsigned args[3] = {(unsigned)handle, (unsigned)data, (unsigned)size};
  return (size_t)call(SYS_WRITE, args);
}

long loom_semihosting_file_length(int handle) {
  unsigned args[1] = {(unsigned)handle};
  return call(SYS_FLEN, args);
}

void loom_semihosting_write0(const char *text) { call(SYS_WRITE0, (void *)text); }

void loom_semihosting_exit(int code) {
  /* ADP_Stopped_ApplicationExit (0x20026) means success to QEMU; anything else is an error. */
  call(SYS_EXIT, (void *)(code == 0 ? 0x20026 : 0x20023));
  for (;;) {
  }
}

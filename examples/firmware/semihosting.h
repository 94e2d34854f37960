/* ARM semihosting calls (BKPT 0xAB on M-profile) used by loom's QEMU firmware for file I/O. */
#ifndef LOOM_SEMIHOSTING_H
#define LOOM_SEMIHOSTING_H

#include <stddef.h>

int loom_semihosting_open(const char *path, int write);
int loom_semihosting_close(int handle);
/* Both return the number of bytes NOT transferred (0 on success), as semihosting does. */
size_t loom_semihosting_read(int handle, void *data, size_t size);
size_t loom_semihosting_write(int handle, const void *data, size_t size);
long loom_semihosting_file_length(int handle);
void loom_semihosting_write0(const char *text);
void loom_semihosting_exit(int code) __attribute__((noreturn));

#endif

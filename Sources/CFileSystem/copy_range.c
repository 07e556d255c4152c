#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>
#include "tthc_filesystem.h"

long tthc_copy_range(int source, long long *offset, int target, unsigned long length) {
#if defined(__linux__)
  off_t from = (off_t)*offset;
  ssize_t copied = copy_file_range(source, &from, target, NULL, (size_t)length, 0);
  *offset = (long long)from;
  return (long)copied;
#else
  (void)source; (void)offset; (void)target; (void)length;
  errno = ENOSYS;
  return -1;
#endif
}

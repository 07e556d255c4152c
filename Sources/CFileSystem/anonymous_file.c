#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tthc_filesystem.h"

int tthc_open_anonymous(const char *folder) {
#if defined(O_TMPFILE)
  int descriptor = open(folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (descriptor >= 0) return descriptor;
#endif
  // Where the file system has no unnamed files: a named one, unlinked at once.
  size_t length = strlen(folder);
  char *path = malloc(length + sizeof("/.tthc-anonymous-XXXXXX"));
  if (path == NULL) return -1;
  memcpy(path, folder, length);
  memcpy(path + length, "/.tthc-anonymous-XXXXXX", sizeof("/.tthc-anonymous-XXXXXX"));
  int named = mkostemp(path, O_CLOEXEC);
  if (named >= 0) unlink(path);
  free(path);
  return named;
}

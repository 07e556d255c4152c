#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include "tthc_filesystem.h"

static int remove_entry(const char *path, const struct stat *status, int kind, struct FTW *walk) {
  (void)status;
  (void)kind;
  (void)walk;
  return remove(path);
}

int tthc_remove_tree(const char *path) {
  // Children before their folder, links not followed, at most 64 folders open at once.
  return nftw(path, remove_entry, 64, FTW_DEPTH | FTW_PHYS);
}

#include "tthc_allocator.h"

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

int tthc_limit_allocator_arenas(int count) {
#if defined(M_ARENA_MAX)
  return mallopt(M_ARENA_MAX, count) == 1;
#else
  (void)count;
  return 0;
#endif
}

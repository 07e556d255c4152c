#ifndef TTHC_ALLOCATOR_H
#define TTHC_ALLOCATOR_H

/// Limits the C allocator to `count` arenas for the threads that allocate from now on
/// (glibc mallopt M_ARENA_MAX). Returns 1 when the allocator took the setting, 0 otherwise
/// (and always 0 where the allocator has no such setting).
int tthc_limit_allocator_arenas(int count);

#endif

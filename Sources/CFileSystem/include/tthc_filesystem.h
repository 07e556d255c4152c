#ifndef TTHC_FILESYSTEM_H
#define TTHC_FILESYSTEM_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where unsupported).
int tthc_exchange_paths(const char *first, const char *second);

/// Removes a folder and everything below it, without following symbolic links.
/// Returns 0 on success, -1 (or the failing removal's result) otherwise.
int tthc_remove_tree(const char *path);

/// Copies up to `length` bytes of `source` from `*offset` (advanced by what was copied) to
/// the current position of `target`, inside the kernel (Linux copy_file_range). Returns the
/// count copied, 0 at the end of `source`, or -1 with errno set (ENOSYS, EXDEV, EINVAL… where
/// the file system cannot).
long tthc_copy_range(int source, long long *offset, int target, unsigned long length);

/// Opens a new, empty file for reading and writing on the file system of `folder` that has no
/// name (Linux O_TMPFILE; elsewhere a named file unlinked at once): it disappears when closed,
/// even when the process is killed. Returns the descriptor, or -1 with errno set.
int tthc_open_anonymous(const char *folder);

#endif

/* File helpers that never follow symlinks planted by judged programs and
 * never read more than a cap. */
#ifndef LC_FS_H
#define LC_FS_H

#include "buf.h"
#include "err.h"

#include <stdbool.h>
#include <sys/types.h>

/* Reads the whole of path (relative to dirfd, or AT_FDCWD) into b; fails with
 * LC_ERR_LIMIT past b->max. nofollow: refuse a symlink as the last component. */
lc_code lc_read_file_at(int dirfd, const char *path, bool nofollow, lc_buf *b, lc_err *e);
lc_code lc_read_file(const char *path, lc_buf *b, lc_err *e);
/* Reads at most max bytes from the start of fd (pread; the offset is untouched)
 * into b, setting b->truncated when fd holds more. */
lc_code lc_read_fd_capped(int fd, size_t max, lc_buf *b, lc_err *e);
/* Creates or truncates path (relative to dirfd, never through a symlink) with mode. */
lc_code lc_write_file_at(int dirfd, const char *path, const void *data, size_t len, mode_t mode,
                         lc_err *e);
/* Removes everything inside the directory dirfd (not the directory itself), without
 * following symlinks or crossing into other mounts, at any depth, with O(1)
 * open files (subdirectories' contents are moved up, then removed). */
lc_code lc_empty_dir_at(int dirfd, lc_err *e);
/* rm -r of a directory (never following a symlink, at any depth). */
void lc_remove_tree(const char *path);
/* mkdir -p, mode for created directories. */
lc_code lc_mkdir_p(const char *path, mode_t mode, lc_err *e);
bool lc_is_dir(const char *path);
/* The directory holding the running executable (for the sandbox helper and data). */
lc_code lc_exe_dir(char *out, size_t outsz, lc_err *e);

#endif

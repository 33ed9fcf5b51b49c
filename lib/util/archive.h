/* Unpacking an untrusted archive (.zip, .tar, .tar.gz, ...: libarchive reads
 * them) into a fresh directory: regular files and directories only, every
 * path relative and inside it, each entry written once, and caps on what the
 * archive may claim and on what it really holds. */
#ifndef LC_ARCHIVE_H
#define LC_ARCHIVE_H

#include "err.h"

#include <stddef.h>
#include <stdint.h>

typedef struct lc_archive_caps {
    uint64_t max_bytes;    /* all files together, as written (not as the headers say) */
    uint64_t max_entries;
    int max_depth;         /* path components */
} lc_archive_caps;

#define LC_ARCHIVE_DEFAULT_MAX_BYTES (1024ull << 20)
#define LC_ARCHIVE_DEFAULT_MAX_ENTRIES 100000
#define LC_ARCHIVE_DEFAULT_MAX_DEPTH 16

/* Whether path names a file this module unpacks (by its name: .zip, .tar,
 * .tar.gz, .tgz, .tar.xz, .tar.bz2). */
int lc_archive_is_archive(const char *path);

/* Unpacks archive `path` into the existing, empty directory `dest` (caps NULL:
 * the defaults). Refused, with the entry named in e: an absolute path or one
 * with `..`, a link or special file, an entry written twice, a path deeper
 * than the cap, more entries or bytes than the caps, a corrupt archive.
 * What was unpacked before a refusal stays in dest (the caller removes it). */
lc_code lc_archive_extract(const char *path, const char *dest, const lc_archive_caps *caps,
                           lc_err *e);

#endif

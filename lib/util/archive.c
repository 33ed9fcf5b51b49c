#include "archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int lc_archive_is_archive(const char *path)
{
    static const char *const ends[] = {".zip", ".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.bz2"};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t k = strlen(ends[i]);
        if (n > k && strcasecmp(path + n - k, ends[i]) == 0)
            return 1;
    }
    return 0;
}

/* Opens (creating when mkdirs) the directory holding the last component of
 * rel, one component at a time under root, never through a symlink; *last:
 * where that component starts in rel. -1 with errno set on failure. */
static int open_parent(int root, char *rel, int mkdirs, const char **last)
{
    int dir = dup(root);
    char *p = rel;
    for (;;) {
        char *slash = strchr(p, '/');
        if (!slash)
            break;
        *slash = '\0';
        if (mkdirs && mkdirat(dir, p, 0755) < 0 && errno != EEXIST) {
            *slash = '/';
            close(dir);
            return -1;
        }
        int sub = openat(dir, p, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        *slash = '/';
        close(dir);
        if (sub < 0)
            return -1;
        dir = sub;
        p = slash + 1;
    }
    *last = p;
    return dir;
}

/* The entry's path made relative and checked: no absolute path, no `..`, no
 * empty result; "./" prefixes and repeated or trailing slashes dropped. */
static int clean_path(const char *in, char *out, size_t outsz, int max_depth)
{
    if (!in || in[0] == '/' || strlen(in) >= outsz)
        return -1;
    size_t n = 0;
    int depth = 0;
    const char *p = in;
    while (*p) {
        while (*p == '/')
            p++;
        const char *end = strchr(p, '/');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == 0)
            break;
        if (len == 1 && p[0] == '.') {
            p += len;
            continue;
        }
        if (len == 2 && p[0] == '.' && p[1] == '.')
            return -1;
        if (++depth > max_depth)
            return -1;
        if (n)
            out[n++] = '/';
        memcpy(out + n, p, len);
        n += len;
        p += len;
    }
    out[n] = '\0';
    return n ? 0 : 1; /* 1: nothing left ("./"), skipped */
}

lc_code lc_archive_extract(const char *path, const char *dest, const lc_archive_caps *caps,
                           lc_err *e)
{
    lc_archive_caps c = {LC_ARCHIVE_DEFAULT_MAX_BYTES, LC_ARCHIVE_DEFAULT_MAX_ENTRIES,
                         LC_ARCHIVE_DEFAULT_MAX_DEPTH};
    if (caps)
        c = *caps;
    int root = open(dest, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root < 0)
        return lc_err_sys(e, LC_ERR_IO, "%s", dest);
    struct archive *a = archive_read_new();
    if (!a) {
        close(root);
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    }
    archive_read_support_filter_all(a);
    archive_read_support_format_zip(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    lc_code rc = LC_OK;
    if (archive_read_open_filename(a, path, 64 * 1024) != ARCHIVE_OK) {
        rc = lc_err_set(e, LC_ERR_INVALID, "%s: not a readable archive: %s", path,
                        archive_error_string(a));
        goto out;
    }
    uint64_t entries = 0, bytes = 0;
    char rel[PATH_MAX], buf[64 * 1024];
    struct archive_entry *ent;
    for (;;) {
        int r = archive_read_next_header(a, &ent);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            rc = lc_err_set(e, LC_ERR_INVALID, "%s: corrupt archive: %s", path,
                            archive_error_string(a));
            break;
        }
        const char *name = archive_entry_pathname(ent);
        if (++entries > c.max_entries) {
            rc = lc_err_set(e, LC_ERR_LIMIT, "%s: more than %llu entries", path,
                            (unsigned long long)c.max_entries);
            break;
        }
        int cp = clean_path(name, rel, sizeof rel, c.max_depth);
        if (cp < 0) {
            rc = lc_err_set(e, LC_ERR_INVALID,
                            "%s: entry '%.200s': an absolute path, `..` or too deep a path", path,
                            name ? name : "");
            break;
        }
        mode_t type = archive_entry_filetype(ent);
        if (type != AE_IFREG && type != AE_IFDIR) {
            rc = lc_err_set(e, LC_ERR_INVALID,
                            "%s: entry '%.200s': links and special files are refused", path, name);
            break;
        }
        if (archive_entry_hardlink(ent)) {
            rc = lc_err_set(e, LC_ERR_INVALID, "%s: entry '%.200s': hard links are refused", path,
                            name);
            break;
        }
        if (cp == 1)
            continue;
        if (type == AE_IFREG && archive_entry_size_is_set(ent) &&
            (uint64_t)archive_entry_size(ent) > c.max_bytes - bytes) {
            rc = lc_err_set(e, LC_ERR_LIMIT, "%s: entry '%.200s': the files hold more than %llu MiB",
                            path, name, (unsigned long long)(c.max_bytes >> 20));
            break;
        }
        const char *last;
        int dir = open_parent(root, rel, 1, &last);
        if (dir < 0) {
            rc = lc_err_sys(e, LC_ERR_INVALID, "%s: entry '%.200s'", path, name);
            break;
        }
        if (type == AE_IFDIR) {
            if (mkdirat(dir, last, 0755) < 0 && errno != EEXIST)
                rc = lc_err_sys(e, LC_ERR_IO, "%s: entry '%.200s'", path, name);
            close(dir);
            if (rc)
                break;
            continue;
        }
        int fd = openat(dir, last, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        int saved = errno;
        close(dir);
        if (fd < 0) {
            errno = saved;
            rc = lc_err_sys(e, saved == EEXIST ? LC_ERR_INVALID : LC_ERR_IO,
                            "%s: entry '%.200s'%s", path, name,
                            saved == EEXIST ? " is in the archive twice" : "");
            break;
        }
        for (;;) {
            la_ssize_t got = archive_read_data(a, buf, sizeof buf);
            if (got == 0)
                break;
            if (got < 0) {
                rc = lc_err_set(e, LC_ERR_INVALID, "%s: entry '%.200s': %s", path, name,
                                archive_error_string(a));
                break;
            }
            if ((uint64_t)got > c.max_bytes - bytes) {
                rc = lc_err_set(e, LC_ERR_LIMIT, "%s: the files hold more than %llu MiB", path,
                                (unsigned long long)(c.max_bytes >> 20));
                break;
            }
            bytes += (uint64_t)got;
            for (la_ssize_t off = 0; off < got;) {
                ssize_t w = write(fd, buf + off, (size_t)(got - off));
                if (w < 0) {
                    rc = lc_err_sys(e, LC_ERR_IO, "%s: entry '%.200s'", path, name);
                    break;
                }
                off += w;
            }
            if (rc)
                break;
        }
        if (close(fd) < 0 && !rc)
            rc = lc_err_sys(e, LC_ERR_IO, "%s: entry '%.200s'", path, name);
        if (rc)
            break;
    }
out:
    archive_read_free(a);
    close(root);
    return rc;
}

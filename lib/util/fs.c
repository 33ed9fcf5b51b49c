#include "fs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

lc_code lc_read_fd_capped(int fd, size_t max, lc_buf *b, lc_err *e)
{
    char chunk[65536];
    off_t off = 0;
    for (;;) {
        size_t room = b->max - b->len;
        size_t want = sizeof chunk;
        if (max - (size_t)off < want)
            want = max - (size_t)off;
        if (want == 0) {
            /* at the cap: is there more? */
            char c;
            ssize_t r = pread(fd, &c, 1, off);
            if (r > 0)
                b->truncated = true;
            return LC_OK;
        }
        ssize_t r = pread(fd, chunk, want, off);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return lc_err_sys(e, LC_ERR_IO, "read");
        }
        if (r == 0)
            return LC_OK;
        if ((size_t)r > room) {
            lc_buf_append_trunc(b, chunk, (size_t)r);
            return LC_OK;
        }
        if (lc_buf_append(b, chunk, (size_t)r))
            return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        off += r;
    }
}

lc_code lc_read_file_at(int dirfd, const char *path, bool nofollow, lc_buf *b, lc_err *e)
{
    int fd = openat(dirfd, path, O_RDONLY | O_CLOEXEC | O_NOCTTY | (nofollow ? O_NOFOLLOW : 0));
    if (fd < 0)
        return lc_err_sys(e, errno == ENOENT ? LC_ERR_NOTFOUND : LC_ERR_IO, "%s", path);
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return lc_err_set(e, LC_ERR_INVALID, "%s: not a regular file", path);
    }
    if ((size_t)st.st_size > b->max - b->len) {
        close(fd);
        return lc_err_set(e, LC_ERR_LIMIT, "%s: larger than %zu bytes", path, b->max);
    }
    lc_code rc = lc_read_fd_capped(fd, b->max - b->len, b, e);
    close(fd);
    if (rc == LC_OK && b->truncated)
        return lc_err_set(e, LC_ERR_LIMIT, "%s: larger than %zu bytes", path, b->max);
    return rc;
}

lc_code lc_read_file(const char *path, lc_buf *b, lc_err *e)
{
    return lc_read_file_at(AT_FDCWD, path, false, b, e);
}

lc_code lc_write_file_at(int dirfd, const char *path, const void *data, size_t len, mode_t mode,
                         lc_err *e)
{
    int fd = openat(dirfd, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0)
        return lc_err_sys(e, LC_ERR_IO, "create %s", path);
    const char *p = data;
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            close(fd);
            return lc_err_sys(e, LC_ERR_IO, "write %s", path);
        }
        p += w;
        len -= (size_t)w;
    }
    if (fchmod(fd, mode) < 0) {
        close(fd);
        return lc_err_sys(e, LC_ERR_IO, "chmod %s", path);
    }
    close(fd);
    return LC_OK;
}

/* Empties dirfd without recursion and with O(1) open files, whatever the
 * depth: each pass moves the contents of every subdirectory up into dirfd
 * (renameat within one file system) and removes the emptied subdirectory,
 * until only files are left to unlink. A judged program can build a tree as
 * deep as its inode quota allows; this removes it all the same. */
lc_code lc_empty_dir_at(int dirfd, lc_err *e)
{
    struct stat rst;
    if (fstat(dirfd, &rst) < 0)
        return lc_err_sys(e, LC_ERR_IO, "stat");
    unsigned long counter = 0;
    for (int pass = 0; pass < 1000000; pass++) {
        int fd = dup(dirfd);
        DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
        if (!d) {
            if (fd >= 0)
                close(fd);
            return lc_err_sys(e, LC_ERR_IO, "opendir");
        }
        rewinddir(d);
        bool dirs_left = false, progress = false;
        lc_code rc = LC_OK;
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
                continue;
            struct stat st;
            if (fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
                continue;
            if (!S_ISDIR(st.st_mode)) {
                if (unlinkat(dirfd, de->d_name, 0) == 0)
                    progress = true;
                else if (errno != ENOENT)
                    rc = lc_err_sys(e, LC_ERR_IO, "unlink %s", de->d_name);
                continue;
            }
            if (st.st_dev != rst.st_dev)
                continue; /* a mount point: not ours to empty */
            if (unlinkat(dirfd, de->d_name, AT_REMOVEDIR) == 0) {
                progress = true;
                continue;
            }
            dirs_left = true;
            int sub = openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0)
                continue;
            DIR *sd = fdopendir(sub);
            if (!sd) {
                close(sub);
                continue;
            }
            struct dirent *se;
            while ((se = readdir(sd)) != NULL) {
                if (strcmp(se->d_name, ".") == 0 || strcmp(se->d_name, "..") == 0)
                    continue;
                for (int tries = 0; tries < 8; tries++) {
                    char name[64];
                    snprintf(name, sizeof name, ".lc-rm-%lu", counter++);
                    if (renameat(sub, se->d_name, dirfd, name) == 0) {
                        progress = true;
                        break;
                    }
                    if (errno != EEXIST && errno != ENOTEMPTY && errno != EISDIR &&
                        errno != ENOTDIR)
                        break;
                }
            }
            closedir(sd);
        }
        closedir(d);
        if (rc)
            return rc;
        if (!dirs_left)
            return LC_OK;
        if (!progress)
            return lc_err_set(e, LC_ERR_IO, "cannot empty the directory");
    }
    return lc_err_set(e, LC_ERR_IO, "cannot empty the directory");
}

void lc_remove_tree(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd >= 0) {
        lc_empty_dir_at(fd, NULL);
        close(fd);
    }
    rmdir(path);
}

lc_code lc_mkdir_p(const char *path, mode_t mode, lc_err *e)
{
    char tmp[PATH_MAX];
    size_t n = strlen(path);
    if (n == 0 || n >= sizeof tmp)
        return lc_err_set(e, LC_ERR_INVALID, "bad path");
    memcpy(tmp, path, n + 1);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(tmp, mode) < 0 && errno != EEXIST)
            return lc_err_sys(e, LC_ERR_IO, "mkdir %s", tmp);
        *p = '/';
    }
    if (mkdir(tmp, mode) < 0 && errno != EEXIST)
        return lc_err_sys(e, LC_ERR_IO, "mkdir %s", tmp);
    return LC_OK;
}

bool lc_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

lc_code lc_exe_dir(char *out, size_t outsz, lc_err *e)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0)
        return lc_err_sys(e, LC_ERR_IO, "readlink /proc/self/exe");
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return lc_err_set(e, LC_ERR_INTERNAL, "odd executable path %s", buf);
    *slash = '\0';
    if ((size_t)snprintf(out, outsz, "%s", buf[0] ? buf : "/") >= outsz)
        return lc_err_set(e, LC_ERR_LIMIT, "path too long");
    return LC_OK;
}

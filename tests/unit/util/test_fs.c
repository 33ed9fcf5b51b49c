/* lib/util/fs.h: reads with caps, no symlink following, emptying directories. */
#include "util/fs.h"
#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* snprintf that must fit (and tells the compiler we checked) */
#define FMT(buf, ...) cr_assert_lt((size_t)snprintf((buf), sizeof(buf), __VA_ARGS__), sizeof(buf))

static char tmp[64];
static int tfd = -1;

static void rm_rf(const char *path)
{
    char cmd[PATH_MAX + 64];
    FMT(cmd, "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", path, path);
    if (system(cmd) != 0)
        fprintf(stderr, "cleanup of %s failed\n", path);
}

static void setup(void)
{
    FMT(tmp, "/tmp/lc-test-fs-XXXXXX");
    cr_assert_not_null(mkdtemp(tmp), "mkdtemp: %s", strerror(errno));
    tfd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    cr_assert_geq(tfd, 0);
}

static void teardown(void)
{
    if (tfd >= 0)
        close(tfd);
    rm_rf(tmp);
}

static void put(const char *rel, const char *content)
{
    char p[PATH_MAX];
    FMT(p, "%s/%s", tmp, rel);
    FILE *f = fopen(p, "w");
    cr_assert_not_null(f, "fopen %s: %s", p, strerror(errno));
    fputs(content, f);
    fclose(f);
}

static char *path_of(const char *rel)
{
    static char p[4][PATH_MAX];
    static int i;
    i = (i + 1) % 4;
    FMT(p[i], "%s/%s", tmp, rel);
    return p[i];
}

static int count_entries(int dirfd)
{
    char cmd[PATH_MAX + 64];
    (void)dirfd;
    FMT(cmd, "test -z \"$(ls -A '%s')\"", tmp);
    return system(cmd) == 0 ? 0 : 1;
}

TestSuite(fs, .init = setup, .fini = teardown);

/* ---- lc_read_file_at ---------------------------------------------------- */

Test(fs, read_regular_file)
{
    put("a.txt", "hello\nworld\n");
    lc_buf b;
    lc_buf_init(&b, 1024);
    lc_err e = {0};
    cr_assert_eq(lc_read_file_at(tfd, "a.txt", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "hello\nworld\n");
    cr_assert_eq(b.len, 12);
    cr_assert_not(b.truncated);
    lc_buf_free(&b);
}

Test(fs, read_file_by_absolute_path)
{
    put("a.txt", "abc");
    lc_buf b;
    lc_buf_init(&b, 1024);
    lc_err e = {0};
    cr_assert_eq(lc_read_file(path_of("a.txt"), &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "abc");
    lc_buf_free(&b);
}

Test(fs, read_empty_file)
{
    put("empty", "");
    lc_buf b;
    lc_buf_init(&b, 16);
    lc_err e = {0};
    cr_assert_eq(lc_read_file_at(tfd, "empty", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(b.len, 0);
    cr_assert_str_eq(lc_buf_str(&b), "");
    lc_buf_free(&b);
}

Test(fs, read_missing_file_is_notfound)
{
    lc_buf b;
    lc_buf_init(&b, 16);
    lc_err e = {0};
    cr_assert_eq(lc_read_file_at(tfd, "nope", true, &b, &e), LC_ERR_NOTFOUND);
    cr_assert_not_null(strstr(e.msg, "nope"), "msg: %s", e.msg);
    lc_buf_free(&b);
}

Test(fs, read_nofollow_refuses_symlink)
{
    put("target", "secret");
    cr_assert_eq(symlinkat("target", tfd, "link"), 0);
    lc_buf b;
    lc_buf_init(&b, 1024);
    lc_err e = {0};
    cr_assert_neq(lc_read_file_at(tfd, "link", true, &b, &e), LC_OK);
    cr_assert_eq(b.len, 0, "read through a symlink: %s", lc_buf_str(&b));
    cr_assert_neq(e.msg[0], '\0');
    /* a symlink to an absolute path outside, too */
    cr_assert_eq(symlinkat("/etc/hostname", tfd, "abs"), 0);
    cr_assert_neq(lc_read_file_at(tfd, "abs", true, &b, &e), LC_OK);
    cr_assert_eq(b.len, 0);
    /* without nofollow it is followed */
    cr_assert_eq(lc_read_file_at(tfd, "link", false, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "secret");
    lc_buf_free(&b);
}

Test(fs, read_refuses_directory_and_fifo)
{
    cr_assert_eq(mkdirat(tfd, "d", 0755), 0);
    cr_assert_eq(mkfifoat(tfd, "fifo", 0644), 0);
    lc_buf b;
    lc_buf_init(&b, 1024);
    lc_err e = {0};
    cr_assert_neq(lc_read_file_at(tfd, "d", true, &b, &e), LC_OK);
    /* a FIFO must not block the reader: open would block without O_NONBLOCK, so
     * only check it with a writer present */
    int w = openat(tfd, "fifo", O_RDWR | O_CLOEXEC);
    cr_assert_geq(w, 0);
    cr_assert_eq(lc_read_file_at(tfd, "fifo", true, &b, &e), LC_ERR_INVALID);
    close(w);
    lc_buf_free(&b);
}

Test(fs, read_over_cap_is_limit)
{
    put("big", "0123456789");
    lc_buf b;
    lc_buf_init(&b, 9);
    lc_err e = {0};
    cr_assert_eq(lc_read_file_at(tfd, "big", true, &b, &e), LC_ERR_LIMIT);
    cr_assert_not_null(strstr(e.msg, "big"), "msg: %s", e.msg);
    lc_buf_free(&b);
    lc_buf_init(&b, 10);
    cr_assert_eq(lc_read_file_at(tfd, "big", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "0123456789");
    lc_buf_free(&b);
}

Test(fs, read_cap_counts_existing_content)
{
    put("f", "abcdef");
    lc_buf b;
    lc_buf_init(&b, 10);
    cr_assert_eq(lc_buf_append(&b, "12345", 5), LC_OK);
    lc_err e = {0};
    cr_assert_eq(lc_read_file_at(tfd, "f", true, &b, &e), LC_ERR_LIMIT);
    lc_buf_reset(&b);
    cr_assert_eq(lc_buf_append(&b, "1234", 4), LC_OK);
    cr_assert_eq(lc_read_file_at(tfd, "f", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "1234abcdef");
    lc_buf_free(&b);
}

Test(fs, read_large_file_over_several_chunks)
{
    size_t n = 300000;
    char *data = malloc(n);
    cr_assert_not_null(data);
    for (size_t i = 0; i < n; i++)
        data[i] = (char)(i * 7 + 3);
    int fd = openat(tfd, "large", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, data, n), (ssize_t)n);
    close(fd);
    lc_buf b;
    lc_buf_init(&b, n);
    lc_err e = {0};
    cr_assert_eq(lc_read_file_at(tfd, "large", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(b.len, n);
    cr_assert_eq(memcmp(b.data, data, n), 0);
    lc_buf_free(&b);
    lc_buf_init(&b, n - 1);
    cr_assert_eq(lc_read_file_at(tfd, "large", true, &b, &e), LC_ERR_LIMIT);
    lc_buf_free(&b);
    free(data);
}

/* ---- lc_read_fd_capped -------------------------------------------------- */

Test(fs, read_fd_capped_sets_truncated)
{
    put("f", "0123456789");
    int fd = openat(tfd, "f", O_RDONLY);
    cr_assert_geq(fd, 0);
    lc_buf b;
    lc_buf_init(&b, 1024);
    lc_err e = {0};
    cr_assert_eq(lc_read_fd_capped(fd, 4, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "0123");
    cr_assert(b.truncated);
    /* the offset is untouched */
    cr_assert_eq(lseek(fd, 0, SEEK_CUR), 0);
    lc_buf_reset(&b);
    cr_assert_eq(lc_read_fd_capped(fd, 10, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "0123456789");
    cr_assert_not(b.truncated, "exactly max bytes is not truncated");
    lc_buf_reset(&b);
    cr_assert_eq(lc_read_fd_capped(fd, 100, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "0123456789");
    cr_assert_not(b.truncated);
    lc_buf_reset(&b);
    cr_assert_eq(lc_read_fd_capped(fd, 0, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(b.len, 0);
    cr_assert(b.truncated);
    close(fd);
    lc_buf_free(&b);
}

Test(fs, read_fd_capped_respects_buffer_max)
{
    put("f", "0123456789");
    int fd = openat(tfd, "f", O_RDONLY);
    cr_assert_geq(fd, 0);
    lc_buf b;
    lc_buf_init(&b, 6);
    lc_err e = {0};
    cr_assert_eq(lc_read_fd_capped(fd, 100, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(b.len, 6);
    cr_assert_str_eq(lc_buf_str(&b), "012345");
    cr_assert(b.truncated);
    close(fd);
    lc_buf_free(&b);
}

Test(fs, read_fd_capped_memfd_large_truncated_at_chunk_boundary)
{
    int fd = memfd_create("t", MFD_CLOEXEC);
    cr_assert_geq(fd, 0);
    size_t n = 65536 * 2 + 100;
    char *data = malloc(n);
    cr_assert_not_null(data);
    memset(data, 'z', n);
    cr_assert_eq(write(fd, data, n), (ssize_t)n);
    lc_buf b;
    lc_buf_init(&b, 1 << 20);
    lc_err e = {0};
    cr_assert_eq(lc_read_fd_capped(fd, 65536 * 2, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(b.len, 65536 * 2);
    cr_assert(b.truncated);
    lc_buf_reset(&b);
    cr_assert_eq(lc_read_fd_capped(fd, n, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(b.len, n);
    cr_assert_not(b.truncated);
    /* offset untouched (write left it at n) */
    cr_assert_eq(lseek(fd, 0, SEEK_CUR), (off_t)n);
    close(fd);
    free(data);
    lc_buf_free(&b);
}

/* ---- lc_write_file_at --------------------------------------------------- */

Test(fs, write_creates_with_mode_and_truncates)
{
    lc_err e = {0};
    cr_assert_eq(lc_write_file_at(tfd, "out", "long content", 12, 0640, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(lc_write_file_at(tfd, "out", "short", 5, 0600, &e), LC_OK, "%s", e.msg);
    struct stat st;
    cr_assert_eq(fstatat(tfd, "out", &st, AT_SYMLINK_NOFOLLOW), 0);
    cr_assert_eq(st.st_size, 5);
    cr_assert_eq(st.st_mode & 07777, 0600);
    lc_buf b;
    lc_buf_init(&b, 100);
    cr_assert_eq(lc_read_file_at(tfd, "out", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "short");
    lc_buf_free(&b);
    /* mode is applied exactly, even against the umask */
    mode_t old = umask(077);
    cr_assert_eq(lc_write_file_at(tfd, "exe", "x", 1, 0755, &e), LC_OK, "%s", e.msg);
    umask(old);
    cr_assert_eq(fstatat(tfd, "exe", &st, AT_SYMLINK_NOFOLLOW), 0);
    cr_assert_eq(st.st_mode & 07777, 0755);
}

Test(fs, write_refuses_symlink)
{
    put("victim", "original");
    cr_assert_eq(symlinkat("victim", tfd, "link"), 0);
    lc_err e = {0};
    cr_assert_neq(lc_write_file_at(tfd, "link", "evil", 4, 0644, &e), LC_OK);
    cr_assert_not_null(strstr(e.msg, "link"), "msg: %s", e.msg);
    lc_buf b;
    lc_buf_init(&b, 100);
    cr_assert_eq(lc_read_file_at(tfd, "victim", true, &b, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(lc_buf_str(&b), "original");
    lc_buf_free(&b);
    /* a dangling symlink must not create its target either */
    cr_assert_eq(symlinkat("created-by-link", tfd, "dangling"), 0);
    cr_assert_neq(lc_write_file_at(tfd, "dangling", "evil", 4, 0644, &e), LC_OK);
    cr_assert_eq(faccessat(tfd, "created-by-link", F_OK, AT_SYMLINK_NOFOLLOW), -1);
}

Test(fs, write_empty_file)
{
    lc_err e = {0};
    cr_assert_eq(lc_write_file_at(tfd, "empty", "", 0, 0644, &e), LC_OK, "%s", e.msg);
    struct stat st;
    cr_assert_eq(fstatat(tfd, "empty", &st, 0), 0);
    cr_assert_eq(st.st_size, 0);
}

/* ---- lc_empty_dir_at ---------------------------------------------------- */

Test(fs, empty_dir_removes_nested_tree)
{
    lc_err e = {0};
    cr_assert_eq(lc_mkdir_p(path_of("a/b/c/d"), 0755, &e), LC_OK, "%s", e.msg);
    put("top", "1");
    put(".hidden", "1");
    put("a/f", "2");
    put("a/b/c/d/deep", "3");
    cr_assert_eq(mkdirat(tfd, "locked", 0755), 0);
    put("locked/inner", "4");
    cr_assert_eq(mkdirat(tfd, "locked/sub", 0755), 0);
    put("locked/sub/x", "5");
    cr_assert_eq(fchmodat(tfd, "locked/sub", 0, 0), 0);
    cr_assert_eq(fchmodat(tfd, "locked", 0, 0), 0);
    cr_assert_eq(mkfifoat(tfd, "fifo", 0644), 0);
    cr_assert_eq(symlinkat("a", tfd, "dirlink"), 0);
    put("ro", "6");
    cr_assert_eq(fchmodat(tfd, "ro", 0, 0), 0);

    cr_assert_eq(lc_empty_dir_at(tfd, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(count_entries(tfd), 0, "directory not empty");
    /* the directory itself stays */
    struct stat st;
    cr_assert_eq(stat(tmp, &st), 0);
    cr_assert(S_ISDIR(st.st_mode));
    /* and is usable again */
    put("again", "x");
}

Test(fs, empty_dir_does_not_follow_symlink_to_outside_dir)
{
    char outside[PATH_MAX];
    FMT(outside, "/tmp/lc-test-fs-out-XXXXXX");
    cr_assert_not_null(mkdtemp(outside));
    char p[PATH_MAX + 32];
    FMT(p, "%s/keep", outside);
    FILE *f = fopen(p, "w");
    cr_assert_not_null(f);
    fputs("keep me", f);
    fclose(f);
    FMT(p, "%s/sub", outside);
    cr_assert_eq(mkdir(p, 0755), 0);
    FMT(p, "%s/sub/keep2", outside);
    f = fopen(p, "w");
    cr_assert_not_null(f);
    fclose(f);

    cr_assert_eq(symlinkat(outside, tfd, "escape"), 0);
    cr_assert_eq(mkdirat(tfd, "d", 0755), 0);
    FMT(p, "%s/sub", outside);
    cr_assert_eq(symlinkat(p, tfd, "d/escape2"), 0);
    FMT(p, "%s/keep", outside);
    cr_assert_eq(symlinkat(p, tfd, "d/filelink"), 0);

    lc_err e = {0};
    lc_code rc = lc_empty_dir_at(tfd, &e);

    int kept1 = 0, kept2 = 0;
    FMT(p, "%s/keep", outside);
    kept1 = access(p, F_OK) == 0;
    FMT(p, "%s/sub/keep2", outside);
    kept2 = access(p, F_OK) == 0;
    rm_rf(outside);

    cr_assert_eq(rc, LC_OK, "%s", e.msg);
    cr_assert(kept1, "followed a symlink out of the directory");
    cr_assert(kept2, "followed a nested symlink out of the directory");
    cr_assert_eq(count_entries(tfd), 0);
}

Test(fs, empty_dir_on_empty_dir)
{
    lc_err e = {0};
    cr_assert_eq(lc_empty_dir_at(tfd, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(count_entries(tfd), 0);
}

Test(fs, empty_dir_many_entries)
{
    char name[64];
    for (int i = 0; i < 500; i++) {
        FMT(name, "f%03d", i);
        int fd = openat(tfd, name, O_WRONLY | O_CREAT, 0644);
        cr_assert_geq(fd, 0);
        close(fd);
    }
    lc_err e = {0};
    cr_assert_eq(lc_empty_dir_at(tfd, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(count_entries(tfd), 0);
}

Test(fs, empty_dir_twice_via_same_fd)
{
    /* the fd's directory stream position must not make a second call skip entries */
    lc_err e = {0};
    put("one", "1");
    cr_assert_eq(lc_empty_dir_at(tfd, &e), LC_OK, "%s", e.msg);
    put("two", "2");
    cr_assert_eq(mkdirat(tfd, "dd", 0700), 0);
    cr_assert_eq(lc_empty_dir_at(tfd, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(count_entries(tfd), 0);
}

/* ---- lc_mkdir_p / lc_is_dir --------------------------------------------- */

Test(fs, mkdir_p_creates_all_levels)
{
    lc_err e = {0};
    char *p = path_of("x/y/z");
    cr_assert_eq(lc_mkdir_p(p, 0750, &e), LC_OK, "%s", e.msg);
    cr_assert(lc_is_dir(p));
    cr_assert(lc_is_dir(path_of("x/y")));
    struct stat st;
    cr_assert_eq(stat(p, &st), 0);
    /* existing: fine */
    cr_assert_eq(lc_mkdir_p(p, 0750, &e), LC_OK, "%s", e.msg);
    /* trailing slash */
    cr_assert_eq(lc_mkdir_p(path_of("t1/t2/"), 0755, &e), LC_OK, "%s", e.msg);
    cr_assert(lc_is_dir(path_of("t1/t2")));
}

Test(fs, mkdir_p_fails_through_a_file)
{
    put("file", "x");
    lc_err e = {0};
    cr_assert_neq(lc_mkdir_p(path_of("file/sub"), 0755, &e), LC_OK);
    cr_assert_neq(e.msg[0], '\0');
    cr_assert_neq(lc_mkdir_p("", 0755, &e), LC_OK);
}

Test(fs, is_dir)
{
    put("file", "x");
    cr_assert(lc_is_dir(tmp));
    cr_assert_not(lc_is_dir(path_of("file")));
    cr_assert_not(lc_is_dir(path_of("missing")));
}

Test(fs, exe_dir_is_a_directory)
{
    char d[PATH_MAX];
    lc_err e = {0};
    cr_assert_eq(lc_exe_dir(d, sizeof d, &e), LC_OK, "%s", e.msg);
    cr_assert(lc_is_dir(d));
    char small[2];
    cr_assert_eq(lc_exe_dir(small, sizeof small, &e), LC_ERR_LIMIT);
}

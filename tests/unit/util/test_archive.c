/* lib/util/archive.h: unpacking untrusted archives, built here with libarchive's writer. */
#include "util/archive.h"
#include <criterion/criterion.h>

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[64], dest[128], arc[128];

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/lc-test-archive-XXXXXX");
    cr_assert_not_null(mkdtemp(root), "mkdtemp: %s", strerror(errno));
    snprintf(dest, sizeof dest, "%s/out", root);
    snprintf(arc, sizeof arc, "%s/a.tar.gz", root);
    cr_assert_eq(mkdir(dest, 0700), 0);
}

static void teardown(void)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "cleanup of %s failed\n", root);
}

TestSuite(archive, .init = setup, .fini = teardown);

typedef struct {
    const char *path;
    int type; /* AE_IFREG, AE_IFDIR, AE_IFLNK */
    const char *body;
} ent;

static void write_tgz(const ent *v, size_t n)
{
    struct archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    cr_assert_eq(archive_write_open_filename(a, arc), ARCHIVE_OK);
    for (size_t i = 0; i < n; i++) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, v[i].path);
        archive_entry_set_filetype(e, (unsigned)v[i].type);
        archive_entry_set_perm(e, 0644);
        size_t len = v[i].body ? strlen(v[i].body) : 0;
        if (v[i].type == AE_IFLNK)
            archive_entry_set_symlink(e, v[i].body);
        else
            archive_entry_set_size(e, (la_int64_t)len);
        cr_assert_eq(archive_write_header(a, e), ARCHIVE_OK);
        if (v[i].type == AE_IFREG && len)
            archive_write_data(a, v[i].body, len);
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

static int exists(const char *rel)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dest, rel);
    struct stat st;
    return lstat(p, &st) == 0;
}

Test(archive, names)
{
    cr_assert(lc_archive_is_archive("x/contest.zip"));
    cr_assert(lc_archive_is_archive("a.TAR.GZ"));
    cr_assert(lc_archive_is_archive("a.tgz"));
    cr_assert(!lc_archive_is_archive("problems/sum"));
    cr_assert(!lc_archive_is_archive(".zip"));
}

Test(archive, files_and_directories)
{
    ent v[] = {{"./pkg/", AE_IFDIR, NULL},
               {"pkg/problem.yaml", AE_IFREG, "name: X\n"},
               {"pkg//data/sample/1.in", AE_IFREG, "1 2\n"},
               {"pkg/empty", AE_IFREG, ""}};
    write_tgz(v, 4);
    lc_err e = {0};
    cr_assert_eq(lc_archive_extract(arc, dest, NULL, &e), LC_OK, "%s", e.msg);
    cr_assert(exists("pkg/problem.yaml") && exists("pkg/data/sample/1.in") && exists("pkg/empty"));
}

Test(archive, refusals)
{
    const struct {
        ent v;
        const char *why;
    } bad[] = {{{"../up", AE_IFREG, "x"}, "`..`"},
               {{"pkg/../../up", AE_IFREG, "x"}, "`..`"},
               {{"/abs", AE_IFREG, "x"}, "absolute"},
               {{"pkg/link", AE_IFLNK, "/etc/passwd"}, "links"},
               {{"a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q", AE_IFREG, "x"}, "too deep"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        write_tgz(&bad[i].v, 1);
        lc_err e = {0};
        cr_assert_neq(lc_archive_extract(arc, dest, NULL, &e), LC_OK, "%s", bad[i].v.path);
        cr_assert_not_null(strstr(e.msg, bad[i].why), "%s: %s", bad[i].v.path, e.msg);
    }
    cr_assert(!exists("pkg/link") && access("/tmp/up", F_OK) != 0);
}

Test(archive, caps)
{
    ent v[] = {{"a", AE_IFREG, "0123456789"}, {"b", AE_IFREG, "0123456789"}};
    write_tgz(v, 2);
    lc_archive_caps small = {15, 100, 4};
    lc_err e = {0};
    cr_assert_eq(lc_archive_extract(arc, dest, &small, &e), LC_ERR_LIMIT);
    cr_assert_not_null(strstr(e.msg, "'b'"), "%s", e.msg);
    char p[256];
    snprintf(p, sizeof p, "%s/a", dest);
    unlink(p);
    lc_archive_caps few = {1 << 20, 1, 4};
    cr_assert_eq(lc_archive_extract(arc, dest, &few, &e), LC_ERR_LIMIT);
    cr_assert_not_null(strstr(e.msg, "more than 1 entries"), "%s", e.msg);
}

Test(archive, twice_and_garbage)
{
    ent v[] = {{"a", AE_IFREG, "1"}, {"a", AE_IFREG, "2"}};
    write_tgz(v, 2);
    lc_err e = {0};
    cr_assert_eq(lc_archive_extract(arc, dest, NULL, &e), LC_ERR_INVALID);
    cr_assert_not_null(strstr(e.msg, "twice"), "%s", e.msg);
    FILE *f = fopen(arc, "w");
    fputs("not an archive at all", f);
    fclose(f);
    cr_assert_eq(lc_archive_extract(arc, dest, NULL, &e), LC_ERR_INVALID);
}

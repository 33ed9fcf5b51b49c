/* lib/sandbox: read-only binds are read-only all the way down. A host mount
 * below a bound path (say a filesystem mounted under /usr/lib) comes along
 * with the recursive bind; it must be read-only, nosuid and nodev inside the
 * sandbox like the bind itself, not keep the host's rw, suid and dev.
 *
 * The test builds such a tree in a mount namespace of its own (Criterion runs
 * each test in a process of its own): a tmpfs with a second tmpfs mounted
 * inside it, rw, suid and dev, bound into the sandbox as an extra read-only
 * path. Nothing is mounted on the host, and the mounts end with the test's
 * process whatever happens. Needs root, like every sandbox test. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "sandbox/sandbox.h"
#include "util/fs.h"
#include <criterion/criterion.h>

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

static void init_env(void)
{
    /* when run by hand from the source tree, find the helper beside this binary */
    const char *h = getenv("LITECODE_SANDBOX_INIT");
    if (!h || !*h) {
        char d[4096];
        lc_err e = {0};
        if (lc_exe_dir(d, sizeof d - 64, &e) == LC_OK) {
            strcat(d, "/litecode-sandbox-init");
            setenv("LITECODE_SANDBOX_INIT", d, 1);
        }
    }
}

TestSuite(sandbox_binds, .init = init_env, .timeout = 30);

static void sh_out(lc_sbx *s, const char *script, char *out, size_t outsz)
{
    const char *argv[] = {"/bin/sh", "-c", script, NULL};
    int ofd = memfd_create("lc-test", MFD_CLOEXEC);
    cr_assert_geq(ofd, 0);
    lc_sbx_cmd c = {.argv = argv, .stdin_fd = -1, .stdout_fd = ofd, .stderr_fd = ofd};
    lc_sbx_result r;
    lc_err e = {0};
    lc_code rc = lc_sbx_exec(s, &c, &r, &e);
    cr_assert_eq(rc, LC_OK, "lc_sbx_exec: %s: %s", lc_code_name(rc), e.msg);
    ssize_t n = pread(ofd, out, outsz - 1, 0);
    out[n > 0 ? n : 0] = '\0';
    close(ofd);
}

/* The mount options (mountinfo's sixth field) of mount point mp inside the sandbox. */
static void mount_opts(lc_sbx *s, const char *mp, char *out, size_t outsz)
{
    char script[256];
    snprintf(script, sizeof script, "awk '$5 == \"%s\" { print $6 }' /proc/self/mountinfo", mp);
    sh_out(s, script, out, outsz);
    out[strcspn(out, "\n")] = '\0';
}

static int has_opt(const char *opts, const char *opt)
{
    size_t n = strlen(opt);
    for (const char *p = opts; (p = strstr(p, opt)) != NULL; p += n)
        if ((p == opts || p[-1] == ',') && (p[n] == '\0' || p[n] == ','))
            return 1;
    return 0;
}

Test(sandbox_binds, submounts_of_a_read_only_bind_are_read_only_nosuid_nodev)
{
    /* a private mount namespace: nothing below reaches the host */
    cr_assert_eq(unshare(CLONE_NEWNS), 0, "unshare: %s", strerror(errno));
    cr_assert_eq(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), 0, "%s", strerror(errno));
    char dir[] = "/tmp/litecode-binds.XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char sub[sizeof dir + 8];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    cr_assert_eq(mount("lc-test-tree", dir, "tmpfs", 0, "size=1m,mode=0755"), 0, "%s",
                 strerror(errno));
    cr_assert_eq(mkdir(sub, 0755), 0);
    /* the submount as a host mount would be: writable by anyone, suid, dev */
    cr_assert_eq(mount("lc-test-sub", sub, "tmpfs", 0, "size=1m,mode=0777"), 0, "%s",
                 strerror(errno));

    const char *ro_paths[] = {dir, NULL};
    const char *ro_targets[] = {"/lcbind", NULL};
    lc_sbx_config cfg = {.slot = -1, .ro_paths = ro_paths, .ro_targets = ro_targets};
    lc_sbx *s = NULL;
    lc_err e = {0};
    lc_code rc = lc_sbx_open(&cfg, &s, &e);
    cr_assert_eq(rc, LC_OK, "lc_sbx_open: %s: %s", lc_code_name(rc), e.msg);

    char opts[512];
    mount_opts(s, "/lcbind", opts, sizeof opts);
    cr_expect(has_opt(opts, "ro") && has_opt(opts, "nosuid") && has_opt(opts, "nodev"),
              "the bind itself: options '%s'", opts);
    mount_opts(s, "/lcbind/sub", opts, sizeof opts);
    cr_expect(opts[0], "the submount is missing inside the sandbox");
    cr_expect(has_opt(opts, "ro"), "the submount is not read-only: options '%s'", opts);
    cr_expect(has_opt(opts, "nosuid"), "the submount is not nosuid: options '%s'", opts);
    cr_expect(has_opt(opts, "nodev"), "the submount is not nodev: options '%s'", opts);

    char out[1024];
    sh_out(s, "if (: > /lcbind/sub/lcpwn) 2>/dev/null; then echo WROTE; else echo REFUSED; fi", out,
           sizeof out);
    cr_expect_str_eq(out, "REFUSED\n", "writing into the submount: %s", out);

    lc_sbx_close(s);
    umount2(sub, MNT_DETACH);
    umount2(dir, MNT_DETACH);
    rmdir(dir);
}

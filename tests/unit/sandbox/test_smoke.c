#include "sandbox/sandbox.h"
#include <criterion/criterion.h>
#include <sys/mman.h>
#include <unistd.h>
#include <string.h>
#include <stdio.h>

Test(sandbox, echo)
{
    lc_sbx *s; lc_err e = {0};
    cr_assert_eq(lc_sbx_open(NULL, &s, &e), LC_OK, "%s", e.msg);
    int out = memfd_create("o", 0);
    const char *argv[] = {"/bin/echo", "hello", NULL};
    lc_sbx_cmd c = {.argv = argv, .stdin_fd = -1, .stdout_fd = out, .stderr_fd = -1};
    lc_sbx_result r;
    cr_assert_eq(lc_sbx_exec(s, &c, &r, &e), LC_OK, "%s", e.msg);
    char buf[64] = {0};
    pread(out, buf, sizeof buf - 1, 0);
    cr_assert_str_eq(buf, "hello\n");
    cr_assert_eq(r.exit_code, 0);
    lc_sbx_close(s);
}

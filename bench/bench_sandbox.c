/* Per-run cost of the sandbox against a bare vfork+exec+wait of the same static
 * binary and against bubblewrap (--unshare-all), measured in one process.
 * Prints medians and ratios; asserts nothing (these machines are noisy).
 *   litecode-bench-sandbox [RUNS] */
#include "bench.h"
#include "sandbox/sandbox.h"
#include "util/buf.h"
#include "util/fs.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static int spawn_wait(char *const argv[])
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    /* glibc's posix_spawn uses clone(CLONE_VM|CLONE_VFORK): the vfork+exec floor */
    int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc)
        return -1;
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int main(int argc, char **argv)
{
    int runs = argc > 1 ? atoi(argv[1]) : 1000;
    if (runs < 10)
        runs = 10;
    char dir[4096];
    lc_exe_dir(dir, sizeof dir - 64, NULL);
    char payload[4200];
    snprintf(payload, sizeof payload, "%s/bench-true-static", dir);

    lc_err e = {0};
    lc_sbx *s;
    if (lc_sbx_open(NULL, &s, &e)) {
        fprintf(stderr, "sandbox: %s\n", e.msg);
        return 1;
    }
    lc_buf bin;
    lc_buf_init(&bin, 64 << 20);
    if (lc_read_file(payload, &bin, &e) ||
        lc_write_file_at(lc_sbx_box_fd(s), "true", bin.data, bin.len, 0755, &e)) {
        fprintf(stderr, "payload: %s\n", e.msg);
        return 1;
    }
    lc_buf_free(&bin);

    double *bare = calloc((size_t)runs, sizeof *bare), *sbx = calloc((size_t)runs, sizeof *sbx);
    int bw_runs = runs / 5 > 20 ? runs / 5 : 20;
    double *bw = calloc((size_t)bw_runs, sizeof *bw);
    char *bare_argv[] = {payload, NULL};
    const char *sbx_argv[] = {"/box/true", NULL};
    lc_sbx_cmd cmd = {.argv = sbx_argv, .stdin_fd = -1, .stdout_fd = -1, .stderr_fd = -1,
                      .limits = {.cpu_ms = 1000}};
    /* interleave so both see the same machine noise; warm up first */
    for (int i = 0; i < 20; i++) {
        lc_sbx_result r;
        spawn_wait(bare_argv);
        lc_sbx_exec(s, &cmd, &r, &e);
    }
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        if (spawn_wait(bare_argv) != 0) {
            fprintf(stderr, "bare run failed\n");
            return 1;
        }
        double t1 = now_ms();
        lc_sbx_result r;
        if (lc_sbx_exec(s, &cmd, &r, &e) || r.exit_code != 0) {
            fprintf(stderr, "sandbox run failed: %s\n", e.msg);
            return 1;
        }
        double t2 = now_ms();
        bare[i] = t1 - t0;
        sbx[i] = t2 - t1;
    }
    int have_bwrap = access("/usr/bin/bwrap", X_OK) == 0;
    if (have_bwrap) {
        char *bw_argv[] = {"/usr/bin/bwrap", "--unshare-all", "--die-with-parent",
                           "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib64", "/lib64",
                           "--symlink", "usr/lib", "/lib", "--ro-bind", payload, "/true",
                           "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
                           "/true", NULL};
        for (int i = 0; i < bw_runs; i++) {
            double t0 = now_ms();
            if (spawn_wait(bw_argv) != 0) {
                fprintf(stderr, "bwrap run failed\n");
                have_bwrap = 0;
                break;
            }
            bw[i] = now_ms() - t0;
        }
    }
    double mb = median(bare, runs), ms = median(sbx, runs);
    printf("sandbox per-run cost, static binary, %d runs (medians)\n", runs);
    printf("  bare vfork+exec+wait   %8.3f ms\n", mb);
    printf("  litecode sandbox       %8.3f ms   ratio vs bare: %.2fx (target <= 1.10x)\n", ms,
           ms / mb);
    if (have_bwrap) {
        double mw = median(bw, bw_runs);
        printf("  bwrap --unshare-all    %8.3f ms   (%d runs) bwrap / litecode: %.1fx (target >= 5x)\n",
               mw, bw_runs, mw / ms);
    } else {
        printf("  bwrap                  not installed\n");
    }
    lc_sbx_close(s);
    free(bare);
    free(sbx);
    free(bw);
    return 0;
}

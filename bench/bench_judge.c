/* Judge throughput on many tiny tests: `litecode judge`'s work (compile once,
 * then run + check every test in the sandbox) against the same binary run
 * bare (posix_spawn + wait, stdin from the test, stdout to a memfd, the same
 * checker), measured in one process. Prints times and ratios, asserts nothing.
 *   litecode-bench-judge PROBLEM_DIR SOURCE.c */
#include "bench.h"
#include "judge/checker.h"
#include "judge/judge.h"
#include "util/buf.h"
#include "util/fs.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* One bare pass over every test: spawn, wait, check. Returns ms, -1 on a mismatch. */
static double bare_pass(const char *exe, const lc_package *p)
{
    int out = memfd_create("bench-out", MFD_CLOEXEC);
    double t0 = now_ms();
    for (size_t i = 0; i < p->ntests; i++) {
        if (ftruncate(out, 0) < 0 || lseek(out, 0, SEEK_SET) < 0)
            return -1;
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_addopen(&fa, 0, p->tests[i].in_path, O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&fa, out, 1);
        char *argv[] = {(char *)exe, NULL};
        pid_t pid;
        if (posix_spawn(&pid, exe, &fa, NULL, argv, environ))
            return -1;
        posix_spawn_file_actions_destroy(&fa);
        int st;
        waitpid(pid, &st, 0);
        lc_buf ans, got;
        lc_buf_init(&ans, 1 << 20);
        lc_buf_init(&got, 1 << 20);
        lc_read_file(p->tests[i].ans_path, &ans, NULL);
        lc_read_fd_capped(out, 1 << 20, &got, NULL);
        bool ok = lc_check_output(lc_buf_str(&ans), ans.len, lc_buf_str(&got), got.len, &p->flags,
                                  NULL, 0);
        lc_buf_free(&ans);
        lc_buf_free(&got);
        if (!ok || !WIFEXITED(st) || WEXITSTATUS(st))
            return -1;
    }
    double t = now_ms() - t0;
    close(out);
    return t;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: litecode-bench-judge PROBLEM_DIR SOURCE.c\n");
        return 2;
    }
    lc_err e = {0};
    lc_package *p;
    if (lc_package_load(argv[1], &p, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        return 1;
    }
    lc_buf src;
    lc_buf_init(&src, LC_JUDGE_SOURCE_MAX);
    if (lc_read_file(argv[2], &src, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        return 1;
    }
    char exe[] = "/tmp/litecode-bench-XXXXXX";
    int fd = mkstemp(exe);
    close(fd);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "gcc -std=c17 -O2 -pipe -o %s %s -lm", exe, argv[2]);
    if (system(cmd) != 0) {
        fprintf(stderr, "host compile failed\n");
        return 1;
    }
    lc_judge_opts opts = {0};
    lc_sbx_config cfg = {.slot = -1, .ro_paths = lc_judge_sandbox_paths(&opts),
                         .ro_targets = lc_judge_sandbox_targets()};
    lc_sbx *s;
    if (lc_sbx_open(&cfg, &s, &e)) {
        fprintf(stderr, "sandbox: %s\n", e.msg);
        return 1;
    }
    enum { ROUNDS = 7 };
    double judge[ROUNDS], tests[ROUNDS], compile[ROUNDS], bare[ROUNDS];
    bare_pass(exe, p); /* warm the page cache */
    for (int r = 0; r < ROUNDS; r++) {
        lc_judge_result res;
        double t0 = now_ms();
        lc_judge_run(s, p, lc_lang_find("c"), src.data, src.len, &opts, &res, &e);
        double t1 = now_ms();
        if (res.verdict != LC_V_AC) {
            fprintf(stderr, "judge verdict %s: %s\n", lc_verdict_result(res.verdict),
                    res.error ? res.error : "");
            return 1;
        }
        judge[r] = t1 - t0;
        compile[r] = (double)res.compile_us / 1e3;
        tests[r] = judge[r] - compile[r];
        lc_judge_result_free(&res);
        bare[r] = bare_pass(exe, p);
        if (bare[r] < 0) {
            fprintf(stderr, "bare pass failed\n");
            return 1;
        }
    }
    double mj = median(judge, ROUNDS), mt = median(tests, ROUNDS);
    double mc = median(compile, ROUNDS), mb = median(bare, ROUNDS);
    printf("judge, %zu tests, C submission, %d rounds (medians)\n", p->ntests, ROUNDS);
    printf("  judge total (compile + runs + checks)  %8.1f ms\n", mj);
    printf("    compile in the sandbox               %8.1f ms\n", mc);
    printf("    runs + checks in the sandbox         %8.1f ms  (%.3f ms per test)\n", mt,
           mt / (double)p->ntests);
    printf("  bare runs + checks (no sandbox)        %8.1f ms  (%.3f ms per test)\n", mb,
           mb / (double)p->ntests);
    printf("  ratio judged runs / bare runs          %8.2fx\n", mt / mb);
    printf("  ratio judge total / bare runs          %8.2fx\n", mj / mb);
    lc_sbx_close(s);
    unlink(exe);
    lc_buf_free(&src);
    lc_package_free(p);
    return 0;
}

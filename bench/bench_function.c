/* A function (LeetCode-style) submission judged end to end — driver
 * generation, compile, one run for every test, comparison — with its
 * breakdown: compile, start-up (run wall time not spent in calls) and
 * per-test time. Baseline in the same run: a bare exec of the language's
 * runtime doing nothing (python3 -c pass, the compiled binary of an empty
 * C++ main), so start-up can be read against the floor.
 *   litecode-bench-function PROBLEM_DIR SOURCE [ROUNDS] */
#include "bench.h"
#include "judge/judge.h"
#include "util/buf.h"
#include "util/fs.h"

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double bare_ms(char *const argv[], int rounds)
{
    double *t = calloc((size_t)rounds, sizeof *t);
    for (int i = 0; i < rounds; i++) {
        double t0 = now_ms();
        pid_t pid;
        if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) == 0)
            waitpid(pid, NULL, 0);
        t[i] = now_ms() - t0;
    }
    double m = median(t, rounds);
    free(t);
    return m;
}

int main(int argc, char **argv)
{
    /* --lang ID: a language other than the extension's (cpp-gcc beside clang's cpp) */
    const char *lang_id = NULL;
    if (argc > 2 && strcmp(argv[1], "--lang") == 0) {
        lang_id = argv[2];
        argc -= 2;
        argv += 2;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: litecode-bench-function [--lang ID] PROBLEM_DIR SOURCE [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? atoi(argv[3]) : 9;
    if (rounds < 3)
        rounds = 3;
    lc_err e = {0};
    lc_package *p;
    if (lc_package_load(argv[1], &p, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        return 1;
    }
    const lc_lang *lang = lang_id ? lc_lang_find(lang_id) : lc_lang_from_path(argv[2]);
    lc_buf src;
    lc_buf_init(&src, LC_JUDGE_SOURCE_MAX);
    if (!lang || lc_read_file(argv[2], &src, &e)) {
        fprintf(stderr, "cannot read %s\n", argv[2]);
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
    double *total = calloc((size_t)rounds, sizeof(double));
    double *compile = calloc((size_t)rounds, sizeof(double));
    double *run = calloc((size_t)rounds, sizeof(double));
    double *calls = calloc((size_t)rounds, sizeof(double));
    for (int r = 0; r < rounds; r++) {
        lc_judge_result res;
        double t0 = now_ms();
        lc_judge_run(s, p, lang, src.data, src.len, &opts, &res, &e);
        total[r] = now_ms() - t0;
        if (res.verdict != LC_V_AC) {
            fprintf(stderr, "verdict %s: %s %s\n", lc_verdict_result(res.verdict),
                    res.error ? res.error : "", res.compile_output ? res.compile_output : "");
            return 1;
        }
        compile[r] = (double)res.compile_us / 1e3;
        run[r] = total[r] - compile[r];
        double c = 0;
        for (size_t i = 0; i < res.ntests; i++)
            c += (double)res.tests[i].cpu_us / 1e3;
        calls[r] = c;
        lc_judge_result_free(&res);
    }
    double mt = median(total, rounds), mc = median(compile, rounds);
    double mr = median(run, rounds), ml = median(calls, rounds);
    printf("function submission (%s), %zu tests, %d rounds (medians)\n", lang->id, p->ntests, rounds);
    printf("  judged end to end               %8.1f ms\n", mt);
    printf("    generate + compile (sandbox)  %8.1f ms\n", mc);
    printf("    run + compare (sandbox)       %8.1f ms\n", mr);
    printf("      start-up (run - calls)      %8.1f ms\n", mr - ml);
    printf("      calls, all tests            %8.3f ms  (%.4f ms per test)\n", ml,
           ml / (double)p->ntests);
    if (strcmp(lang->id, "python") == 0) {
        char *pass[] = {"/usr/bin/python3", "-I", "-c", "pass", NULL};
        double b = bare_ms(pass, rounds * 3);
        printf("  baseline: bare python3 -I -c pass %6.1f ms  (judge time / bare start: %.1fx)\n", b,
               (mt - mc) / b);
    }
    lc_sbx_close(s);
    lc_package_free(p);
    lc_buf_free(&src);
    free(total);
    free(compile);
    free(run);
    free(calls);
    return 0;
}

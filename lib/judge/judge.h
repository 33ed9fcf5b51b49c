/* The judge: compile a submission in the sandbox, run it on every test of a
 * package in order (samples first, then secret, by file name), check each
 * output (the default Kattis checker or the package's own validator, built
 * and run in the sandbox), and stop at the first failing test.
 * Verdict rules are ARCHITECTURE.md's ("Verdicts and the judge's result"). */
#ifndef LC_JUDGE_H
#define LC_JUDGE_H

#include "../sandbox/sandbox.h"
#include "../util/err.h"
#include "lang.h"
#include "package.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#define LC_JUDGE_SOURCE_MAX (64 * 1024)
#define LC_JUDGE_FIELD_MAX 4096            /* failing_test fields */
#define LC_JUDGE_COMPILE_OUTPUT_MAX (64 * 1024)
#define LC_JUDGE_COMPILE_CPU_MS 20000
#define LC_JUDGE_COMPILE_WALL_MS 25000      /* near the CPU limit: a compiler that blocks ends */
#define LC_JUDGE_VALIDATOR_WALL_MS 60000

typedef enum lc_verdict {
    LC_V_PENDING = 0,
    LC_V_AC,
    LC_V_WA,
    LC_V_TLE,
    LC_V_MLE,
    LC_V_RE,
    LC_V_OLE,
    LC_V_CE,
    LC_V_IE,
} lc_verdict;

const char *lc_verdict_status(lc_verdict v); /* "success", "time_limit_exceeded", ... */
const char *lc_verdict_result(lc_verdict v); /* "Accepted", "Time Limit Exceeded", ... */

typedef struct lc_judge_test {
    char *name;
    lc_verdict verdict;
    uint64_t cpu_us;
    uint64_t wall_us;
    uint64_t memory_kib;
    bool hide_runtime;         /* not measured where the user cannot forge it (function
                                  problems: per call), or a secret test under reveal: samples */
    bool hide_memory;          /* a secret test under reveal: samples */
} lc_judge_test;

typedef struct lc_judge_result {
    lc_verdict verdict;
    size_t passed, total;
    uint64_t runtime_us;       /* CPU of the slowest test */
    uint64_t memory_kib;       /* peak over tests */
    lc_judge_test *tests;      /* the tests that ran */
    size_t ntests;
    bool has_failing;
    bool failing_hidden;       /* reveal: samples and a secret test failed */
    char *failing_name, *failing_input, *failing_expected, *failing_actual, *failing_stderr;
    char *compile_output;      /* capped; "" when none */
    char *user_stdout;         /* function problems: what the solution printed (64 KiB cap) */
    char *error;               /* what failed, for Internal Error */
    uint64_t compile_us;       /* wall time of the compile step */
    bool over_budget;          /* the job's budget ran out: Internal Error */
    /* scoring problems (lc_package.scoring): the score of data/ and of each
       judged group below it, as Kattis's default grader gives them */
    bool scored;
    double score, max_score;   /* max_score: what every test accepted would score */
    struct lc_judge_group *groups; /* the groups judged, in order (data/ itself is not one) */
    size_t ngroups;
} lc_judge_result;

typedef struct lc_judge_group {
    char *name;                /* the package's ("secret/subtask1") */
    lc_verdict verdict;
    double score;
} lc_judge_group;

typedef struct lc_judge_opts {
    bool run_all;              /* do not stop at the first failing test */
    const char *pch_dir;       /* holds bits/stdc++.h.gch; NULL: beside the executable */
    uint64_t budget_ms;        /* wall time the whole job may take (0: lc_judge_budget_ms) */
} lc_judge_opts;

/* A job's default budget: every compile, run and validator run at its wall
 * limit, plus slack. A job over it ends as Internal Error. */
uint64_t lc_judge_budget_ms(const lc_package *p, const lc_lang *lang);
/* The answers channel's frame scan (exposed for its benchmark): for each
 * index i < n, count[i] frames were seen (zeroed by the caller); the payload
 * offset and length of frame j of index i are kept in slot
 * i * LC_JUDGE_FRAME_DEPTH + j % LC_JUDGE_FRAME_DEPTH (the last few of each). */
#define LC_JUDGE_FRAME_DEPTH 4
void lc_judge_scan_frames(const char *buf, size_t len, size_t n, size_t *offs, size_t *lens,
                          size_t *count);

/* Judges src (len bytes) in lang against package p in sandbox s. Always fills
 * *r (Internal Error included); returns LC_OK unless r could not be built. */
lc_code lc_judge_run(lc_sbx *s, const lc_package *p, const lc_lang *lang, const char *src,
                     size_t len, const lc_judge_opts *opts, lc_judge_result *r, lc_err *e);
void lc_judge_result_free(lc_judge_result *r);

/* A package without a time limit (no limits.time_limit, no .timelimit) gets
 * one as Kattis's problemtools computes it: its accepted references
 * (submissions/accepted/, in languages LiteCode has, at most 16) judged on
 * every test with LC_JUDGE_DERIVE_MEASURE_S seconds; the slowest test's CPU
 * time of the slowest reference times the multiplier (2023-07:
 * limits.time_multipliers.ac_to_time_limit, 2; legacy: limits.time_multiplier,
 * 5), rounded up to limits.time_resolution (1 s), at least that, at most 60 s.
 * *limit: the package's own when it gives one. why: a line saying how (or
 * which reference failed). LC_ERR_NOTFOUND when no reference was accepted. */
#define LC_JUDGE_DERIVE_MEASURE_S 10.0
lc_code lc_judge_derive_time_limit(lc_sbx *s, const lc_package *p, double *limit, char *why,
                                   size_t whysz, lc_err *e);
/* The submission-results JSON object (snake_case) of ARCHITECTURE.md. */
json_t *lc_judge_result_json(const lc_judge_result *r);
/* Read-only host paths the judge needs inside the sandbox (the PCH directory,
 * LeetCode's JavaScript libraries), each a content-named copy under
 * /run/litecode-ro made on the first call (neutral paths in the sandbox's
 * mountinfo): pass them as lc_sbx_config.ro_paths. NULL-terminated, static
 * storage, computed once per process (opts of the first call). */
const char *const *lc_judge_sandbox_paths(const lc_judge_opts *opts);
/* Where each of those appears inside the sandbox (lc_sbx_config.ro_targets). */
const char *const *lc_judge_sandbox_targets(void);

#endif

/* The store: users, sessions, problems (with their package files), tags and
 * submissions. One interface, backends chosen by URL (ARCHITECTURE.md):
 *   sqlite:PATH            the embedded default (store_sqlite.c)
 *   postgresql://...       the distributed deployment (store_pg.c; also postgres://)
 * Both are dialects of one SQL store (sql.h, store_sql.c).
 * Callers never know which backend they talk to: every call goes through the
 * backend's lc_store_ops table (redis's ConnectionType pattern).
 *
 * Submissions are read exactly three ways — by user, by problem, by problem
 * and user — newest first, paginated (the original design kept one
 * denormalized table per way; SQL backends serve them with indexes).
 *
 * Ownership: strings in records returned by the store are owned by the
 * record; free them with the matching *_free(). Every function is safe to
 * call from several threads at once (each backend serializes or pools). */
#ifndef LC_STORE_H
#define LC_STORE_H

#include "../util/buf.h"
#include "../util/err.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct lc_store lc_store;

typedef struct lc_user {
    int64_t id;
    char *username;
    char *email;
    char *password_hash; /* libsodium crypto_pwhash_str (argon2id) */
    bool is_admin;
    int64_t created_at;  /* unix seconds */
} lc_user;

typedef struct lc_problem {
    int64_t id;
    char *slug;
    char *title;
    char *difficulty;    /* easy | medium | hard */
    char *tags_json;     /* ["arrays", ...] */
    char *statement;     /* Markdown with examples */
    char *limits_json;   /* {"time": 2.0, "memory": 256, "output": 8} */
    char *function_json; /* the function block, or NULL for stdin/stdout problems */
    char *starter_json;  /* {"cpp": "...", ...} or NULL */
    char *examples_json; /* [{"input": "...", "output": "..."}] from the samples */
    char *package_hash;  /* changes whenever any package file changes */
    int64_t created_at, updated_at;
    bool deleted;        /* soft-deleted: hidden, restorable */
    int64_t submissions, accepted; /* counters, for acceptanceRate */
} lc_problem;

/* One file of a problem package (problem.yaml, data/secret/01.in, ...): the
 * package travels in the store so any worker can materialize it. */
typedef struct lc_pkg_file {
    char *path;
    char *data;
    size_t len;
} lc_pkg_file;

typedef struct lc_problem_filter {
    const char *difficulty; /* NULL: any */
    const char *tag;        /* NULL: any */
    const char *search;     /* NULL: any; matched against title and slug */
    int64_t user_id;        /* > 0 with status: restrict by the caller's progress */
    const char *status;     /* "solved" | "attempted" | "todo" | NULL */
    bool include_deleted;
    int64_t page, limit;    /* 1-based page; limit <= 100 */
} lc_problem_filter;

typedef struct lc_submission {
    char id[40];         /* UUIDv7 text */
    int64_t user_id;
    int64_t problem_id;
    char *language;
    char *code;
    char *mode;          /* submit | run */
    char *input;         /* run: custom input, or NULL */
    char *status;        /* pending, running, success, compilation_error, ... */
    char *result;        /* "Accepted", ... or NULL while pending */
    double runtime;      /* seconds */
    int64_t memory;      /* KiB */
    int64_t passed, total;
    char *details_json;  /* tests, failing_test, stdout, compile_output */
    int64_t created_at;  /* unix milliseconds */
    int64_t finished_at; /* 0 until the verdict */
    bool needs_rejudge;  /* its problem's package changed since the verdict (set by the store) */
} lc_submission;

typedef struct lc_list {
    void *items;         /* lc_problem[] or lc_submission[] */
    size_t n;
    int64_t total;       /* matching rows over all pages */
} lc_list;

typedef enum lc_sub_by { LC_SUB_BY_USER, LC_SUB_BY_PROBLEM, LC_SUB_BY_PROBLEM_USER } lc_sub_by;

typedef struct lc_user_stats {
    int64_t solved_easy, solved_medium, solved_hard, solved_total;
    int64_t submissions, accepted;
    int64_t streak_days;     /* consecutive UTC days with a submission, ending today or yesterday */
} lc_user_stats;

typedef struct lc_store_ops {
    const char *scheme;
    lc_code (*open)(const char *rest, lc_store **out, lc_err *e);
    void (*close)(lc_store *s);
    lc_code (*ping)(lc_store *s, lc_err *e);

    lc_code (*user_create)(lc_store *s, const lc_user *u, int64_t *id, lc_err *e);
    lc_code (*user_get)(lc_store *s, int64_t id, lc_user *out, lc_err *e);
    lc_code (*user_find)(lc_store *s, const char *login, lc_user *out, lc_err *e);
    lc_code (*user_stats)(lc_store *s, int64_t id, int64_t now_s, lc_user_stats *out, lc_err *e);

    lc_code (*session_create)(lc_store *s, const char *token_hash, int64_t user_id,
                              int64_t expires_at, lc_err *e);
    /* LC_ERR_NOTFOUND when missing or expired (now_s >= expires_at). */
    lc_code (*session_get)(lc_store *s, const char *token_hash, int64_t now_s, int64_t *user_id,
                           int64_t *expires_at, lc_err *e);
    /* Idempotent: revoking an unknown or expired token is LC_OK. */
    lc_code (*session_revoke)(lc_store *s, const char *token_hash, lc_err *e);

    /* Inserts or updates by slug; files replace the package's files. *changed
     * tells whether the package differs from what was stored (tests changed:
     * its submissions are marked for rejudging). The tags in tags_json (a JSON
     * array of strings) become the problem's tags. Keeps an existing problem's
     * deleted flag and counters. */
    lc_code (*problem_put)(lc_store *s, const lc_problem *p, const lc_pkg_file *files,
                           size_t nfiles, int64_t *id, bool *changed, lc_err *e);
    lc_code (*problem_get)(lc_store *s, const char *id_or_slug, bool include_deleted,
                           lc_problem *out, lc_err *e);
    /* Ordered by id; limit <= 0 means 20, above 100 means 100; page < 1 means 1.
     * status needs user_id > 0 (ignored otherwise); an unknown status is LC_ERR_INVALID. */
    lc_code (*problem_list)(lc_store *s, const lc_problem_filter *f, lc_list *out, lc_err *e);
    lc_code (*problem_set_deleted)(lc_store *s, int64_t id, bool deleted, lc_err *e);
    lc_code (*problem_files)(lc_store *s, int64_t id, lc_pkg_file **files, size_t *n, lc_err *e);
    lc_code (*problem_solved_status)(lc_store *s, int64_t user_id, int64_t problem_id,
                                     const char **status, lc_err *e);

    /* Ordered by name; free with lc_tags_free. */
    lc_code (*tag_list)(lc_store *s, char ***names, int64_t **ids, size_t *n, lc_err *e);
    lc_code (*tag_create)(lc_store *s, const char *name, int64_t *id, lc_err *e);
    lc_code (*tag_delete)(lc_store *s, int64_t id, lc_err *e);

    lc_code (*submission_create)(lc_store *s, const lc_submission *sub, lc_err *e);
    /* n submissions committed together (group commit: one transaction, so one
     * write to disk for all); rcs[i] and errs[i] are submission i's own result,
     * as submission_create would give it (a bad one fails alone). Optional:
     * lc_store_submission_create_many falls back to one submission_create each. */
    void (*submission_create_many)(lc_store *s, const lc_submission *subs, size_t n,
                                   lc_code *rcs, lc_err *errs);
    lc_code (*submission_get)(lc_store *s, const char *id, lc_submission *out, lc_err *e);
    /* pending -> running; false when it was not pending (someone else has it) */
    lc_code (*submission_start)(lc_store *s, const char *id, bool *started, lc_err *e);
    /* Applies a verdict once: a submission that already has one is left as it
     * is (at-least-once delivery: applying twice changes nothing). */
    lc_code (*submission_finish)(lc_store *s, const lc_submission *result, bool *applied,
                                 lc_err *e);
    /* Submit-mode submissions only (runs are not listed), newest first; items
     * carry no code, input or details_json (NULL): submission_get has them. */
    lc_code (*submission_list)(lc_store *s, lc_sub_by by, int64_t user_id, int64_t problem_id,
                               int64_t page, int64_t limit, lc_list *out, lc_err *e);
    /* Submissions without a verdict (pending or running), oldest first, for re-queuing. */
    lc_code (*submission_unfinished)(lc_store *s, lc_list *out, lc_err *e);
    /* Percentage of accepted submissions of the same problem and language that
     * were slower (runtime) / used more memory. */
    lc_code (*submission_beats)(lc_store *s, const lc_submission *sub, double *runtime_pct,
                                double *memory_pct, lc_err *e);
    /* Up to limit submissions marked needs_rejudge (full records), oldest first.
     * Re-queue them as they are (no submission_start: their status stays the
     * old verdict until the new one); submission_finish applies the new verdict
     * once, clears the mark and corrects the problem's accepted counter. */
    lc_code (*submission_rejudge_list)(lc_store *s, int64_t limit, lc_list *out, lc_err *e);
} lc_store_ops;

struct lc_store {
    const lc_store_ops *ops;
};

/* By URL: "sqlite:PATH" (or a bare path ending in .db), "postgresql://...". */
lc_code lc_store_open(const char *url, lc_store **out, lc_err *e);
void lc_store_close(lc_store *s);

void lc_user_free(lc_user *u);
void lc_problem_free(lc_problem *p);
void lc_submission_free(lc_submission *s);
/* s->ops->submission_create_many, or one submission_create each without it. */
void lc_store_submission_create_many(lc_store *s, const lc_submission *subs, size_t n,
                                     lc_code *rcs, lc_err *errs);
void lc_list_free_problems(lc_list *l);
void lc_list_free_submissions(lc_list *l);
void lc_pkg_files_free(lc_pkg_file *f, size_t n);
void lc_tags_free(char **names, int64_t *ids, size_t n);

#endif

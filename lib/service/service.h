/* The services of ARCHITECTURE.md's submission flow, over the store, cache
 * and queue interfaces (whatever their backends):
 *   API          HTTP routes (routes_*.c), stores a submission as pending and
 *                publishes it on "submissions"
 *   workers      one thread per sandbox slot: consume "submissions", judge,
 *                publish on "submission-results" (worker.c)
 *   results      consume "submission-results", apply each verdict once
 *                (worker.c), so every consumer is idempotent
 * `litecode serve` runs all three in one process; `litecode api` and
 * `litecode worker` (a later issue) split them. */
#ifndef LC_SERVICE_H
#define LC_SERVICE_H

#include "../cache/cache.h"
#include "../http/http.h"
#include "../judge/judge.h"
#include "../queue/queue.h"
#include "../store/store.h"
#include "../util/err.h"

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#define LC_CODE_MAX (64 * 1024)
#define LC_TOKEN_TTL_S (7 * 24 * 3600)
#define LC_HTTP_UID 59999 /* request threads run as this user (below the sandbox slots' 60000+) */

typedef struct lc_app_config {
    const char *store_url;     /* sqlite:./data/litecode.db */
    const char *cache_url;     /* memory: */
    const char *queue_url;     /* memory: */
    const char *data_dir;      /* ./data: packages cache, database */
    const char *host;          /* 127.0.0.1 */
    uint16_t port;             /* 8080; 0 picks one */
    int workers;               /* judge threads (one sandbox slot each); 0: CPU count; -1: none */
    bool results_consumer;     /* run the results consumer in this process */
    const char *static_dir;    /* the web build of the app, or NULL */
    bool health_only;          /* HTTP serves /healthz, /readyz, /metrics only (a worker) */
    int submit_rate_per_min;   /* per user; 0: 30 */
    int login_rate_per_min;    /* per login name and per address; 0: 10 */
} lc_app_config;

typedef struct lc_worker lc_worker;

#define LC_LIVE_BUCKETS 4096
#define LC_LIVE_CHANNEL "live"

typedef struct lc_app {
    lc_app_config cfg;
    lc_store *store;
    lc_cache *cache;
    lc_queue *queue;
    lc_http_server *http;
    char packages_dir[512];    /* materialized packages, by content hash */
    char uploads_dir[512];     /* where request threads build admin-made packages */
    lc_worker *workers;
    int nworkers;
    pthread_t results_thread;
    bool results_running;
    /* live notices: a verdict or a start anywhere bumps the bucket of its
     * submission (Redis pub/sub between processes): SSE streams read the store
     * when their bucket moved, else only every sse_poll_ms */
    atomic_uint live[LC_LIVE_BUCKETS];
    int sse_poll_ms;
    pthread_t sweeper_thread;  /* re-queues stranded pending submissions (not with memory:) */
    bool sweeper_running;
    atomic_bool stopping;
    size_t group_commit_max;   /* submissions stored in one transaction at most (1: no grouping) */
    /* metrics */
    atomic_llong verdicts[LC_V_IE + 1];
    atomic_llong judge_us_sum, judge_count;
    int64_t started_at;
} lc_app;

lc_code lc_app_open(const lc_app_config *cfg, lc_app **out, lc_err *e);
/* Starts workers, the results consumer, re-queues unfinished submissions, and
 * the HTTP server (when cfg->port or host is set). */
lc_code lc_app_start(lc_app *app, lc_err *e);
void lc_app_stop(lc_app *app);
void lc_app_close(lc_app *app);

/* Loads a problem package directory into the store (import). */
lc_code lc_app_import(lc_app *app, const char *dir, int64_t *id, bool *changed, lc_err *e);
/* The same, giving a package that has no time limit of its own time_limit
 * seconds (> 0; lc_judge_derive_time_limit computes it), kept as its .timelimit. */
lc_code lc_app_import_with_limit(lc_app *app, const char *dir, double time_limit, int64_t *id,
                                 bool *changed, lc_err *e);

/* The route table (routes.c), NULL-method terminated. */
const lc_http_route *lc_app_routes(void);
/* /healthz, /readyz and /metrics only. */
const lc_http_route *lc_app_health_routes(void);

/* ---- helpers for routes --------------------------------------------------- */

/* The caller's user (from Authorization: Bearer or ?access_token=); fills
 * resp with 401 and returns false when there is none. */
bool lc_auth_user(lc_http_req *req, lc_http_resp *resp, lc_user *out);
/* Like lc_auth_user but a missing token is not an error (returns false, resp untouched). */
bool lc_auth_optional(lc_http_req *req, lc_user *out);
/* The request's bearer token (the Authorization header; ?access_token= on the
 * event-stream routes only), or NULL. */
const char *lc_request_token(lc_http_req *req);
/* What the store keeps of a token: its BLAKE2b hash, in hex. */
void lc_token_hash(const char *token, char hex[65]);
/* 403 unless the user is an admin. */
bool lc_require_admin(const lc_user *u, lc_http_resp *resp);

/* Typed body fields: on a missing or mistyped field fill resp with a 400
 * naming it and return NULL / false. */
const char *lc_field_string(json_t *body, const char *name, bool required, size_t max_len,
                            lc_http_resp *resp);
bool lc_field_int(json_t *body, const char *name, bool required, int64_t *out,
                  lc_http_resp *resp);
/* A positive decimal id (at most 18 digits, nothing else). */
bool lc_parse_id(const char *s, int64_t *out);
/* A problem slug: 1 to 64 of a-z, 0-9 and '-' (a package's directory name). */
bool lc_valid_slug(const char *s);
/* ?page=&limit= with the API's bounds (page >= 1, 1 <= limit <= 100, default 20). */
bool lc_pagination(lc_http_req *req, lc_http_resp *resp, int64_t *page, int64_t *limit);

/* The judge's details kept with a submission: the key in the
 * submission-results message (snake_case) and in the API (camelCase). */
extern const char *const lc_result_details[][2];
extern const size_t lc_result_details_n;

/* JSON views of records (camelCase, RFC 3339 times). */
json_t *lc_user_json(const lc_user *u, bool with_email);
json_t *lc_problem_summary_json(const lc_problem *p);
json_t *lc_problem_json(const lc_problem *p);
json_t *lc_submission_json(lc_app *app, const lc_submission *s, bool with_code);
void lc_rfc3339(int64_t unix_ms, char out[32]);

/* A new time-ordered id (UUIDv7 text). */
void lc_uuid7(char out[37]);

/* Queues (again) the submissions whose problem's tests changed since their
 * verdict; each gets its new verdict once. */
void lc_app_rejudge(lc_app *app);

/* Publishes a submission for judging (the "submissions" message). */
lc_code lc_app_enqueue(lc_app *app, const lc_submission *s, lc_err *e);
/* Submission id changed (started, or has its verdict): tells every API
 * process (the cache's publish), this one included. */
void lc_app_notify(lc_app *app, const char *id);
/* The bucket of id in app->live. */
unsigned lc_live_bucket(const char *id);

#endif

/* The HTTP layer: libmicrohttpd (epoll + thread pool) behind a route table.
 * It owns what every route needs and none should repeat: the body cap (413),
 * JSON errors {"error": "..."}, CORS, path parameters, query strings, the
 * first-call pitfall of MHD 0.9.75 (answering on the first call of the access
 * handler makes it send Connection: close: we always answer on a later
 * call), and per-route request counts and latencies for /metrics.
 *
 * A handler fills an lc_http_resp; the layer sends it. Handlers run on MHD's
 * pool threads: they must not block for long (password hashing and judging
 * run elsewhere). A handler may instead return a stream (Server-Sent Events):
 * the layer pulls from it with MHD's suspend/resume, holding no thread while
 * it waits. */
#ifndef LC_HTTP_H
#define LC_HTTP_H

#include "../util/err.h"

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LC_HTTP_MAX_PARAMS 4
#define LC_HTTP_BODY_MAX_DEFAULT (256 * 1024)

typedef struct lc_http_server lc_http_server;
typedef struct lc_http_req lc_http_req;

struct lc_http_req {
    const char *method;           /* "GET", ... */
    const char *path;             /* without the query string */
    const char *route;            /* the matched pattern, e.g. "/problems/:id" */
    const char *params[LC_HTTP_MAX_PARAMS]; /* values of :name segments, in order (decoded) */
    int nparams;
    const char *body;             /* NUL-terminated; NULL when none */
    size_t body_len;
    void *conn;                   /* struct MHD_Connection * */
    void *app;                    /* the application pointer given to lc_http_start */
    void *internal;               /* the layer's own request state */
};

/* A stream (SSE): next() writes up to max bytes into buf and returns the
 * count, 0 when it has nothing yet (the layer waits up to wait_ms and asks
 * again), or -1 at the end of the stream. free() releases it. */
typedef struct lc_http_stream {
    ssize_t (*next)(void *ctx, char *buf, size_t max);
    void (*free)(void *ctx);
    void *ctx;
    int wait_ms;
} lc_http_stream;

typedef struct lc_http_resp {
    int status;                   /* 200 by default */
    json_t *json;                 /* the body, owned (stolen) by the response */
    char *raw;                    /* or a raw body (malloc'ed, owned) */
    size_t raw_len;
    const char *content_type;     /* for raw bodies */
    const char *headers[8][2];    /* extra headers (static strings or owned copies below) */
    char *header_values[8];       /* malloc'ed values freed with the response */
    int nheaders;
    lc_http_stream stream;        /* when stream.next is set: a streaming response */
} lc_http_resp;

typedef void (*lc_http_handler)(lc_http_req *req, lc_http_resp *resp);

typedef struct lc_http_route {
    const char *method;
    const char *pattern;          /* "/problems/:id/submissions" */
    lc_http_handler handler;
} lc_http_route;

typedef struct lc_http_config {
    const char *host;             /* default 127.0.0.1 */
    uint16_t port;                /* 0: pick a free port (see lc_http_port) */
    unsigned threads;             /* pool size; 0: number of CPUs */
    unsigned blocking_threads;    /* lc_http_defer pool; 0: 3 (one of them for batch jobs) */
    size_t body_max;              /* 0: LC_HTTP_BODY_MAX_DEFAULT */
    const char *static_dir;       /* served for GET requests no route matches; NULL: none */
    const lc_http_route *routes;  /* terminated by a route with NULL method */
    void *app;
    bool drop_privileges;         /* request threads drop every capability (per thread) */
    unsigned run_as_uid, run_as_gid; /* and, when root, become this user (0: stay uid 0) */
} lc_http_config;

lc_code lc_http_start(const lc_http_config *cfg, lc_http_server **out, lc_err *e);
uint16_t lc_http_port(const lc_http_server *s);
void lc_http_stop(lc_http_server *s);

/* Finishes the request off the HTTP threads: the connection is suspended,
 * work(arg, resp) runs on the layer's small blocking pool (password hashing,
 * anything slow), and resp is sent when it returns. The handler must not
 * touch resp after calling this. arg is freed with free_arg (may be NULL). */
void lc_http_defer(lc_http_req *req, lc_http_resp *resp, void (*work)(void *arg, lc_http_resp *r),
                   void *arg, void (*free_arg)(void *));

/* Like lc_http_defer for work that gains from being done together (many
 * inserts in one transaction): a blocking-pool thread takes this job with the
 * other queued jobs of the same batch function, up to max_batch in queue
 * order, and calls batch(args, resps, n) once; each response is sent when it
 * returns. */
void lc_http_defer_batch(lc_http_req *req, lc_http_resp *resp,
                         void (*batch)(void **args, lc_http_resp **resps, size_t n),
                         size_t max_batch, void *arg, void (*free_arg)(void *));

/* Response helpers. */
void lc_http_json(lc_http_resp *r, int status, json_t *body);
void lc_http_error(lc_http_resp *r, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void lc_http_header(lc_http_resp *r, const char *name, const char *value);

/* Request helpers. */
const char *lc_http_query(lc_http_req *req, const char *name);   /* NULL when absent */
const char *lc_http_header_in(lc_http_req *req, const char *name);
/* Parses the body as a JSON object (strict: UTF-8, no duplicate keys). On
 * failure fills resp with a 400 naming the problem and returns NULL. */
json_t *lc_http_body_json(lc_http_req *req, lc_http_resp *resp);

/* Metrics: Prometheus text of requests and latency by route. */
void lc_http_metrics(lc_http_server *s, char **text, size_t *len);
/* The route table in use (for /openapi.json checks). */
const lc_http_route *lc_http_routes(const lc_http_server *s);

#endif

#include "http.h"

#include "../util/buf.h"
#include "../util/log.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define MAX_ROUTES 96
#define LAT_BUCKETS 8
static const double lat_bounds[LAT_BUCKETS] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1};

typedef struct route_stats {
    atomic_llong count[6]; /* by status class 1xx..5xx, [0] unused */
    atomic_llong lat_bucket[LAT_BUCKETS + 1];
    atomic_llong lat_sum_us;
} route_stats;

typedef struct reqctx reqctx;

typedef struct job {
    struct job *next;
    reqctx *rc;
    void (*work)(void *arg, lc_http_resp *r);
    /* a batch job (lc_http_defer_batch): run together with the other queued
     * jobs of the same batch function, up to max_batch of them */
    void (*batch)(void **args, lc_http_resp **resps, size_t n);
    size_t max_batch;
    void *arg;
    void (*free_arg)(void *);
} job;

struct lc_http_server {
    struct MHD_Daemon *d;
    lc_http_config cfg;
    size_t nroutes;
    route_stats stats[MAX_ROUTES + 2]; /* + unmatched, + static */
    uint16_t port;
    pthread_t waker;
    atomic_bool stopping;
    pthread_mutex_t mu; /* guards the suspended list and the job queue */
    struct sse *suspended;
    pthread_cond_t job_cv;       /* blockers that run the other jobs wait here */
    pthread_cond_t batch_cv;     /* the blocker of batch jobs (role 0 of several) waits here */
    job *jobs, *jobs_tail;
    pthread_t *blockers;
    unsigned nblockers;
    bool batch_busy;             /* a blocker runs a batch: the next waits (larger batches) */
    unsigned next_role;          /* blocker roles: 0 batch jobs, the others the rest */
};

struct reqctx {
    lc_buf body;
    bool too_large;
    struct timespec start;
    int route_idx;
    int status;
    struct MHD_Connection *conn;
    lc_http_server *srv;
    bool deferred;               /* waiting for the blocking pool */
    bool deferred_done;          /* resp is ready to send */
    lc_http_resp resp;
};

typedef struct sse {
    struct sse *next;
    lc_http_server *srv;
    struct MHD_Connection *conn;
    lc_http_stream stream;
    bool suspended;
    struct timespec resume_at;
} sse;

/* ---- privileges -------------------------------------------------------------- */

/* The threads that parse requests run as an unprivileged user with no
 * capability: whatever a malformed request could make them do, they cannot
 * mount, trace, load modules or reach past file permissions. Credentials are
 * per thread in Linux, so the judge workers of the same process keep the root
 * the sandbox needs. Files these threads use were opened before the drop or
 * belong to that user. */
static __thread bool dropped;
static uid_t run_uid;
static gid_t run_gid;

static void drop_privileges(void)
{
    if (dropped)
        return;
    dropped = true;
    if (geteuid() != 0)
        return;
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    /* raw system calls: glibc's wrappers would change every thread of the process */
    if (run_uid > 0 && (syscall(SYS_setgroups, 0, NULL) != 0 ||
                        syscall(SYS_setresgid, run_gid, run_gid, run_gid) != 0 ||
                        syscall(SYS_setresuid, run_uid, run_uid, run_uid) != 0))
        LC_WARN("event=setuid_failed errno=%d", errno);
    struct __user_cap_header_struct h = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
    struct __user_cap_data_struct d[2];
    memset(d, 0, sizeof d);
    if (syscall(SYS_capset, &h, d) != 0)
        LC_WARN("event=capset_failed errno=%d", errno);
}

/* ---- responses ------------------------------------------------------------ */

void lc_http_json(lc_http_resp *r, int status, json_t *body)
{
    json_decref(r->json);
    r->status = status;
    r->json = body;
}

void lc_http_error(lc_http_resp *r, int status, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    json_t *j = json_object();
    json_t *s = json_string(msg);
    json_object_set_new(j, "error", s ? s : json_string("invalid request"));
    lc_http_json(r, status, j);
}

void lc_http_header(lc_http_resp *r, const char *name, const char *value)
{
    if (r->nheaders >= 8)
        return;
    r->header_values[r->nheaders] = strdup(value);
    r->headers[r->nheaders][0] = name;
    r->headers[r->nheaders][1] = r->header_values[r->nheaders];
    r->nheaders++;
}

static void resp_free(lc_http_resp *r)
{
    json_decref(r->json);
    free(r->raw);
    for (int i = 0; i < r->nheaders; i++)
        free(r->header_values[i]);
    if (r->stream.free && r->stream.ctx)
        r->stream.free(r->stream.ctx);
}

static void add_common_headers(struct MHD_Response *mr)
{
    MHD_add_response_header(mr, "Access-Control-Allow-Origin", "*");
    MHD_add_response_header(mr, "Access-Control-Allow-Headers", "Authorization, Content-Type");
    MHD_add_response_header(mr, "Access-Control-Allow-Methods",
                            "GET, POST, PUT, PATCH, DELETE, OPTIONS");
    MHD_add_response_header(mr, "X-Content-Type-Options", "nosniff");
}

/* ---- requests ------------------------------------------------------------- */

const char *lc_http_query(lc_http_req *req, const char *name)
{
    return MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *lc_http_header_in(lc_http_req *req, const char *name)
{
    return MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

json_t *lc_http_body_json(lc_http_req *req, lc_http_resp *resp)
{
    if (!req->body || req->body_len == 0) {
        lc_http_error(resp, 400, "the request body must be a JSON object");
        return NULL;
    }
    json_error_t je;
    json_t *j = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &je);
    if (!j) {
        lc_http_error(resp, 400, "invalid JSON at line %d, column %d: %s", je.line, je.column,
                      je.text);
        return NULL;
    }
    if (!json_is_object(j)) {
        json_decref(j);
        lc_http_error(resp, 400, "the request body must be a JSON object");
        return NULL;
    }
    return j;
}

/* Matches path against pattern; fills params with decoded copies into store. */
static bool match(const char *pattern, const char *path, char store[LC_HTTP_MAX_PARAMS][256],
                  int *nparams)
{
    *nparams = 0;
    const char *p = pattern, *u = path;
    while (*p && *u) {
        if (*p != '/' || *u != '/')
            return false;
        p++;
        u++;
        const char *pe = strchr(p, '/'), *ue = strchr(u, '/');
        size_t pl = pe ? (size_t)(pe - p) : strlen(p), ul = ue ? (size_t)(ue - u) : strlen(u);
        if (*p == ':') {
            if (ul == 0 || ul >= 256 || *nparams >= LC_HTTP_MAX_PARAMS)
                return false;
            memcpy(store[*nparams], u, ul); /* already decoded by unescape() below */
            store[*nparams][ul] = '\0';
            (*nparams)++;
        } else if (pl != ul || strncmp(p, u, pl) != 0) {
            return false;
        }
        p += pl;
        u += ul;
    }
    return *p == '\0' && (*u == '\0' || (u[0] == '/' && u[1] == '\0'));
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static double elapsed_s(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Percent-decoding of the path and the query arguments (MHD's unescape
 * callback). A decoded NUL would silently cut a C string short ("/problems/1%00"
 * would read as "/problems/1"): it becomes 0x01 instead, which no route, id
 * or slug accepts. */
static size_t unescape(void *cls, struct MHD_Connection *c, char *s)
{
    (void)cls;
    (void)c;
    char *w = s;
    for (const char *r = s; *r; r++) {
        int hi, lo;
        if (r[0] == '%' && (hi = hexval(r[1])) >= 0 && (lo = hexval(r[2])) >= 0) {
            char ch = (char)(hi * 16 + lo);
            *w++ = ch ? ch : '\x01';
            r += 2;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
    return (size_t)(w - s);
}

/* ---- streams (Server-Sent Events) ----------------------------------------- */

static ssize_t sse_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
    (void)pos;
    sse *s = cls;
    if (atomic_load(&s->srv->stopping))
        return MHD_CONTENT_READER_END_OF_STREAM;
    ssize_t n = s->stream.next(s->stream.ctx, buf, max);
    if (n < 0)
        return MHD_CONTENT_READER_END_OF_STREAM;
    if (n > 0)
        return n;
    /* nothing yet: park the connection; the waker resumes it after wait_ms */
    pthread_mutex_lock(&s->srv->mu);
    clock_gettime(CLOCK_MONOTONIC, &s->resume_at);
    int w = s->stream.wait_ms > 0 ? s->stream.wait_ms : 200;
    s->resume_at.tv_nsec += (long)(w % 1000) * 1000000L;
    s->resume_at.tv_sec += w / 1000 + s->resume_at.tv_nsec / 1000000000L;
    s->resume_at.tv_nsec %= 1000000000L;
    s->suspended = true;
    MHD_suspend_connection(s->conn);
    pthread_mutex_unlock(&s->srv->mu);
    return 0;
}

static void sse_free(void *cls)
{
    sse *s = cls;
    lc_http_server *srv = s->srv;
    pthread_mutex_lock(&srv->mu);
    for (sse **pp = &srv->suspended; *pp; pp = &(*pp)->next)
        if (*pp == s) {
            *pp = s->next;
            break;
        }
    pthread_mutex_unlock(&srv->mu);
    if (s->stream.free)
        s->stream.free(s->stream.ctx);
    free(s);
}

static void *waker_main(void *arg)
{
    lc_http_server *srv = arg;
    if (srv->cfg.drop_privileges)
        drop_privileges();
    while (!atomic_load(&srv->stopping)) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        pthread_mutex_lock(&srv->mu);
        for (sse *s = srv->suspended; s; s = s->next)
            if (s->suspended && (now.tv_sec > s->resume_at.tv_sec ||
                                 (now.tv_sec == s->resume_at.tv_sec &&
                                  now.tv_nsec >= s->resume_at.tv_nsec))) {
                s->suspended = false;
                MHD_resume_connection(s->conn);
            }
        pthread_mutex_unlock(&srv->mu);
        usleep(5000);
    }
    /* wake everything so MHD can end the streams */
    pthread_mutex_lock(&srv->mu);
    for (sse *s = srv->suspended; s; s = s->next)
        if (s->suspended) {
            s->suspended = false;
            MHD_resume_connection(s->conn);
        }
    pthread_mutex_unlock(&srv->mu);
    return NULL;
}

/* ---- the blocking pool (lc_http_defer) ------------------------------------ */

static void defer_job(lc_http_req *req, lc_http_resp *resp, void (*work)(void *, lc_http_resp *),
                      void (*batch)(void **, lc_http_resp **, size_t), size_t max_batch, void *arg,
                      void (*free_arg)(void *))
{
    reqctx *rc = req->internal;
    lc_http_server *srv = rc->srv;
    job *j = calloc(1, sizeof *j);
    if (!j) {
        if (free_arg)
            free_arg(arg);
        lc_http_error(resp, 503, "server busy");
        return;
    }
    j->rc = rc;
    j->work = work;
    j->batch = batch;
    j->max_batch = max_batch ? max_batch : 1;
    j->arg = arg;
    j->free_arg = free_arg;
    rc->deferred = true;
    pthread_mutex_lock(&srv->mu);
    MHD_suspend_connection(rc->conn);
    if (srv->jobs_tail)
        srv->jobs_tail->next = j;
    else
        srv->jobs = j;
    srv->jobs_tail = j;
    /* wake one blocker of the right role; none for a batch job while a batch
     * runs: its blocker looks at the queue again when that batch is done */
    if (!batch)
        pthread_cond_signal(&srv->job_cv);
    else if (!srv->batch_busy)
        pthread_cond_signal(srv->nblockers > 1 ? &srv->batch_cv : &srv->job_cv);
    pthread_mutex_unlock(&srv->mu);
}

void lc_http_defer(lc_http_req *req, lc_http_resp *resp, void (*work)(void *arg, lc_http_resp *r),
                   void *arg, void (*free_arg)(void *))
{
    defer_job(req, resp, work, NULL, 1, arg, free_arg);
}

void lc_http_defer_batch(lc_http_req *req, lc_http_resp *resp,
                         void (*batch)(void **args, lc_http_resp **resps, size_t n),
                         size_t max_batch, void *arg, void (*free_arg)(void *))
{
    defer_job(req, resp, NULL, batch, max_batch, arg, free_arg);
}

/* Moves up to j->max_batch - 1 more queued jobs of j's batch function (in
 * queue order) from the queue to the list after j. Called with srv->mu held. */
static size_t take_batch(lc_http_server *srv, job *j)
{
    size_t n = 1;
    job *tail = j, *prev = NULL;
    j->next = NULL;
    for (job *q = srv->jobs, *next; q && n < j->max_batch; q = next) {
        next = q->next;
        if (q->batch != j->batch) {
            prev = q;
            continue;
        }
        if (prev)
            prev->next = next;
        else
            srv->jobs = next;
        if (srv->jobs_tail == q)
            srv->jobs_tail = prev;
        q->next = NULL;
        tail->next = q;
        tail = q;
        n++;
    }
    return n;
}

/* Frees the jobs of a list (linked by next) and resumes their connections,
 * all under one lock. */
static void finish_jobs(lc_http_server *srv, job *list)
{
    for (job *q = list; q; q = q->next)
        if (q->free_arg)
            q->free_arg(q->arg);
    pthread_mutex_lock(&srv->mu);
    for (job *q = list; q; q = q->next) {
        q->rc->deferred_done = true;
        MHD_resume_connection(q->rc->conn);
    }
    pthread_mutex_unlock(&srv->mu);
    for (job *q = list, *next; q; q = next) {
        next = q->next;
        free(q);
    }
}

/* Whether a blocker of this role may run j now. With more than one blocker,
 * the first runs only batch jobs and the others only the rest, so password
 * hashing never delays a group commit (nor the reverse); batch jobs run one
 * batch at a time, so that while one commits the next batch grows. */
static bool may_run(const lc_http_server *srv, unsigned role, const job *j)
{
    if (srv->nblockers > 1 && (role == 0) != (j->batch != NULL))
        return false;
    return !j->batch || !srv->batch_busy;
}

static void *blocker_main(void *arg)
{
    lc_http_server *srv = arg;
    if (srv->cfg.drop_privileges)
        drop_privileges();
    pthread_mutex_lock(&srv->mu);
    unsigned role = srv->next_role++;
    pthread_mutex_unlock(&srv->mu);
    for (;;) {
        /* the first job this thread may run, in queue order */
        pthread_mutex_lock(&srv->mu);
        pthread_cond_t *cv = srv->nblockers > 1 && role == 0 ? &srv->batch_cv : &srv->job_cv;
        job *j, *prev;
        for (;;) {
            prev = NULL;
            for (j = srv->jobs; j && !may_run(srv, role, j); j = j->next)
                prev = j;
            if (j || atomic_load(&srv->stopping))
                break;
            pthread_cond_wait(cv, &srv->mu);
        }
        if (!j && srv->batch_busy) {
            /* stopping, and a batch is still being run: wait for it, since
             * the jobs it leaves behind may be this thread's to run */
            pthread_cond_wait(cv, &srv->mu);
            pthread_mutex_unlock(&srv->mu);
            continue;
        }
        if (!j) {
            pthread_mutex_unlock(&srv->mu);
            return NULL;
        }
        if (prev)
            prev->next = j->next;
        else
            srv->jobs = j->next;
        if (srv->jobs_tail == j)
            srv->jobs_tail = prev;
        if (!j->batch) {
            pthread_mutex_unlock(&srv->mu);
            reqctx *rc = j->rc;
            memset(&rc->resp, 0, sizeof rc->resp);
            rc->resp.status = 200;
            j->work(j->arg, &rc->resp);
            j->next = NULL;
            finish_jobs(srv, j);
            continue;
        }
        srv->batch_busy = true;
        size_t n = take_batch(srv, j);
        pthread_mutex_unlock(&srv->mu);
        void **args = calloc(n, sizeof *args);
        lc_http_resp **resps = calloc(n, sizeof *resps);
        size_t i = 0;
        for (job *q = j; q; q = q->next, i++) {
            memset(&q->rc->resp, 0, sizeof q->rc->resp);
            q->rc->resp.status = 200;
            if (args && resps) {
                args[i] = q->arg;
                resps[i] = &q->rc->resp;
            } else {
                lc_http_error(&q->rc->resp, 503, "server busy");
            }
        }
        if (args && resps)
            j->batch(args, resps, n);
        free(args);
        free(resps);
        pthread_mutex_lock(&srv->mu);
        srv->batch_busy = false;
        if (atomic_load(&srv->stopping)) /* blockers waiting for this batch to end */
            pthread_cond_broadcast(&srv->job_cv);
        pthread_mutex_unlock(&srv->mu);
        finish_jobs(srv, j);
    }
}

/* ---- static files (the web build of the app) ------------------------------ */

static const char *mime_for(const char *path)
{
    static const char *const map[][2] = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
        {".png", "image/png"},                 {".svg", "image/svg+xml"},
        {".ico", "image/x-icon"},              {".ttf", "font/ttf"},
        {".woff2", "font/woff2"},              {".map", "application/json"},
        {".txt", "text/plain; charset=utf-8"}};
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && i < sizeof map / sizeof map[0]; i++)
        if (strcmp(dot, map[i][0]) == 0)
            return map[i][1];
    return "application/octet-stream";
}

/* A file of the static directory (the app's web build). An unknown path gets
 * the app's index.html only when a browser navigates (it accepts text/html);
 * API clients keep the JSON 404. */
static struct MHD_Response *static_file(lc_http_server *srv, const char *url, bool html_ok,
                                        int *status)
{
    if (!srv->cfg.static_dir || strstr(url, "..") || strlen(url) > 512)
        return NULL;
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s%s", srv->cfg.static_dir, url);
    struct stat st;
    if (stat(path, &st) < 0 || !S_ISREG(st.st_mode)) {
        if (!html_ok)
            return NULL;
        /* a client-side route of the app: serve its index */
        snprintf(path, sizeof path, "%s/index.html", srv->cfg.static_dir);
        if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
            return NULL;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return NULL;
    struct MHD_Response *mr = MHD_create_response_from_fd((uint64_t)st.st_size, fd);
    if (!mr) {
        close(fd);
        return NULL;
    }
    MHD_add_response_header(mr, "Content-Type", mime_for(path));
    *status = 200;
    return mr;
}

/* ---- the access handler ---------------------------------------------------- */

static enum MHD_Result send_resp(struct MHD_Connection *conn, reqctx *rc, lc_http_resp *r,
                                 lc_http_server *srv)
{
    struct MHD_Response *mr = NULL;
    int status = r->status ? r->status : 200;
    if (r->stream.next) {
        sse *s = calloc(1, sizeof *s);
        if (s) {
            s->srv = srv;
            s->conn = conn;
            s->stream = r->stream;
            r->stream.ctx = NULL; /* owned by s now */
            r->stream.free = NULL;
            mr = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, sse_reader, s,
                                                   sse_free);
            if (mr) {
                pthread_mutex_lock(&srv->mu);
                s->next = srv->suspended;
                srv->suspended = s;
                pthread_mutex_unlock(&srv->mu);
                MHD_add_response_header(mr, "Content-Type", "text/event-stream");
                MHD_add_response_header(mr, "Cache-Control", "no-cache");
            } else {
                sse_free(s);
            }
        }
    } else if (r->json) {
        char *text = json_dumps(r->json, JSON_COMPACT | JSON_REAL_PRECISION(10));
        if (text) {
            mr = MHD_create_response_from_buffer(strlen(text), text, MHD_RESPMEM_MUST_FREE);
            if (mr)
                MHD_add_response_header(mr, "Content-Type", "application/json");
            else
                free(text);
        }
    } else {
        mr = MHD_create_response_from_buffer(r->raw_len, r->raw ? r->raw : (char *)"",
                                             r->raw ? MHD_RESPMEM_MUST_FREE
                                                    : MHD_RESPMEM_PERSISTENT);
        if (mr) {
            r->raw = NULL;
            if (r->content_type)
                MHD_add_response_header(mr, "Content-Type", r->content_type);
        }
    }
    if (!mr)
        return MHD_NO;
    add_common_headers(mr);
    for (int i = 0; i < r->nheaders; i++)
        MHD_add_response_header(mr, r->headers[i][0], r->headers[i][1]);
    rc->status = status;
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)status, mr);
    MHD_destroy_response(mr);
    return ret;
}

static enum MHD_Result access_handler(void *cls, struct MHD_Connection *conn, const char *url,
                                      const char *method, const char *version,
                                      const char *upload, size_t *upload_size, void **con_cls)
{
    (void)version;
    lc_http_server *srv = cls;
    reqctx *rc = *con_cls;
    if (srv->cfg.drop_privileges)
        drop_privileges();
    if (!rc) {
        /* first call: only allocate (answering now would force Connection: close) */
        rc = calloc(1, sizeof *rc);
        if (!rc)
            return MHD_NO;
        lc_buf_init(&rc->body, srv->cfg.body_max);
        clock_gettime(CLOCK_MONOTONIC, &rc->start);
        rc->route_idx = (int)srv->nroutes; /* unmatched until routed */
        rc->conn = conn;
        rc->srv = srv;
        *con_cls = rc;
        return MHD_YES;
    }
    if (rc->deferred) {
        if (!rc->deferred_done)
            return MHD_YES; /* resumed spuriously: still waiting */
        rc->deferred = false;
        enum MHD_Result r = send_resp(conn, rc, &rc->resp, srv);
        resp_free(&rc->resp);
        return r;
    }
    if (*upload_size) {
        if (!rc->too_large && lc_buf_append(&rc->body, upload, *upload_size) != LC_OK)
            rc->too_large = true; /* keep reading, answer 413 at the end */
        *upload_size = 0;
        return MHD_YES;
    }
    lc_http_resp resp;
    memset(&resp, 0, sizeof resp);
    enum MHD_Result ret;
    if (strcmp(method, "OPTIONS") == 0) {
        resp.status = 204;
        ret = send_resp(conn, rc, &resp, srv);
        resp_free(&resp);
        return ret;
    }
    if (rc->too_large) {
        lc_http_error(&resp, 413, "request body larger than %zu bytes", srv->cfg.body_max);
        ret = send_resp(conn, rc, &resp, srv);
        resp_free(&resp);
        return ret;
    }
    char params[LC_HTTP_MAX_PARAMS][256];
    bool path_known = false;
    const lc_http_route *routes = srv->cfg.routes;
    for (size_t i = 0; i < srv->nroutes; i++) {
        int np;
        if (!match(routes[i].pattern, url, params, &np))
            continue;
        path_known = true;
        bool head = strcmp(method, "HEAD") == 0 && strcmp(routes[i].method, "GET") == 0;
        if (strcmp(routes[i].method, method) != 0 && !head)
            continue;
        lc_http_req req = {.method = method, .path = url, .route = routes[i].pattern,
                           .nparams = np, .conn = conn, .app = srv->cfg.app,
                           .body = rc->body.len ? rc->body.data : NULL,
                           .body_len = rc->body.len, .internal = rc};
        for (int k = 0; k < np; k++)
            req.params[k] = params[k];
        rc->route_idx = (int)i;
        resp.status = 200;
        routes[i].handler(&req, &resp);
        if (rc->deferred) {
            resp_free(&resp);
            return MHD_YES; /* answered when the blocking pool is done */
        }
        ret = send_resp(conn, rc, &resp, srv);
        resp_free(&resp);
        return ret;
    }
    if (!path_known && strcmp(method, "GET") == 0) {
        int status;
        const char *accept = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept");
        bool html_ok = accept && strstr(accept, "text/html");
        struct MHD_Response *mr = static_file(srv, url, html_ok, &status);
        if (mr) {
            rc->route_idx = (int)srv->nroutes + 1;
            rc->status = status;
            add_common_headers(mr);
            ret = MHD_queue_response(conn, (unsigned)status, mr);
            MHD_destroy_response(mr);
            return ret;
        }
    }
    if (path_known)
        lc_http_error(&resp, 405, "method %s not allowed on %s", method, url);
    else
        lc_http_error(&resp, 404, "no route %s %s", method, url);
    ret = send_resp(conn, rc, &resp, srv);
    resp_free(&resp);
    return ret;
}

static void completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                      enum MHD_RequestTerminationCode toe)
{
    (void)conn;
    (void)toe;
    lc_http_server *srv = cls;
    reqctx *rc = *con_cls;
    if (!rc)
        return;
    route_stats *st = &srv->stats[rc->route_idx];
    int cls_idx = rc->status >= 100 && rc->status < 600 ? rc->status / 100 : 5;
    atomic_fetch_add(&st->count[cls_idx], 1);
    double s = elapsed_s(&rc->start);
    int b = 0;
    while (b < LAT_BUCKETS && s > lat_bounds[b])
        b++;
    atomic_fetch_add(&st->lat_bucket[b], 1);
    atomic_fetch_add(&st->lat_sum_us, (long long)(s * 1e6));
    if (rc->deferred_done && rc->deferred)
        resp_free(&rc->resp);
    lc_buf_free(&rc->body);
    free(rc);
    *con_cls = NULL;
}

lc_code lc_http_start(const lc_http_config *cfg, lc_http_server **out, lc_err *e)
{
    *out = NULL;
    lc_http_server *srv = calloc(1, sizeof *srv);
    if (!srv)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    srv->cfg = *cfg;
    if (!srv->cfg.body_max)
        srv->cfg.body_max = LC_HTTP_BODY_MAX_DEFAULT;
    for (const lc_http_route *r = cfg->routes; r && r->method; r++)
        srv->nroutes++;
    if (srv->nroutes > MAX_ROUTES) {
        free(srv);
        return lc_err_set(e, LC_ERR_LIMIT, "more than %d routes", MAX_ROUTES);
    }
    pthread_mutex_init(&srv->mu, NULL);
    pthread_cond_init(&srv->job_cv, NULL);
    pthread_cond_init(&srv->batch_cv, NULL);
    run_uid = cfg->run_as_uid;
    run_gid = cfg->run_as_gid;
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(cfg->port);
    const char *host = cfg->host && *cfg->host ? cfg->host : "127.0.0.1";
    if (strcmp(host, "0.0.0.0") == 0 || strcmp(host, "*") == 0)
        addr.sin_addr.s_addr = htonl(INADDR_ANY);
    else if (strcmp(host, "localhost") == 0)
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    else if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
        free(srv);
        return lc_err_set(e, LC_ERR_INVALID, "--host %s: not an IPv4 address", host);
    }
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = cfg->threads ? cfg->threads : (unsigned)(ncpu > 0 ? ncpu : 2);
    srv->d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME |
                                  MHD_USE_ERROR_LOG,
                              cfg->port, NULL, NULL, access_handler, srv,
                              MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                              MHD_OPTION_THREAD_POOL_SIZE, threads,
                              MHD_OPTION_NOTIFY_COMPLETED, completed, srv,
                              MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
                              MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)120,
                              MHD_OPTION_CONNECTION_LIMIT, (unsigned)4096,
                              MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024, MHD_OPTION_END);
    if (!srv->d) {
        pthread_mutex_destroy(&srv->mu);
        free(srv);
        return lc_err_sys(e, LC_ERR_IO, "cannot listen on %s:%u", host, (unsigned)cfg->port);
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(srv->d, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = info ? info->port : cfg->port;
    if (pthread_create(&srv->waker, NULL, waker_main, srv) != 0) {
        MHD_stop_daemon(srv->d);
        free(srv);
        return lc_err_set(e, LC_ERR_IO, "cannot start the stream thread");
    }
    /* one for batch jobs (group commits), two for the rest (password hashing) */
    srv->nblockers = cfg->blocking_threads ? cfg->blocking_threads : 3;
    srv->blockers = calloc(srv->nblockers, sizeof *srv->blockers);
    for (unsigned i = 0; srv->blockers && i < srv->nblockers; i++)
        if (pthread_create(&srv->blockers[i], NULL, blocker_main, srv) != 0)
            srv->nblockers = i;
    *out = srv;
    return LC_OK;
}

uint16_t lc_http_port(const lc_http_server *s)
{
    return s->port;
}

const lc_http_route *lc_http_routes(const lc_http_server *s)
{
    return s->cfg.routes;
}

void lc_http_stop(lc_http_server *s)
{
    if (!s)
        return;
    atomic_store(&s->stopping, true);
    pthread_mutex_lock(&s->mu);
    pthread_cond_broadcast(&s->job_cv);
    pthread_cond_broadcast(&s->batch_cv);
    pthread_mutex_unlock(&s->mu);
    for (unsigned i = 0; i < s->nblockers; i++)
        pthread_join(s->blockers[i], NULL);
    free(s->blockers);
    pthread_join(s->waker, NULL);
    MHD_stop_daemon(s->d);
    pthread_cond_destroy(&s->job_cv);
    pthread_cond_destroy(&s->batch_cv);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

void lc_http_metrics(lc_http_server *s, char **text, size_t *len)
{
    lc_buf b;
    lc_buf_init(&b, 1 << 20);
    lc_buf_printf(&b, "# HELP litecode_http_requests_total HTTP requests by route and status class.\n"
                      "# TYPE litecode_http_requests_total counter\n");
    for (size_t i = 0; i < s->nroutes + 2; i++) {
        const char *method = i < s->nroutes ? s->cfg.routes[i].method : "ANY";
        const char *route =
            i < s->nroutes ? s->cfg.routes[i].pattern : (i == s->nroutes ? "unmatched" : "static");
        for (int c = 1; c <= 5; c++) {
            long long n = atomic_load(&s->stats[i].count[c]);
            if (n)
                lc_buf_printf(&b,
                              "litecode_http_requests_total{method=\"%s\",route=\"%s\","
                              "code=\"%dxx\"} %lld\n",
                              method, route, c, n);
        }
    }
    lc_buf_printf(&b, "# HELP litecode_http_request_seconds HTTP request latency by route.\n"
                      "# TYPE litecode_http_request_seconds histogram\n");
    for (size_t i = 0; i < s->nroutes + 2; i++) {
        long long total = 0;
        for (int k = 0; k <= LAT_BUCKETS; k++)
            total += atomic_load(&s->stats[i].lat_bucket[k]);
        if (!total)
            continue;
        const char *method = i < s->nroutes ? s->cfg.routes[i].method : "ANY";
        const char *route =
            i < s->nroutes ? s->cfg.routes[i].pattern : (i == s->nroutes ? "unmatched" : "static");
        long long cum = 0;
        for (int k = 0; k < LAT_BUCKETS; k++) {
            cum += atomic_load(&s->stats[i].lat_bucket[k]);
            lc_buf_printf(&b,
                          "litecode_http_request_seconds_bucket{method=\"%s\",route=\"%s\","
                          "le=\"%g\"} %lld\n",
                          method, route, lat_bounds[k], cum);
        }
        lc_buf_printf(&b,
                      "litecode_http_request_seconds_bucket{method=\"%s\",route=\"%s\",le=\"+Inf\"} "
                      "%lld\n"
                      "litecode_http_request_seconds_sum{method=\"%s\",route=\"%s\"} %.6f\n"
                      "litecode_http_request_seconds_count{method=\"%s\",route=\"%s\"} %lld\n",
                      method, route, total, method, route,
                      (double)atomic_load(&s->stats[i].lat_sum_us) / 1e6, method, route, total);
    }
    *len = b.len;
    *text = lc_buf_take(&b);
}

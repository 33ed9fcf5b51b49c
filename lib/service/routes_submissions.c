/* Submissions and runs: create (stored pending, then queued), read (owner or
 * admin), list (the three read patterns), and Server-Sent Events pushing
 * each status change until the verdict. */
#include "routes.h"

#include "../util/log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static bool finished(const lc_submission *s)
{
    return s->finished_at > 0 && s->status && strcmp(s->status, "pending") != 0 &&
           strcmp(s->status, "running") != 0;
}

/* a submission waiting for its group's commit */
typedef struct sub_job {
    lc_app *app;
    lc_submission s; /* code and input are this job's own copies */
    bool run;
} sub_job;

static void sub_job_free(void *arg)
{
    sub_job *j = arg;
    free(j->s.code);
    free(j->s.input);
    free(j);
}

/* After its commit: the submission goes to the judge queue, the client gets its id. */
static void stored(lc_app *app, const lc_submission *s, bool run, lc_code rc, lc_http_resp *resp)
{
    lc_err e = {0};
    if (rc != LC_OK) {
        lc_http_error(resp, 500, "cannot store the submission");
    } else if (lc_app_enqueue(app, s, &e) == LC_ERR_BUSY) {
        /* stored but not queued: settle it so nothing stays pending forever */
        lc_submission f = *s;
        f.status = (char *)"internal_error";
        f.result = (char *)"Internal Error";
        f.details_json = (char *)"{\"error\":\"the judge queue was full\"}";
        f.finished_at = now_ms();
        bool applied;
        app->store->ops->submission_finish(app->store, &f, &applied, NULL);
        lc_http_error(resp, 503, "the judge queue is full; try again shortly");
        lc_http_header(resp, "Retry-After", "5");
    } else {
        json_t *o = json_pack("{s:s,s:s}", run ? "runId" : "submissionId", s->id, "status",
                              "pending");
        json_object_set_new(o, "id", json_string(s->id));
        lc_http_json(resp, run ? 202 : 201, o);
    }
}

/* The submissions that arrived together: one transaction for all of them
 * (each is answered only once it is committed), then each is queued. */
static void store_batch(void **args, lc_http_resp **resps, size_t n)
{
    lc_app *app = ((sub_job *)args[0])->app;
    lc_submission *subs = calloc(n, sizeof *subs);
    lc_code *rcs = calloc(n, sizeof *rcs);
    lc_err *errs = calloc(n, sizeof *errs);
    if (subs && rcs && errs) {
        for (size_t i = 0; i < n; i++)
            subs[i] = ((sub_job *)args[i])->s;
        lc_store_submission_create_many(app->store, subs, n, rcs, errs);
        for (size_t i = 0; i < n; i++) {
            if (rcs[i] != LC_OK)
                LC_WARN("event=store_failed submission=%s error=\"%s\"", subs[i].id, errs[i].msg);
            stored(app, &subs[i], ((sub_job *)args[i])->run, rcs[i], resps[i]);
        }
    } else {
        for (size_t i = 0; i < n; i++)
            lc_http_error(resps[i], 503, "server busy");
    }
    free(subs);
    free(rcs);
    free(errs);
}

/* The id of the problem ref names (not deleted), from the cache when it is
 * there: the submit path needs only that, not the problem (its key starts
 * with "prob", so every admin write to problems drops it). */
static bool problem_id(lc_app *app, const char *ref, int64_t *id)
{
    char key[96], *cached = NULL;
    snprintf(key, sizeof key, "probid:%s", ref);
    if (app->cache->ops->get(app->cache, key, &cached, NULL, NULL) == LC_OK) {
        long long v = strtoll(cached, NULL, 10);
        free(cached);
        if (v > 0) {
            *id = v;
            return true;
        }
    }
    lc_problem p;
    memset(&p, 0, sizeof p);
    if (app->store->ops->problem_get(app->store, ref, false, &p, NULL) != LC_OK)
        return false;
    *id = p.id;
    lc_problem_free(&p);
    char val[24];
    int n = snprintf(val, sizeof val, "%lld", (long long)*id);
    app->cache->ops->set(app->cache, key, val, (size_t)n, 60000, NULL);
    return true;
}

static void create(lc_http_req *req, lc_http_resp *resp, bool run)
{
    lc_app *app = req->app;
    lc_user u;
    if (!lc_auth_user(req, resp, &u))
        return;
    json_t *b = lc_http_body_json(req, resp);
    if (!b) {
        lc_user_free(&u);
        return;
    }
    json_t *pid = json_object_get(b, "problemId");
    char ref[80] = "";
    if (json_is_integer(pid) && json_integer_value(pid) > 0)
        snprintf(ref, sizeof ref, "%lld", (long long)json_integer_value(pid));
    const char *code = NULL, *language = NULL, *input = NULL;
    int64_t problem = 0;
    const lc_lang *lang = NULL;
    if (!pid || json_is_null(pid)) {
        lc_http_error(resp, 400, "missing field 'problemId'");
    } else if (!ref[0]) {
        lc_http_error(resp, 400, "field 'problemId' must be a positive integer (a problem id)");
    } else if (!(code = lc_field_string(b, "code", true, (size_t)-1, resp))) {
        /* resp filled */
    } else if (json_string_length(json_object_get(b, "code")) > LC_CODE_MAX) {
        lc_http_error(resp, 413, "field 'code' is larger than 64 KiB");
    } else if (!*code) {
        lc_http_error(resp, 400, "field 'code' is empty");
    } else if (!(language = lc_field_string(b, "language", true, 32, resp))) {
        /* resp filled */
    } else if (!(lang = lc_lang_find(language))) {
        lc_http_error(resp, 400, "field 'language': unknown language '%s'", language);
    } else if (run && (input = lc_field_string(b, "input", false, LC_CODE_MAX, resp)) == NULL &&
               resp->status >= 400) {
        /* resp filled */
    } else if (!problem_id(app, ref, &problem)) {
        lc_http_error(resp, 404, "no such problem");
    } else {
        char key[64];
        snprintf(key, sizeof key, "rl:%s:%lld", run ? "run" : "submit", (long long)u.id);
        int limit = app->cfg.submit_rate_per_min ? app->cfg.submit_rate_per_min : 30;
        if (!lc_rate_limited(app, key, limit, resp)) {
            /* the queue is bounded: refuse before storing anything */
            if (app->queue->ops->depth(app->queue, LC_TOPIC_SUBMISSIONS) >=
                app->queue->ops->capacity(app->queue)) {
                lc_http_error(resp, 503, "the judge queue is full; try again shortly");
                lc_http_header(resp, "Retry-After", "5");
            } else {
                sub_job *j = calloc(1, sizeof *j);
                char *code_copy = strdup(code), *input_copy = input ? strdup(input) : NULL;
                if (!j || !code_copy || (input && !input_copy)) {
                    free(j);
                    free(code_copy);
                    free(input_copy);
                    lc_http_error(resp, 503, "server busy");
                } else {
                    j->app = app;
                    j->run = run;
                    lc_uuid7(j->s.id);
                    j->s.user_id = u.id;
                    j->s.problem_id = problem;
                    j->s.language = (char *)lang->id;
                    j->s.code = code_copy;
                    j->s.mode = (char *)(run ? "run" : "submit");
                    j->s.input = input_copy;
                    j->s.status = (char *)"pending";
                    j->s.created_at = now_ms();
                    /* stored off the request threads, together with the
                     * submissions that arrive meanwhile (group commit) */
                    lc_http_defer_batch(req, resp, store_batch, app->group_commit_max, j,
                                        sub_job_free);
                }
            }
        }
    }
    lc_user_free(&u);
    json_decref(b);
}

LC_ROUTE(submit)
{
    create(req, resp, false);
}

LC_ROUTE(run)
{
    create(req, resp, true);
}

/* Loads the submission of the path for its owner or an admin. */
static bool load_own(lc_http_req *req, lc_http_resp *resp, bool run, lc_submission *s,
                     lc_user *u)
{
    lc_app *app = req->app;
    if (!lc_auth_user(req, resp, u))
        return false;
    const char *id = req->params[0];
    bool found = strlen(id) < 40 &&
                 app->store->ops->submission_get(app->store, id, s, NULL) == LC_OK;
    if (found && (strcmp(s->mode ? s->mode : "submit", run ? "run" : "submit") != 0)) {
        lc_submission_free(s);
        found = false;
    }
    if (!found) {
        lc_http_error(resp, 404, run ? "no such run" : "no such submission");
        lc_user_free(u);
        return false;
    }
    if (s->user_id != u->id && !u->is_admin) {
        lc_http_error(resp, 403, "not your %s", run ? "run" : "submission");
        lc_submission_free(s);
        lc_user_free(u);
        return false;
    }
    return true;
}

static void get_one(lc_http_req *req, lc_http_resp *resp, bool run)
{
    lc_submission s;
    lc_user u;
    if (!load_own(req, resp, run, &s, &u))
        return;
    json_t *o = lc_submission_json(req->app, &s, true);
    if (run)
        json_object_set_new(o, "runId", json_string(s.id));
    lc_http_json(resp, 200, o);
    lc_submission_free(&s);
    lc_user_free(&u);
}

LC_ROUTE(submission)
{
    get_one(req, resp, false);
}

LC_ROUTE(run_get)
{
    get_one(req, resp, true);
}

/* ---- Server-Sent Events ----------------------------------------------------- */

typedef struct events {
    lc_app *app;
    char id[40];
    char last_status[40];
    char *out;        /* bytes not yet handed to the HTTP layer */
    size_t out_len, out_off;
    bool done_queued;
    bool ended;
    int64_t started_ms;
    unsigned bucket, seen; /* its live bucket, and the count read last */
    int64_t read_ms;       /* when the store was read last (0: never) */
} events;

static void events_free(void *p)
{
    events *ev = p;
    free(ev->out);
    free(ev);
}

static void queue_text(events *ev, const char *event, const char *data)
{
    size_t n = strlen(event) + strlen(data) + 32;
    char *t = malloc(n);
    if (!t)
        return;
    int len = snprintf(t, n, "event: %s\ndata: %s\n\n", event, data);
    free(ev->out);
    ev->out = t;
    ev->out_len = (size_t)len;
    ev->out_off = 0;
}

static ssize_t events_next(void *ctx, char *buf, size_t max)
{
    events *ev = ctx;
    if (ev->out && ev->out_off < ev->out_len) {
        size_t n = ev->out_len - ev->out_off;
        if (n > max)
            n = max;
        memcpy(buf, ev->out + ev->out_off, n);
        ev->out_off += n;
        return (ssize_t)n;
    }
    if (ev->ended)
        return -1;
    if (ev->done_queued) {
        ev->ended = true;
        queue_text(ev, "done", "{}");
        return events_next(ctx, buf, max);
    }
    int64_t now = now_ms();
    if (now - ev->started_ms > 10 * 60 * 1000)
        return -1; /* a stream never outlives 10 minutes */
    /* the store is read only when a live notice came for this submission's
     * bucket, or every sse_poll_ms without one */
    unsigned cur = atomic_load(&ev->app->live[ev->bucket]);
    if (ev->read_ms && cur == ev->seen && now - ev->read_ms < ev->app->sse_poll_ms)
        return 0;
    ev->seen = cur;
    ev->read_ms = now;
    lc_submission s;
    if (ev->app->store->ops->submission_get(ev->app->store, ev->id, &s, NULL) != LC_OK)
        return -1;
    const char *st = s.status ? s.status : "pending";
    if (strcmp(st, ev->last_status) != 0) {
        snprintf(ev->last_status, sizeof ev->last_status, "%s", st);
        json_t *j = lc_submission_json(ev->app, &s, true);
        char *text = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(10));
        json_decref(j);
        if (text) {
            queue_text(ev, "status", text);
            free(text);
        }
        if (finished(&s))
            ev->done_queued = true;
        lc_submission_free(&s);
        return events_next(ctx, buf, max);
    }
    lc_submission_free(&s);
    return 0;
}

static void stream(lc_http_req *req, lc_http_resp *resp, bool run)
{
    lc_submission s;
    lc_user u;
    if (!load_own(req, resp, run, &s, &u))
        return;
    events *ev = calloc(1, sizeof *ev);
    if (ev) {
        ev->app = req->app;
        snprintf(ev->id, sizeof ev->id, "%s", s.id);
        ev->started_ms = now_ms();
        ev->bucket = lc_live_bucket(ev->id);
        resp->stream.next = events_next;
        resp->stream.free = events_free;
        resp->stream.ctx = ev;
        resp->stream.wait_ms = 10;
    } else {
        lc_http_error(resp, 503, "server busy");
    }
    lc_submission_free(&s);
    lc_user_free(&u);
}

LC_ROUTE(submission_events)
{
    stream(req, resp, false);
}

LC_ROUTE(run_events)
{
    stream(req, resp, true);
}

/* ---- lists ---------------------------------------------------------------------- */

static void list(lc_http_req *req, lc_http_resp *resp, lc_sub_by by, int64_t uid, int64_t pid)
{
    lc_app *app = req->app;
    int64_t page, limit;
    if (!lc_pagination(req, resp, &page, &limit))
        return;
    lc_list l = {0};
    if (app->store->ops->submission_list(app->store, by, uid, pid, page, limit, &l, NULL)) {
        lc_http_error(resp, 500, "cannot list submissions");
        return;
    }
    json_t *arr = json_array();
    lc_submission *v = l.items;
    for (size_t i = 0; i < l.n; i++)
        json_array_append_new(arr, lc_submission_json(app, &v[i], false));
    lc_http_json(resp, 200,
                 json_pack("{s:o,s:I,s:I,s:I}", "submissions", arr, "total", (json_int_t)l.total,
                           "page", (json_int_t)page, "limit", (json_int_t)limit));
    lc_list_free_submissions(&l);
}

LC_ROUTE(user_submissions)
{
    lc_user u;
    if (!lc_auth_user(req, resp, &u))
        return;
    lc_user target;
    if (lc_path_user(req, resp, &target)) {
        if (target.id != u.id && !u.is_admin)
            lc_http_error(resp, 403, "not your submissions");
        else
            list(req, resp, LC_SUB_BY_USER, target.id, 0);
        lc_user_free(&target);
    }
    lc_user_free(&u);
}

LC_ROUTE(problem_submissions)
{
    lc_app *app = req->app;
    lc_user u;
    if (!lc_auth_user(req, resp, &u))
        return;
    lc_problem p;
    if (strlen(req->params[0]) > 64 ||
        app->store->ops->problem_get(app->store, req->params[0], true, &p, NULL) != LC_OK) {
        lc_http_error(resp, 404, "no such problem");
    } else {
        list(req, resp, LC_SUB_BY_PROBLEM_USER, u.id, p.id);
        lc_problem_free(&p);
    }
    lc_user_free(&u);
}

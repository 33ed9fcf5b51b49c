/* The route table and the system routes (health, metrics, OpenAPI). */
#include "routes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

extern const char lc_openapi_json[]; /* docs/openapi.json, embedded at build time */
const char *lc_lang_version_text(int index);

static const lc_http_route routes[] = {
    {"POST", "/auth/register", lc_route_register},
    {"POST", "/auth/login", lc_route_login},
    {"POST", "/auth/logout", lc_route_logout},
    {"POST", "/auth/refresh", lc_route_refresh},
    {"GET", "/auth/me", lc_route_me},
    {"GET", "/problems", lc_route_problems},
    {"POST", "/problems", lc_route_problem_create},
    {"GET", "/problems/:id", lc_route_problem},
    {"PUT", "/problems/:id", lc_route_problem_update},
    {"DELETE", "/problems/:id", lc_route_problem_delete},
    {"PATCH", "/problems/:id/restore", lc_route_problem_restore},
    {"GET", "/problems/:id/submissions", lc_route_problem_submissions},
    {"GET", "/tags", lc_route_tags},
    {"POST", "/tags", lc_route_tag_create},
    {"DELETE", "/tags/:id", lc_route_tag_delete},
    {"GET", "/languages", lc_route_languages},
    {"POST", "/submissions", lc_route_submit},
    {"GET", "/submissions/:id", lc_route_submission},
    {"GET", "/submissions/:id/events", lc_route_submission_events},
    {"GET", "/users/:id", lc_route_user},
    {"GET", "/users/:id/stats", lc_route_user_stats},
    {"GET", "/users/:id/submissions", lc_route_user_submissions},
    {"POST", "/run", lc_route_run},
    {"GET", "/runs/:id", lc_route_run_get},
    {"GET", "/runs/:id/events", lc_route_run_events},
    {"GET", "/ping", lc_route_ping},
    {"GET", "/healthz", lc_route_healthz},
    {"GET", "/readyz", lc_route_readyz},
    {"GET", "/metrics", lc_route_metrics},
    {"GET", "/openapi.json", lc_route_openapi},
    {NULL, NULL, NULL},
};

const lc_http_route *lc_app_routes(void)
{
    return routes;
}

static const lc_http_route health_routes[] = {
    {"GET", "/healthz", lc_route_healthz},
    {"GET", "/readyz", lc_route_readyz},
    {"GET", "/metrics", lc_route_metrics},
    {NULL, NULL, NULL},
};

const lc_http_route *lc_app_health_routes(void)
{
    return health_routes;
}

LC_ROUTE(ping)
{
    (void)req;
    lc_http_json(resp, 200, json_pack("{s:s}", "message", "pong"));
}

LC_ROUTE(healthz)
{
    (void)req;
    lc_http_json(resp, 200, json_pack("{s:s}", "status", "ok"));
}

LC_ROUTE(readyz)
{
    lc_app *app = req->app;
    json_t *checks = json_object();
    bool ok = true;
    bool store_ok = app->store->ops->ping(app->store, NULL) == LC_OK;
    json_object_set_new(checks, "store", json_string(store_ok ? "ok" : "failing"));
    ok = ok && store_ok;
    /* the cache: requests are served without it while it is down, so it
     * does not decide readiness; it is reported */
    lc_err ce = {0};
    bool cache_ok = !app->cache->ops->ping || app->cache->ops->ping(app->cache, &ce) == LC_OK;
    json_object_set_new(checks, "cache", cache_ok ? json_string("ok")
                                                  : json_sprintf("degraded: %s", ce.msg));
    /* the queue: a worker cannot work without it (not ready); an API process
     * still stores submissions (the sweeper queues them later): degraded */
    lc_err qe = {0};
    bool queue_up = !app->queue->ops->ping || app->queue->ops->ping(app->queue, &qe) == LC_OK;
    if (!queue_up) {
        json_object_set_new(checks, "queue", json_sprintf("%s: %s",
                                                          app->cfg.results_consumer ? "degraded"
                                                                                    : "failing",
                                                          qe.msg));
        ok = ok && app->cfg.results_consumer;
    } else {
        json_object_set_new(checks, "queue",
                            json_string(app->queue->ops->depth(app->queue, LC_TOPIC_SUBMISSIONS) <
                                                app->queue->ops->capacity(app->queue)
                                            ? "ok"
                                            : "full"));
    }
    int i = 0;
    json_t *tc = json_object();
    for (const lc_lang *const *l = lc_lang_all(); *l; l++, i++) {
        const char *v = lc_lang_version_text(i);
        json_object_set_new(tc, (*l)->id, json_string(v && *v ? "ok" : "missing"));
        ok = ok && ((*l)->optional || (v && *v));
    }
    json_object_set_new(checks, "toolchains", tc);
    json_object_set_new(checks, "workers", json_integer(app->nworkers));
    lc_http_json(resp, ok ? 200 : 503,
                 json_pack("{s:s,s:o}", "status", ok ? "ready" : "not ready", "checks", checks));
}

LC_ROUTE(metrics)
{
    lc_app *app = req->app;
    char *text = NULL;
    size_t len = 0;
    lc_http_metrics(app->http, &text, &len);
    lc_buf b;
    lc_buf_init(&b, 2 << 20);
    lc_buf_append(&b, text, len);
    free(text);
    lc_buf_printf(&b, "# HELP litecode_queue_depth Messages waiting or in flight.\n"
                      "# TYPE litecode_queue_depth gauge\n"
                      "litecode_queue_depth{topic=\"submissions\"} %lld\n"
                      "litecode_queue_depth{topic=\"submission-results\"} %lld\n",
                  (long long)app->queue->ops->depth(app->queue, LC_TOPIC_SUBMISSIONS),
                  (long long)app->queue->ops->depth(app->queue, LC_TOPIC_RESULTS));
    lc_buf_printf(&b, "# HELP litecode_judge_seconds Time to judge a submission.\n"
                      "# TYPE litecode_judge_seconds summary\n"
                      "litecode_judge_seconds_sum %.6f\nlitecode_judge_seconds_count %lld\n",
                  (double)atomic_load(&app->judge_us_sum) / 1e6,
                  (long long)atomic_load(&app->judge_count));
    lc_buf_printf(&b, "# HELP litecode_verdicts_total Verdicts applied.\n"
                      "# TYPE litecode_verdicts_total counter\n");
    for (int v = LC_V_AC; v <= LC_V_IE; v++)
        lc_buf_printf(&b, "litecode_verdicts_total{status=\"%s\",result=\"%s\"} %lld\n",
                      lc_verdict_status((lc_verdict)v), lc_verdict_result((lc_verdict)v),
                      (long long)atomic_load(&app->verdicts[v]));
    lc_buf_printf(&b, "# HELP litecode_workers Judge workers.\n# TYPE litecode_workers gauge\n"
                      "litecode_workers %d\n",
                  app->nworkers);
    resp->raw_len = b.len;
    resp->raw = lc_buf_take(&b);
    resp->content_type = "text/plain; version=0.0.4";
}

LC_ROUTE(openapi)
{
    (void)req;
    resp->raw = strdup(lc_openapi_json);
    resp->raw_len = resp->raw ? strlen(resp->raw) : 0;
    resp->content_type = "application/json";
}

/* Helpers every route uses: authentication, typed body fields, pagination,
 * the JSON views of records, ids and times. */
#include "service.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void lc_rfc3339(int64_t unix_ms, char out[32])
{
    time_t t = (time_t)(unix_ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(unix_ms % 1000));
}

void lc_uuid7(char out[37])
{
    unsigned char b[16];
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t ms = (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
    randombytes_buf(b, sizeof b);
    for (int i = 0; i < 6; i++)
        b[i] = (unsigned char)(ms >> (40 - 8 * i));
    b[6] = (unsigned char)(0x70 | (b[6] & 0x0f)); /* version 7 */
    b[8] = (unsigned char)(0x80 | (b[8] & 0x3f)); /* variant */
    snprintf(out, 37,
             "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
             b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
             b[15]);
}

/* ---- authentication -------------------------------------------------------- */

void lc_token_hash(const char *token, char hex[65])
{
    unsigned char h[32];
    crypto_generichash(h, sizeof h, (const unsigned char *)token, strlen(token), NULL, 0);
    sodium_bin2hex(hex, 65, h, sizeof h);
}

const char *lc_request_token(lc_http_req *req)
{
    const char *h = lc_http_header_in(req, "Authorization");
    if (h && strncasecmp(h, "Bearer ", 7) == 0) {
        h += 7;
        while (*h == ' ')
            h++;
        return *h ? h : NULL;
    }
    /* tokens in URLs end up in logs: only the event streams (EventSource cannot set headers) */
    size_t rl = req->route ? strlen(req->route) : 0;
    if (rl < 7 || strcmp(req->route + rl - 7, "/events") != 0)
        return NULL;
    const char *q = lc_http_query(req, "access_token");
    return q && *q ? q : NULL;
}

/* The user of a session, from the cache when it is there (every
 * authenticated request needs it; the store's connection is busy committing
 * submissions). Users never change after creation but for deletion, which
 * ends their sessions: a minute in the cache is safe. No password hash. */
static bool cached_user(lc_app *app, int64_t uid, lc_user *out)
{
    char key[48], *cached = NULL;
    snprintf(key, sizeof key, "user:%lld", (long long)uid);
    if (app->cache->ops->get(app->cache, key, &cached, NULL, NULL) == LC_OK) {
        json_t *j = json_loads(cached, 0, NULL);
        free(cached);
        const char *name = json_string_value(json_object_get(j, "u"));
        const char *email = json_string_value(json_object_get(j, "e"));
        if (name) {
            memset(out, 0, sizeof *out);
            out->id = uid;
            out->username = strdup(name);
            out->email = email ? strdup(email) : NULL;
            out->is_admin = json_is_true(json_object_get(j, "a"));
            out->created_at = json_integer_value(json_object_get(j, "c"));
            json_decref(j);
            if (out->username && (!email || out->email))
                return true;
            lc_user_free(out);
            memset(out, 0, sizeof *out);
        } else {
            json_decref(j);
        }
    }
    if (app->store->ops->user_get(app->store, uid, out, NULL) != LC_OK)
        return false;
    json_t *j = json_pack("{s:s,s:b,s:I}", "u", out->username ? out->username : "", "a",
                          out->is_admin, "c", (json_int_t)out->created_at);
    if (j && out->email)
        json_object_set_new(j, "e", json_string(out->email));
    char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
    if (text)
        app->cache->ops->set(app->cache, key, text, strlen(text), 60000, NULL);
    free(text);
    json_decref(j);
    free(out->password_hash); /* never needed past the log-in */
    out->password_hash = NULL;
    return true;
}

static bool lookup(lc_http_req *req, lc_user *out, bool *had_token)
{
    lc_app *app = req->app;
    const char *tok = lc_request_token(req);
    *had_token = tok != NULL;
    if (!tok || strlen(tok) > 256)
        return false;
    char hex[65];
    lc_token_hash(tok, hex);
    char key[80];
    snprintf(key, sizeof key, "sess:%s", hex);
    int64_t uid = 0, exp = 0;
    char *cached = NULL;
    time_t now = time(NULL);
    if (app->cache->ops->get(app->cache, key, &cached, NULL, NULL) == LC_OK) {
        sscanf(cached, "%lld %lld", (long long *)&uid, (long long *)&exp);
        free(cached);
        if (exp <= now)
            uid = 0;
    } else if (app->store->ops->session_get(app->store, hex, now, &uid, &exp, NULL) == LC_OK) {
        char val[48];
        int n = snprintf(val, sizeof val, "%lld %lld", (long long)uid, (long long)exp);
        int64_t ttl = (exp - now) * 1000;
        app->cache->ops->set(app->cache, key, val, (size_t)n, ttl < 60000 ? ttl : 60000, NULL);
    }
    if (uid <= 0)
        return false;
    return cached_user(app, uid, out);
}

bool lc_auth_user(lc_http_req *req, lc_http_resp *resp, lc_user *out)
{
    memset(out, 0, sizeof *out);
    bool had;
    if (lookup(req, out, &had))
        return true;
    lc_http_error(resp, 401, had ? "invalid or expired token" : "authentication required");
    lc_http_header(resp, "WWW-Authenticate", "Bearer");
    return false;
}

bool lc_auth_optional(lc_http_req *req, lc_user *out)
{
    memset(out, 0, sizeof *out);
    bool had;
    return lookup(req, out, &had);
}

bool lc_require_admin(const lc_user *u, lc_http_resp *resp)
{
    if (u->is_admin)
        return true;
    lc_http_error(resp, 403, "administrators only");
    return false;
}

/* ---- request fields ----------------------------------------------------------- */

const char *lc_field_string(json_t *body, const char *name, bool required, size_t max_len,
                            lc_http_resp *resp)
{
    json_t *v = json_object_get(body, name);
    if (!v || json_is_null(v)) {
        if (required)
            lc_http_error(resp, 400, "missing field '%s'", name);
        return NULL;
    }
    if (!json_is_string(v)) {
        lc_http_error(resp, 400, "field '%s' must be a string", name);
        return NULL;
    }
    if (json_string_length(v) > max_len) {
        lc_http_error(resp, 400, "field '%s' is longer than %zu bytes", name, max_len);
        return NULL;
    }
    if (memchr(json_string_value(v), 0, json_string_length(v))) {
        lc_http_error(resp, 400, "field '%s' must not contain NUL", name);
        return NULL;
    }
    return json_string_value(v);
}

bool lc_field_int(json_t *body, const char *name, bool required, int64_t *out,
                  lc_http_resp *resp)
{
    json_t *v = json_object_get(body, name);
    if (!v || json_is_null(v)) {
        if (required)
            lc_http_error(resp, 400, "missing field '%s'", name);
        return false;
    }
    if (!json_is_integer(v)) {
        lc_http_error(resp, 400, "field '%s' must be an integer", name);
        return false;
    }
    *out = json_integer_value(v);
    return true;
}

bool lc_valid_slug(const char *s)
{
    size_t n = strlen(s);
    if (n < 1 || n > 64)
        return false;
    for (const char *p = s; *p; p++)
        if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
            return false;
    return true;
}

bool lc_parse_id(const char *s, int64_t *out)
{
    if (!s || !*s || strlen(s) > 18)
        return false;
    for (const char *p = s; *p; p++)
        if (!isdigit((unsigned char)*p))
            return false;
    *out = strtoll(s, NULL, 10);
    return *out > 0;
}

bool lc_pagination(lc_http_req *req, lc_http_resp *resp, int64_t *page, int64_t *limit)
{
    const char *p = lc_http_query(req, "page"), *l = lc_http_query(req, "limit");
    *page = 1;
    *limit = 20;
    if (p && (!lc_parse_id(p, page) || *page > 1000000000)) {
        lc_http_error(resp, 400, "page must be a whole number >= 1");
        return false;
    }
    if (l && (!lc_parse_id(l, limit) || *limit > 100)) {
        lc_http_error(resp, 400, "limit must be a whole number from 1 to 100");
        return false;
    }
    return true;
}

/* ---- JSON views ------------------------------------------------------------- */

const char *const lc_result_details[][2] = {
    {"tests", "tests"},
    {"failing_test", "failingTest"},
    {"stdout", "stdout"},
    {"compile_output", "compileOutput"},
    {"error", "error"},
    {"expected_output", "expectedOutput"},
    {"input_error", "inputError"},
    {"score", "score"},
    {"max_score", "maxScore"},
    {"groups", "groups"},
};
const size_t lc_result_details_n = sizeof lc_result_details / sizeof lc_result_details[0];

static json_t *parse_or_null(const char *text)
{
    if (!text)
        return json_null();
    json_t *j = json_loads(text, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    return j ? j : json_null();
}

json_t *lc_user_json(const lc_user *u, bool with_email)
{
    char t[32];
    lc_rfc3339(u->created_at * 1000, t);
    json_t *o = json_pack("{s:I,s:s,s:b,s:s}", "id", (json_int_t)u->id, "username",
                          u->username ? u->username : "", "isAdmin", u->is_admin, "createdAt", t);
    if (with_email && u->email)
        json_object_set_new(o, "email", json_string(u->email));
    return o;
}

json_t *lc_problem_summary_json(const lc_problem *p)
{
    double rate = p->submissions ? 100.0 * (double)p->accepted / (double)p->submissions : 0.0;
    json_t *o = json_pack("{s:I,s:s,s:s,s:s,s:o,s:f,s:I,s:I,s:b}", "id", (json_int_t)p->id,
                          "slug", p->slug ? p->slug : "", "title", p->title ? p->title : "",
                          "difficulty", p->difficulty ? p->difficulty : "medium", "tags",
                          parse_or_null(p->tags_json), "acceptanceRate",
                          (double)((int64_t)(rate * 10 + 0.5)) / 10.0, "submissions",
                          (json_int_t)p->submissions, "accepted", (json_int_t)p->accepted,
                          "functionProblem", p->function_json != NULL);
    if (p->deleted)
        json_object_set_new(o, "deleted", json_true());
    return o;
}

json_t *lc_problem_json(const lc_problem *p)
{
    json_t *o = lc_problem_summary_json(p);
    json_object_set_new(o, "statement", json_string(p->statement ? p->statement : ""));
    json_object_set_new(o, "limits", parse_or_null(p->limits_json));
    json_object_set_new(o, "examples", parse_or_null(p->examples_json));
    json_object_set_new(o, "starterCode", parse_or_null(p->starter_json));
    json_object_set_new(o, "function", parse_or_null(p->function_json));
    char t[32];
    lc_rfc3339(p->created_at * 1000, t);
    json_object_set_new(o, "createdAt", json_string(t));
    lc_rfc3339(p->updated_at * 1000, t);
    json_object_set_new(o, "updatedAt", json_string(t));
    return o;
}

json_t *lc_submission_json(lc_app *app, const lc_submission *s, bool with_code)
{
    char t[32];
    lc_rfc3339(s->created_at, t);
    json_t *o = json_pack("{s:s,s:I,s:I,s:s,s:s,s:s,s:s}", "id", s->id, "userId",
                          (json_int_t)s->user_id, "problemId", (json_int_t)s->problem_id,
                          "language", s->language ? s->language : "", "status",
                          s->status ? s->status : "pending", "mode", s->mode ? s->mode : "submit",
                          "createdAt", t);
    json_object_set_new(o, "submissionId", json_string(s->id));
    json_object_set_new(o, "result", s->result ? json_string(s->result) : json_null());
    bool done = s->finished_at > 0;
    json_object_set_new(o, "runtime", done ? json_real(s->runtime) : json_null());
    json_object_set_new(o, "memory", done ? json_integer((json_int_t)s->memory) : json_null());
    json_object_set_new(o, "passed", json_integer((json_int_t)s->passed));
    json_object_set_new(o, "total", json_integer((json_int_t)s->total));
    if (done) {
        lc_rfc3339(s->finished_at, t);
        json_object_set_new(o, "finishedAt", json_string(t));
    }
    if (with_code) {
        json_object_set_new(o, "code", json_string(s->code ? s->code : ""));
        if (s->input)
            json_object_set_new(o, "input", json_string(s->input));
        json_t *d = parse_or_null(s->details_json);
        if (json_is_object(d)) {
            for (size_t i = 0; i < lc_result_details_n; i++) {
                json_t *v = json_object_get(d, lc_result_details[i][0]);
                if (v)
                    json_object_set(o, lc_result_details[i][1], v);
            }
        }
        json_decref(d);
        if (app && s->result && strcmp(s->result, "Accepted") == 0 && s->mode &&
            strcmp(s->mode, "submit") == 0) {
            double rt = 0, mem = 0;
            if (app->store->ops->submission_beats(app->store, s, &rt, &mem, NULL) == LC_OK) {
                json_object_set_new(o, "runtimeBeats", json_real(rt));
                json_object_set_new(o, "memoryBeats", json_real(mem));
            }
        }
    }
    return o;
}

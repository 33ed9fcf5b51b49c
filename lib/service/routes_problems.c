/* Problems, tags and languages. GET /problems/:id is served from the cache
 * (invalidated whenever a problem or its counters change). Admin writes
 * build a problem package from the request and import it like any other. */
#include "routes.h"

#include "../util/fs.h"

#include <ctype.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PROBLEM_CACHE_MS 30000

/* An id or a slug from the path; false (404 filled) when it cannot be either. */
static bool problem_ref(const char *s, lc_http_resp *resp)
{
    int64_t id;
    if (lc_parse_id(s, &id) || lc_valid_slug(s))
        return true;
    lc_http_error(resp, 404, "no such problem");
    return false;
}

LC_ROUTE(problems)
{
    lc_app *app = req->app;
    lc_problem_filter f = {0};
    if (!lc_pagination(req, resp, &f.page, &f.limit))
        return;
    f.difficulty = lc_http_query(req, "difficulty");
    f.tag = lc_http_query(req, "tag");
    f.search = lc_http_query(req, "search");
    f.status = lc_http_query(req, "status");
    if (f.difficulty && strcmp(f.difficulty, "easy") && strcmp(f.difficulty, "medium") &&
        strcmp(f.difficulty, "hard")) {
        lc_http_error(resp, 400, "difficulty must be easy, medium or hard");
        return;
    }
    if ((f.search && strlen(f.search) > 256) || (f.tag && strlen(f.tag) > 64)) {
        lc_http_error(resp, 400, "search or tag too long");
        return;
    }
    lc_user u;
    bool authed = lc_auth_optional(req, &u);
    if (f.status) {
        if (strcmp(f.status, "solved") && strcmp(f.status, "attempted") &&
            strcmp(f.status, "todo")) {
            lc_http_error(resp, 400, "status must be solved, attempted or todo");
            if (authed)
                lc_user_free(&u);
            return;
        }
        if (!authed) {
            lc_http_error(resp, 401, "status filters need a token");
            return;
        }
    }
    if (authed)
        f.user_id = u.id;
    lc_list l = {0};
    lc_err e = {0};
    if (app->store->ops->problem_list(app->store, &f, &l, &e)) {
        lc_http_error(resp, 500, "cannot list problems");
    } else {
        json_t *arr = json_array();
        lc_problem *v = l.items;
        for (size_t i = 0; i < l.n; i++) {
            json_t *o = lc_problem_summary_json(&v[i]);
            if (authed) {
                const char *st = NULL;
                if (app->store->ops->problem_solved_status(app->store, u.id, v[i].id, &st,
                                                           NULL) == LC_OK && st)
                    json_object_set_new(o, "status", json_string(st));
            }
            json_array_append_new(arr, o);
        }
        lc_http_json(resp, 200,
                     json_pack("{s:o,s:I,s:I,s:I}", "problems", arr, "total", (json_int_t)l.total,
                               "page", (json_int_t)f.page, "limit", (json_int_t)f.limit));
        lc_list_free_problems(&l);
    }
    if (authed)
        lc_user_free(&u);
}

LC_ROUTE(problem)
{
    lc_app *app = req->app;
    const char *ref = req->params[0];
    if (!problem_ref(ref, resp))
        return;
    char key[96];
    snprintf(key, sizeof key, "prob:%s", ref);
    char *cached = NULL;
    size_t len = 0;
    if (app->cache->ops->get(app->cache, key, &cached, &len, NULL) == LC_OK) {
        resp->raw = cached;
        resp->raw_len = len;
        resp->content_type = "application/json";
        return;
    }
    lc_problem p;
    if (app->store->ops->problem_get(app->store, ref, false, &p, NULL) != LC_OK) {
        lc_http_error(resp, 404, "no such problem");
        return;
    }
    json_t *j = lc_problem_json(&p);
    lc_problem_free(&p);
    char *text = json_dumps(j, JSON_COMPACT | JSON_REAL_PRECISION(10));
    json_decref(j);
    if (!text) {
        lc_http_error(resp, 500, "cannot encode the problem");
        return;
    }
    app->cache->ops->set(app->cache, key, text, strlen(text), PROBLEM_CACHE_MS, NULL);
    resp->raw = text;
    resp->raw_len = strlen(text);
    resp->content_type = "application/json";
}

/* ---- admin: a package from JSON ------------------------------------------ */

static bool put_text(const char *dir, const char *rel, const char *text, lc_http_resp *resp)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    char *slash = strrchr(path, '/');
    *slash = '\0';
    lc_mkdir_p(path, 0755, NULL);
    *slash = '/';
    if (lc_write_file_at(AT_FDCWD, path, text, strlen(text), 0644, NULL)) {
        lc_http_error(resp, 500, "cannot write the package");
        return false;
    }
    return true;
}

/* Builds problems/<slug> from the body in a temporary directory and imports it. */
static void write_problem(lc_http_req *req, lc_http_resp *resp, const char *fixed_slug)
{
    lc_app *app = req->app;
    json_t *b = lc_http_body_json(req, resp);
    if (!b)
        return;
    const char *title = lc_field_string(b, "title", true, 200, resp);
    const char *slug = title ? lc_field_string(b, "slug", !fixed_slug, 64, resp) : NULL;
    if (title && !slug && fixed_slug && resp->status < 400)
        slug = fixed_slug;
    const char *diff = slug ? lc_field_string(b, "difficulty", true, 16, resp) : NULL;
    const char *statement =
        diff && resp->status < 400 ? lc_field_string(b, "statement", true, 200000, resp) : NULL;
    json_t *tags = json_object_get(b, "tags"), *limits = json_object_get(b, "limits"),
           *fn = json_object_get(b, "function"), *tests = json_object_get(b, "tests");
    char dir[PATH_MAX] = "";
    if (!statement)
        goto out;
    if (!lc_valid_slug(slug)) {
        lc_http_error(resp, 400, "field 'slug': 1 to 64 of a-z, 0-9 and '-'");
        goto out;
    }
    if (fixed_slug && strcmp(slug, fixed_slug) != 0) {
        lc_http_error(resp, 400, "field 'slug': cannot change a problem's slug");
        goto out;
    }
    if (!fixed_slug) {
        lc_problem existing;
        if (app->store->ops->problem_get(app->store, slug, true, &existing, NULL) == LC_OK) {
            lc_problem_free(&existing);
            lc_http_error(resp, 409, "field 'slug': a problem with slug '%s' exists", slug);
            goto out;
        }
    }
    if (diff && strcmp(diff, "easy") && strcmp(diff, "medium") && strcmp(diff, "hard")) {
        lc_http_error(resp, 400, "field 'difficulty': easy, medium or hard");
        goto out;
    }
    if (tags && !json_is_array(tags)) {
        lc_http_error(resp, 400, "field 'tags' must be an array of strings");
        goto out;
    }
    for (size_t i = 0; tags && i < json_array_size(tags); i++)
        if (!json_is_string(json_array_get(tags, i)) ||
            json_string_length(json_array_get(tags, i)) > 32) {
            lc_http_error(resp, 400, "field 'tags' must be an array of short strings");
            goto out;
        }
    if (limits && !json_is_object(limits)) {
        lc_http_error(resp, 400, "field 'limits' must be an object");
        goto out;
    }
    if (fn && !json_is_null(fn) && !json_is_object(fn)) {
        lc_http_error(resp, 400, "field 'function' must be an object");
        goto out;
    }
    if (!json_is_array(tests) || json_array_size(tests) == 0 || json_array_size(tests) > 1000) {
        lc_http_error(resp, 400, "field 'tests' must be an array of 1 to 1000 tests");
        goto out;
    }
    char id[37];
    lc_uuid7(id);
    snprintf(dir, sizeof dir, "%s/new-%s/%s", app->uploads_dir, id, slug);
    /* problem.yaml as a JSON document (YAML's flow style reads it as is) */
    json_t *y = json_object();
    json_object_set_new(y, "name", json_string(title));
    json_object_set_new(y, "difficulty", json_string(diff ? diff : "medium"));
    json_object_set(y, "tags", tags ? tags : json_array());
    json_t *lim = json_object();
    const char *lk[][2] = {{"time", "time_limit"}, {"timeLimit", "time_limit"},
                           {"memory", "memory"}, {"output", "output"}};
    for (size_t i = 0; limits && i < 4; i++) {
        json_t *v = json_object_get(limits, lk[i][0]);
        if (v && !json_is_number(v)) {
            lc_http_error(resp, 400, "field 'limits.%s' must be a number", lk[i][0]);
            json_decref(y);
            json_decref(lim);
            goto out;
        }
        if (v) {
            char num[64];
            snprintf(num, sizeof num, "%g", json_number_value(v));
            json_object_set_new(lim, lk[i][1], json_string(num));
        }
    }
    json_object_set_new(y, "limits", lim);
    if (fn && json_is_object(fn))
        json_object_set(y, "function", fn);
    char *ytext = json_dumps(y, JSON_INDENT(2));
    json_decref(y);
    bool ok = ytext && put_text(dir, "problem.yaml", ytext, resp) &&
              put_text(dir, "problem_statement/problem.en.md", statement, resp);
    free(ytext);
    for (size_t i = 0; ok && i < json_array_size(tests); i++) {
        json_t *t = json_array_get(tests, i);
        json_t *in = json_object_get(t, "input"), *ex = json_object_get(t, "expected");
        json_t *sample = json_object_get(t, "isSample");
        if (!json_is_object(t) || !json_is_string(in) || !json_is_string(ex) ||
            (sample && !json_is_boolean(sample))) {
            lc_http_error(resp, 400,
                          "field 'tests[%zu]': needs string input and expected (and boolean "
                          "isSample)",
                          i);
            ok = false;
            break;
        }
        char rel[64];
        const char *kind = json_is_true(sample) ? "sample" : "secret";
        snprintf(rel, sizeof rel, "data/%s/%04zu.in", kind, i + 1);
        ok = put_text(dir, rel, json_string_value(in), resp);
        snprintf(rel, sizeof rel, "data/%s/%04zu.ans", kind, i + 1);
        ok = ok && put_text(dir, rel, json_string_value(ex), resp);
    }
    if (ok) {
        int64_t pid;
        bool changed;
        lc_err e = {0};
        lc_code rc = lc_app_import(app, dir, &pid, &changed, &e);
        if (rc == LC_ERR_INVALID || rc == LC_ERR_LIMIT) {
            lc_http_error(resp, 400, "%s", e.msg);
        } else if (rc) {
            lc_http_error(resp, 500, "cannot store the problem");
        } else {
            if (changed && fixed_slug)
                lc_app_rejudge(app); /* its tests changed: earlier verdicts are judged again */
            lc_problem p;
            char ref[32];
            snprintf(ref, sizeof ref, "%lld", (long long)pid);
            if (app->store->ops->problem_get(app->store, ref, true, &p, NULL) == LC_OK) {
                lc_http_json(resp, fixed_slug ? 200 : 201, lc_problem_json(&p));
                lc_problem_free(&p);
            } else {
                lc_http_error(resp, 500, "cannot read the problem back");
            }
        }
    }
out:
    if (dir[0]) {
        lc_remove_tree(dir);
        char *slash = strrchr(dir, '/');
        *slash = '\0';
        rmdir(dir);
    }
    json_decref(b);
}

static bool admin(lc_http_req *req, lc_http_resp *resp)
{
    lc_user u;
    if (!lc_auth_user(req, resp, &u))
        return false;
    bool ok = lc_require_admin(&u, resp);
    lc_user_free(&u);
    return ok;
}

LC_ROUTE(problem_create)
{
    if (!admin(req, resp))
        return;
    write_problem(req, resp, NULL);
}

/* An admin request on the problem of the path (deleted ones included). */
static bool admin_problem(lc_http_req *req, lc_http_resp *resp, lc_problem *p)
{
    lc_app *app = req->app;
    if (!admin(req, resp) || !problem_ref(req->params[0], resp))
        return false;
    if (app->store->ops->problem_get(app->store, req->params[0], true, p, NULL) != LC_OK) {
        lc_http_error(resp, 404, "no such problem");
        return false;
    }
    return true;
}

LC_ROUTE(problem_update)
{
    lc_problem p;
    if (!admin_problem(req, resp, &p))
        return;
    char slug[80];
    snprintf(slug, sizeof slug, "%s", p.slug);
    lc_problem_free(&p);
    write_problem(req, resp, slug);
}

static void set_deleted(lc_http_req *req, lc_http_resp *resp, bool deleted)
{
    lc_app *app = req->app;
    lc_problem p;
    if (!admin_problem(req, resp, &p))
        return;
    if (app->store->ops->problem_set_deleted(app->store, p.id, deleted, NULL)) {
        lc_http_error(resp, 500, "cannot update the problem");
    } else {
        app->cache->ops->del_prefix(app->cache, "prob", NULL);
        if (deleted) {
            lc_http_json(resp, 200, json_pack("{s:b,s:I}", "ok", 1, "id", (json_int_t)p.id));
        } else {
            p.deleted = false;
            lc_http_json(resp, 200, lc_problem_json(&p));
        }
    }
    lc_problem_free(&p);
}

LC_ROUTE(problem_delete)
{
    set_deleted(req, resp, true);
}

LC_ROUTE(problem_restore)
{
    set_deleted(req, resp, false);
}

/* ---- tags ---------------------------------------------------------------------- */

LC_ROUTE(tags)
{
    lc_app *app = req->app;
    char **names = NULL;
    int64_t *ids = NULL;
    size_t n = 0;
    if (app->store->ops->tag_list(app->store, &names, &ids, &n, NULL)) {
        lc_http_error(resp, 500, "cannot list tags");
        return;
    }
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr, json_pack("{s:I,s:s}", "id", (json_int_t)ids[i], "name",
                                             names[i]));
    lc_tags_free(names, ids, n);
    lc_http_json(resp, 200, json_pack("{s:o,s:I}", "tags", arr, "total", (json_int_t)n));
}

LC_ROUTE(tag_create)
{
    if (!admin(req, resp))
        return;
    lc_app *app = req->app;
    json_t *b = lc_http_body_json(req, resp);
    if (!b)
        return;
    const char *name = lc_field_string(b, "name", true, 32, resp);
    if (name) {
        bool ok = *name != '\0';
        for (const char *p = name; *p; p++)
            if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-')
                ok = false;
        int64_t id;
        lc_err e = {0};
        lc_code rc;
        if (!ok)
            lc_http_error(resp, 400, "field 'name': 1 to 32 of a-z, 0-9 and '-'");
        else if ((rc = app->store->ops->tag_create(app->store, name, &id, &e)) == LC_ERR_CONFLICT)
            lc_http_error(resp, 409, "tag '%s' exists", name);
        else if (rc)
            lc_http_error(resp, 500, "cannot create the tag");
        else
            lc_http_json(resp, 201, json_pack("{s:I,s:s}", "id", (json_int_t)id, "name", name));
    }
    json_decref(b);
}

LC_ROUTE(tag_delete)
{
    if (!admin(req, resp))
        return;
    lc_app *app = req->app;
    int64_t id;
    lc_code rc;
    /* a tag some problem still carries stays: its problems would show a tag that no
     * longer filters */
    char **names = NULL;
    int64_t *ids = NULL;
    size_t n = 0;
    const char *name = NULL;
    if (lc_parse_id(req->params[0], &id) &&
        app->store->ops->tag_list(app->store, &names, &ids, &n, NULL) == LC_OK)
        for (size_t i = 0; i < n; i++)
            if (ids[i] == id)
                name = names[i];
    if (name) {
        lc_problem_filter f = {.tag = name, .page = 1, .limit = 1, .include_deleted = true};
        lc_list l = {0};
        if (app->store->ops->problem_list(app->store, &f, &l, NULL) == LC_OK && l.total > 0) {
            lc_http_error(resp, 409, "tag '%s' is used by %lld problem(s)", name,
                          (long long)l.total);
            lc_list_free_problems(&l);
            lc_tags_free(names, ids, n);
            return;
        }
        lc_list_free_problems(&l);
    }
    lc_tags_free(names, ids, n);
    if (!lc_parse_id(req->params[0], &id) ||
        (rc = app->store->ops->tag_delete(app->store, id, NULL)) == LC_ERR_NOTFOUND) {
        lc_http_error(resp, 404, "no such tag");
        return;
    }
    if (rc) {
        lc_http_error(resp, 500, "cannot delete the tag");
        return;
    }
    app->cache->ops->del_prefix(app->cache, "prob", NULL);
    lc_http_json(resp, 200, json_pack("{s:b}", "ok", 1));
}

/* ---- languages ------------------------------------------------------------------ */

#define LC_MAX_LANGS 32
static char versions[LC_MAX_LANGS][128];
static pthread_once_t versions_once = PTHREAD_ONCE_INIT;

static void read_versions(void)
{
    int i = 0;
    for (const lc_lang *const *l = lc_lang_all(); *l && i < LC_MAX_LANGS; l++, i++) {
        char cmd[1024] = "";
        for (const char *const *a = (*l)->version; a && *a; a++) {
            strncat(cmd, *a, sizeof cmd - strlen(cmd) - 2);
            strncat(cmd, " ", sizeof cmd - strlen(cmd) - 1);
        }
        strncat(cmd, "2>&1", sizeof cmd - strlen(cmd) - 1);
        FILE *f = popen(cmd, "r");
        if (!f)
            continue;
        if (fgets(versions[i], sizeof versions[i], f))
            versions[i][strcspn(versions[i], "\n")] = '\0';
        pclose(f);
    }
}

const char *lc_lang_version_text(int index);
const char *lc_lang_version_text(int index)
{
    pthread_once(&versions_once, read_versions);
    return index >= 0 && index < LC_MAX_LANGS ? versions[index] : "";
}

LC_ROUTE(languages)
{
    (void)req;
    json_t *arr = json_array();
    int i = 0;
    for (const lc_lang *const *l = lc_lang_all(); *l; l++, i++)
        json_array_append_new(arr, json_pack("{s:s,s:s,s:s}", "id", (*l)->id, "name", (*l)->name,
                                             "version", lc_lang_version_text(i)));
    lc_http_json(resp, 200, json_pack("{s:o}", "languages", arr));
}

/* The application: backends, import, the queue's producers and consumers. */
#include "service.h"

#include "../judge/signature.h"
#include "../judge/statement.h"
#include "../util/fs.h"
#include "../util/log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PKG_FILE_MAX (64u << 20)
#define PKG_TOTAL_MAX (256u << 20)
#define PKG_FILES_MAX 20000

struct lc_worker {
    lc_app *app;
    pthread_t thread;
    lc_sbx *sbx;
    int index;
};

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- import ------------------------------------------------------------------ */

typedef struct files {
    lc_pkg_file *v;
    size_t n, cap, total;
} files;

static int cmp_file(const void *a, const void *b)
{
    return strcmp(((const lc_pkg_file *)a)->path, ((const lc_pkg_file *)b)->path);
}

static lc_code add_buf(files *f, const char *rel, lc_buf *b, lc_err *e);

/* A file the package does not hold (a derived .timelimit). */
static lc_code add_data(files *f, const char *rel, const char *data, size_t len, lc_err *e)
{
    lc_buf b;
    lc_buf_init(&b, PKG_FILE_MAX);
    if (lc_buf_append(&b, data, len)) {
        lc_buf_free(&b);
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    }
    return add_buf(f, rel, &b, e);
}

static lc_code add_file(files *f, const char *root, const char *rel, lc_err *e)
{
    if (f->n >= PKG_FILES_MAX)
        return lc_err_set(e, LC_ERR_LIMIT, "more than %d files", PKG_FILES_MAX);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    lc_buf b;
    lc_buf_init(&b, PKG_FILE_MAX);
    lc_code rc = lc_read_file(path, &b, e);
    if (rc) {
        lc_buf_free(&b);
        return rc;
    }
    return add_buf(f, rel, &b, e);
}

/* Takes b's content as the package file rel. */
static lc_code add_buf(files *f, const char *rel, lc_buf *bp, lc_err *e)
{
    lc_buf b = *bp;
    f->total += b.len;
    if (f->total > PKG_TOTAL_MAX) {
        lc_buf_free(&b);
        return lc_err_set(e, LC_ERR_LIMIT, "package larger than %u bytes", PKG_TOTAL_MAX);
    }
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 64;
        lc_pkg_file *nv = realloc(f->v, f->cap * sizeof *nv);
        if (!nv) {
            lc_buf_free(&b);
            return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        }
        f->v = nv;
    }
    size_t len = b.len;
    f->v[f->n].path = strdup(rel);
    f->v[f->n].data = lc_buf_take(&b);
    f->v[f->n].len = len;
    f->n++;
    return LC_OK;
}

/* Adds every regular file under root/rel (recursively, no symlinks). */
static lc_code add_tree(files *f, const char *root, const char *rel, int depth, lc_err *e)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    DIR *d = opendir(path);
    if (!d)
        return LC_OK;
    lc_code rc = LC_OK;
    struct dirent *de;
    while (!rc && (de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char sub[PATH_MAX];
        snprintf(sub, sizeof sub, "%s/%s", rel, de->d_name);
        char full[PATH_MAX];
        snprintf(full, sizeof full, "%s/%s", root, sub);
        struct stat st;
        if (lstat(full, &st) < 0)
            continue;
        if (S_ISDIR(st.st_mode) && depth < 6)
            rc = add_tree(f, root, sub, depth + 1, e);
        else if (S_ISREG(st.st_mode))
            rc = add_file(f, root, sub, e);
    }
    closedir(d);
    return rc;
}

/* The first accepted reference (by file name): "Run" computes expected output with it. */
static lc_code add_reference(files *f, const char *root, lc_err *e)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/submissions/accepted", root);
    DIR *d = opendir(path);
    if (!d)
        return LC_OK;
    char best[256] = "";
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || !lc_lang_from_path(de->d_name))
            continue;
        /* prefer a fast language for computing expected outputs */
        bool fast = strstr(de->d_name, ".cpp") || strstr(de->d_name, ".c");
        bool best_fast = strstr(best, ".cpp") || strstr(best, ".c");
        if (!best[0] || (fast && !best_fast) ||
            (fast == best_fast && strcmp(de->d_name, best) < 0))
            snprintf(best, sizeof best, "%s", de->d_name);
    }
    closedir(d);
    if (!best[0])
        return LC_OK;
    char rel[300];
    snprintf(rel, sizeof rel, "submissions/accepted/%s", best);
    return add_file(f, root, rel, e);
}

static void files_free(files *f)
{
    lc_pkg_files_free(f->v, f->n);
    memset(f, 0, sizeof *f);
}

lc_code lc_app_import(lc_app *app, const char *dir, int64_t *id, bool *changed, lc_err *e)
{
    return lc_app_import_with_limit(app, dir, 0, id, changed, e);
}

lc_code lc_app_import_with_limit(lc_app *app, const char *dir, double time_limit, int64_t *id,
                                 bool *changed, lc_err *e)
{
    lc_package *p;
    lc_code rc = lc_package_load(dir, &p, e);
    if (rc)
        return rc;
    bool derived = time_limit > 0 && !p->time_limit_given;
    if (derived)
        p->time_limit = time_limit;
    if (!lc_valid_slug(p->slug)) {
        /* the directory's name is the problem's slug, which URLs carry */
        rc = lc_err_set(e, LC_ERR_INVALID,
                        "problem '%.100s': the directory's name is the slug: 1 to 64 of a-z, 0-9 "
                        "and '-'",
                        p->slug);
        lc_package_free(p);
        return rc;
    }
    lc_signature sig;
    if (p->function && lc_signature_parse(p->function, &sig, e)) {
        char msg[600];
        snprintf(msg, sizeof msg, "problem '%s': problem.yaml: %s", p->slug, e->msg);
        lc_package_free(p);
        return lc_err_set(e, LC_ERR_INVALID, "%s", msg);
    }
    lc_buf st;
    lc_buf_init(&st, LC_STATEMENT_MAX);
    lc_statement_markdown(p, &st, NULL);
    json_t *starter = NULL;
    if (p->function) {
        starter = json_object();
        for (const lc_lang *const *l = lc_lang_all(); *l; l++) {
            lc_buf code;
            lc_buf_init(&code, 64 * 1024);
            if (lc_starter_code(&sig, (*l)->id, &code, NULL) == LC_OK)
                json_object_set_new(starter, (*l)->id, json_string(lc_buf_str(&code)));
            lc_buf_free(&code);
        }
    }
    json_t *examples = json_array();
    for (size_t i = 0; i < p->nsamples && i < 10; i++) {
        lc_buf in, out;
        lc_buf_init(&in, 4096);
        lc_buf_init(&out, 4096);
        int fd = open(p->tests[i].in_path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            lc_read_fd_capped(fd, 4096, &in, NULL);
            close(fd);
        }
        fd = open(p->tests[i].ans_path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            lc_read_fd_capped(fd, 4096, &out, NULL);
            close(fd);
        }
        json_t *ji = json_string(lc_buf_str(&in)), *jo = json_string(lc_buf_str(&out));
        json_array_append_new(examples, json_pack("{s:o,s:o}", "input", ji ? ji : json_string(""),
                                                  "output", jo ? jo : json_string("")));
        lc_buf_free(&in);
        lc_buf_free(&out);
    }
    json_t *limits = json_pack("{s:f,s:I,s:I}", "time", p->time_limit, "memory",
                               (json_int_t)p->memory_mib, "output", (json_int_t)p->output_mib);

    files f = {0};
    struct stat sst;
    char tl[PATH_MAX];
    snprintf(tl, sizeof tl, "%s/.timelimit", p->dir);
    rc = add_file(&f, p->dir, "problem.yaml", e);
    if (!rc && derived) {
        char text[32];
        int n = snprintf(text, sizeof text, "%g\n", time_limit);
        rc = add_data(&f, ".timelimit", text, (size_t)n, e);
    } else if (!rc && stat(tl, &sst) == 0) {
        rc = add_file(&f, p->dir, ".timelimit", e);
    }
    /* the legacy layout's directories and 2023-07's (statement/, output_validator/) */
    static const char *const trees[] = {"problem_statement", "statement", "data",
                                        "output_validators", "output_validator"};
    for (size_t t = 0; t < sizeof trees / sizeof trees[0] && !rc; t++)
        rc = add_tree(&f, p->dir, trees[t], 0, e);
    if (!rc)
        rc = add_reference(&f, p->dir, e);
    char hash_hex[65] = "";
    if (!rc) {
        qsort(f.v, f.n, sizeof *f.v, cmp_file);
        crypto_generichash_state hs;
        crypto_generichash_init(&hs, NULL, 0, 32);
        for (size_t i = 0; i < f.n; i++) {
            uint64_t len = f.v[i].len;
            crypto_generichash_update(&hs, (const unsigned char *)f.v[i].path,
                                      strlen(f.v[i].path) + 1);
            crypto_generichash_update(&hs, (const unsigned char *)&len, sizeof len);
            crypto_generichash_update(&hs, (const unsigned char *)f.v[i].data, f.v[i].len);
        }
        unsigned char h[32];
        crypto_generichash_final(&hs, h, sizeof h);
        sodium_bin2hex(hash_hex, sizeof hash_hex, h, sizeof h);

        char *tags = json_dumps(p->tags, JSON_COMPACT);
        char *lim = json_dumps(limits, JSON_COMPACT);
        char *fn = p->function ? json_dumps(p->function, JSON_COMPACT) : NULL;
        char *sc = starter ? json_dumps(starter, JSON_COMPACT) : NULL;
        char *ex = json_dumps(examples, JSON_COMPACT);
        lc_problem rec = {.slug = p->slug, .title = p->title, .difficulty = p->difficulty,
                          .tags_json = tags, .statement = (char *)lc_buf_str(&st),
                          .limits_json = lim, .function_json = fn, .starter_json = sc,
                          .examples_json = ex, .package_hash = hash_hex};
        rc = app->store->ops->problem_put(app->store, &rec, f.v, f.n, id, changed, e);
        free(tags);
        free(lim);
        free(fn);
        free(sc);
        free(ex);
        if (!rc && app->cache)
            app->cache->ops->del_prefix(app->cache, "prob", NULL);
    }
    files_free(&f);
    json_decref(limits);
    json_decref(examples);
    json_decref(starter);
    lc_buf_free(&st);
    lc_package_free(p);
    return rc;
}

/* ---- packages on disk for the judge ---------------------------------------- */

/* Writes the problem's stored package under packages_dir/<slug>-<hash> once
 * (atomically: a temporary directory renamed into place). */
static lc_code materialize(lc_app *app, const lc_problem *p, char *dir, size_t dirsz, lc_err *e)
{
    snprintf(dir, dirsz, "%s/%s-%.16s", app->packages_dir, p->slug,
             p->package_hash ? p->package_hash : "0");
    if (lc_is_dir(dir))
        return LC_OK;
    lc_pkg_file *fv = NULL;
    size_t n = 0;
    lc_code rc = app->store->ops->problem_files(app->store, p->id, &fv, &n, e);
    if (rc)
        return rc;
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s.tmp%d-%lx", dir, (int)getpid(), (unsigned long)pthread_self());
    for (size_t i = 0; i < n && !rc; i++) {
        if (strstr(fv[i].path, "..") || fv[i].path[0] == '/') {
            rc = lc_err_set(e, LC_ERR_INVALID, "bad package path %s", fv[i].path);
            break;
        }
        char full[PATH_MAX];
        snprintf(full, sizeof full, "%s/%s", tmp, fv[i].path);
        char *slash = strrchr(full, '/');
        *slash = '\0';
        rc = lc_mkdir_p(full, 0755, e);
        *slash = '/';
        if (!rc)
            rc = lc_write_file_at(AT_FDCWD, full, fv[i].data, fv[i].len, 0644, e);
    }
    lc_pkg_files_free(fv, n);
    if (!rc && rename(tmp, dir) < 0 && errno != ENOTEMPTY && errno != EEXIST)
        rc = lc_err_sys(e, LC_ERR_IO, "rename %s", tmp);
    lc_remove_tree(tmp); /* lost a race, or failed: remove our copy */
    return rc;
}

/* ---- the "submissions" message ---------------------------------------------- */

lc_code lc_app_enqueue(lc_app *app, const lc_submission *s, lc_err *e)
{
    json_t *m = json_pack("{s:s,s:I,s:I,s:s,s:s,s:s}", "submission_id", s->id, "user_id",
                          (json_int_t)s->user_id, "problem_id", (json_int_t)s->problem_id, "code",
                          s->code ? s->code : "", "language", s->language ? s->language : "",
                          "mode", s->mode ? s->mode : "submit");
    if (s->input)
        json_object_set_new(m, "input", json_string(s->input));
    char *text = json_dumps(m, JSON_COMPACT);
    json_decref(m);
    if (!text)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    lc_code rc = app->queue->ops->publish(app->queue, LC_TOPIC_SUBMISSIONS, s->id, text,
                                          strlen(text), e);
    free(text);
    return rc;
}

void lc_app_rejudge(lc_app *app)
{
    lc_list rj = {0};
    if (app->store->ops->submission_rejudge_list(app->store, 1000, &rj, NULL) != LC_OK)
        return;
    lc_submission *v = rj.items;
    for (size_t i = 0; i < rj.n; i++)
        lc_app_enqueue(app, &v[i], NULL);
    if (rj.n)
        LC_INFO("event=rejudge count=%zu", rj.n);
    lc_list_free_submissions(&rj);
}

/* ---- workers ------------------------------------------------------------------- */

/* Judges one message; returns the submission-results JSON (never NULL). */
/* "Run" with a custom input: the package's reference answers it first, and
 * its answer becomes the expected one the user's code is judged against. */
static void judge_custom_input(lc_worker *w, const char *id, const char *dir, const lc_lang *lang,
                               const char *code, const char *input, lc_judge_result *r,
                               json_t *extra, lc_err *e)
{
    lc_app *app = w->app;
    lc_judge_opts opts = {0};
    /* custom input: expected output from the package's reference, then the user's */
    char tdir[PATH_MAX];
    snprintf(tdir, sizeof tdir, "%s/run-%s", app->packages_dir, id);
    char sub[PATH_MAX + 32];
    snprintf(sub, sizeof sub, "%s/data/sample", tdir);
    lc_mkdir_p(sub, 0755, NULL);
    char yaml[PATH_MAX + 32];
    snprintf(yaml, sizeof yaml, "%s/problem.yaml", tdir);
    char src[PATH_MAX + 32];
    snprintf(src, sizeof src, "%s/problem.yaml", dir);
    lc_buf y;
    lc_buf_init(&y, 1 << 20);
    lc_read_file(src, &y, NULL);
    lc_write_file_at(AT_FDCWD, yaml, lc_buf_str(&y), y.len, 0644, NULL);
    lc_buf_free(&y);
    char in[PATH_MAX + 40], ans[PATH_MAX + 40];
    snprintf(in, sizeof in, "%s/custom.in", sub);
    snprintf(ans, sizeof ans, "%s/custom.ans", sub);
    size_t il = strlen(input);
    lc_write_file_at(AT_FDCWD, in, input, il, 0644, NULL);
    lc_write_file_at(AT_FDCWD, ans, "null\n", 5, 0644, NULL);
    /* the reference's answer becomes the expected one */
    char refdir[PATH_MAX + 40];
    snprintf(refdir, sizeof refdir, "%s/submissions/accepted", dir);
    DIR *d = opendir(refdir);
    struct dirent *de;
    char refpath[PATH_MAX * 2] = "";
    while (d && (de = readdir(d)) != NULL)
        if (de->d_name[0] != '.')
            snprintf(refpath, sizeof refpath, "%s/%s", refdir, de->d_name);
    if (d)
        closedir(d);
    lc_package *tp = NULL;
    lc_buf ref;
    lc_buf_init(&ref, LC_JUDGE_SOURCE_MAX);
    if (refpath[0] && lc_read_file(refpath, &ref, NULL) == LC_OK &&
        lc_package_load(tdir, &tp, NULL) == LC_OK) {
        lc_judge_result rr;
        lc_judge_run(w->sbx, tp, lc_lang_from_path(refpath), lc_buf_str(&ref), ref.len,
                     &opts, &rr, NULL);
        const char *expected = rr.verdict == LC_V_AC ? "null"
                               : rr.verdict == LC_V_WA && rr.failing_actual
                                   ? rr.failing_actual
                                   : NULL;
        if (expected) {
            lc_write_file_at(AT_FDCWD, ans, expected, strlen(expected), 0644, NULL);
            json_object_set_new(extra, "expected_output", json_string(expected));
            lc_package_free(tp);
            tp = NULL;
            lc_package_load(tdir, &tp, NULL);
            if (tp) {
                opts.run_all = true;
                lc_judge_run(w->sbx, tp, lang, code, strlen(code), &opts, r, e);
            }
        } else {
            json_object_set_new(extra, "expected_output", json_null());
            json_object_set_new(extra, "input_error",
                                json_string("this input is not valid for the problem"));
            /* still run the user's code to show what it does */
            opts.run_all = true;
            lc_judge_run(w->sbx, tp, lang, code, strlen(code), &opts, r, e);
        }
        lc_judge_result_free(&rr);
    } else if (lc_package_load(tdir, &tp, e) == LC_OK) {
        /* no reference solution (an admin-made problem): run it, no expected output */
        json_object_set_new(extra, "expected_output", json_null());
        json_object_set_new(extra, "input_error",
                            json_string("this problem has no reference solution, so there "
                                        "is no expected output to compare with"));
        opts.run_all = true;
        lc_judge_run(w->sbx, tp, lang, code, strlen(code), &opts, r, e);
    } else {
        r->verdict = LC_V_IE;
        r->error = strdup(e->msg);
    }
    lc_package_free(tp);
    lc_buf_free(&ref);
    lc_remove_tree(tdir);
}

/* One job's wall-time budget: the package's (every run at its limit), or
 * less when the operator caps it with LITECODE_JOB_BUDGET_MS. A job over it
 * ends as Internal Error; the worker takes the next one. */
static uint64_t job_budget_ms(const lc_package *p, const lc_lang *lang)
{
    uint64_t b = lc_judge_budget_ms(p, lang);
    const char *cap = getenv("LITECODE_JOB_BUDGET_MS");
    if (cap && *cap) {
        char *end;
        unsigned long long v = strtoull(cap, &end, 10);
        if (!*end && v > 0 && v < b)
            b = v;
    }
    return b;
}

static json_t *judge_message(lc_worker *w, json_t *msg, lc_err *e)
{
    lc_app *app = w->app;
    const char *id = json_string_value(json_object_get(msg, "submission_id"));
    const char *code = json_string_value(json_object_get(msg, "code"));
    const char *lang_id = json_string_value(json_object_get(msg, "language"));
    const char *mode = json_string_value(json_object_get(msg, "mode"));
    const char *input = json_string_value(json_object_get(msg, "input"));
    json_int_t pid = json_integer_value(json_object_get(msg, "problem_id"));
    lc_judge_result r;
    memset(&r, 0, sizeof r);
    json_t *extra = NULL;
    char pidstr[32];
    snprintf(pidstr, sizeof pidstr, "%lld", (long long)pid);
    lc_problem prob;
    memset(&prob, 0, sizeof prob);
    const lc_lang *lang = lc_lang_find(lang_id);
    char dir[PATH_MAX];
    lc_package *p = NULL;
    if (!id || !code || !lang) {
        r.verdict = LC_V_IE;
        r.error = strdup("malformed submission message");
    } else if (app->store->ops->problem_get(app->store, pidstr, true, &prob, e) ||
               materialize(app, &prob, dir, sizeof dir, e) || lc_package_load(dir, &p, e)) {
        r.verdict = LC_V_IE;
        r.error = strdup(e->msg);
    } else {
        lc_judge_opts opts = {0};
        bool run = mode && strcmp(mode, "run") == 0;
        if (run && !input) {
            /* "Run": the samples only, every one of them */
            p->ntests = p->nsamples ? p->nsamples : (p->ntests < 3 ? p->ntests : 3);
            opts.run_all = true;
        }
        if (run && input) {
            extra = json_object();
            judge_custom_input(w, id, dir, lang, code, input, &r, extra, e);
        } else {
            opts.budget_ms = job_budget_ms(p, lang);
            lc_judge_run(w->sbx, p, lang, code, strlen(code), &opts, &r, e);
        }
        if (r.over_budget)
            LC_ERROR("event=job_over_budget submission=%s problem=%s budget_ms=%llu error=\"%s\"",
                     id, p->slug, (unsigned long long)job_budget_ms(p, lang),
                     r.error ? r.error : "");
    }
    json_t *res = lc_judge_result_json(&r);
    json_object_set_new(res, "submission_id", json_string(id ? id : ""));
    json_object_set(res, "user_id", json_object_get(msg, "user_id"));
    json_object_set_new(res, "problem_id", json_integer(pid));
    json_object_set_new(res, "mode", json_string(mode ? mode : "submit"));
    if (extra) {
        json_object_update(res, extra);
        json_decref(extra);
    }
    lc_judge_result_free(&r);
    lc_package_free(p);
    lc_problem_free(&prob);
    return res;
}

static void *worker_main(void *arg)
{
    lc_worker *w = arg;
    lc_app *app = w->app;
    while (!atomic_load(&app->stopping)) {
        lc_msg m;
        lc_err e = {0};
        if (app->queue->ops->consume(app->queue, LC_TOPIC_SUBMISSIONS, 500, &m, &e) != LC_OK)
            continue;
        json_t *msg = json_loadb(m.value, m.len, 0, NULL);
        const char *id = msg ? json_string_value(json_object_get(msg, "submission_id")) : NULL;
        lc_submission cur;
        memset(&cur, 0, sizeof cur);
        bool skip = !id;
        if (id && app->store->ops->submission_get(app->store, id, &cur, NULL) == LC_OK &&
            cur.finished_at > 0 && !cur.needs_rejudge)
            skip = true; /* delivered twice: it has its verdict already */
        if (!skip) {
            bool started;
            app->store->ops->submission_start(app->store, id, &started, NULL);
            if (started)
                lc_app_notify(app, id);
            struct timespec t0, t1;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            json_t *res = judge_message(w, msg, &e);
            clock_gettime(CLOCK_MONOTONIC, &t1);
            atomic_fetch_add(&app->judge_us_sum, (long long)((t1.tv_sec - t0.tv_sec) * 1000000 +
                                                            (t1.tv_nsec - t0.tv_nsec) / 1000));
            atomic_fetch_add(&app->judge_count, 1);
            LC_INFO("event=judged submission=%s worker=%d result=\"%s\" ms=%lld", id, w->index,
                    json_string_value(json_object_get(res, "result")) ?: "",
                    (long long)((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000));
            char *text = json_dumps(res, JSON_COMPACT | JSON_REAL_PRECISION(9));
            json_decref(res);
            lc_code rc = LC_ERR_BUSY;
            /* the first try even while stopping: the verdict is done, hand it on */
            for (int tries = 0;
                 text && rc == LC_ERR_BUSY && (tries == 0 || !atomic_load(&app->stopping));
                 tries++) {
                rc = app->queue->ops->publish(app->queue, LC_TOPIC_RESULTS, id, text, strlen(text),
                                              &e);
                if (rc == LC_ERR_BUSY)
                    usleep(10000);
            }
            free(text);
            if (rc) {
                LC_ERROR("event=result_publish_failed submission=%s error=\"%s\"", id, e.msg);
                app->queue->ops->nack(app->queue, &m, NULL);
                lc_msg_free(&m);
                json_decref(msg);
                lc_submission_free(&cur);
                continue;
            }
        }
        lc_submission_free(&cur);
        json_decref(msg);
        app->queue->ops->ack(app->queue, &m, NULL);
        lc_msg_free(&m);
    }
    return NULL;
}

/* ---- the results consumer ---------------------------------------------------- */

/* Applies one verdict message; false when the store failed for a reason that
 * may pass (down, busy): the message is then delivered again, never dropped. */
static bool apply_result(lc_app *app, json_t *res)
{
    const char *id = json_string_value(json_object_get(res, "submission_id"));
    if (!id)
        return true;
    lc_submission s;
    memset(&s, 0, sizeof s);
    snprintf(s.id, sizeof s.id, "%s", id);
    s.status = (char *)json_string_value(json_object_get(res, "status"));
    s.result = (char *)json_string_value(json_object_get(res, "result"));
    s.runtime = json_number_value(json_object_get(res, "runtime"));
    s.memory = json_integer_value(json_object_get(res, "memory"));
    s.passed = json_integer_value(json_object_get(res, "passed"));
    s.total = json_integer_value(json_object_get(res, "total"));
    s.finished_at = now_ms();
    json_t *details = json_object();
    for (size_t i = 0; i < lc_result_details_n; i++) {
        json_t *v = json_object_get(res, lc_result_details[i][0]);
        if (v)
            json_object_set(details, lc_result_details[i][0], v);
    }
    char *d = json_dumps(details, JSON_COMPACT | JSON_REAL_PRECISION(9));
    json_decref(details);
    s.details_json = d;
    bool applied = false;
    lc_err e = {0};
    lc_code rc = s.status ? app->store->ops->submission_finish(app->store, &s, &applied, &e)
                          : LC_ERR_INVALID;
    if (rc)
        LC_WARN("event=result_not_applied submission=%s error=\"%s\"", id, e.msg);
    free(d);
    if (rc == LC_ERR_IO || rc == LC_ERR_BUSY || rc == LC_ERR_NOMEM || rc == LC_ERR_INTERNAL)
        return false;
    if (applied) {
        lc_app_notify(app, id);
        for (int v = LC_V_AC; v <= LC_V_IE; v++)
            if (s.result && strcmp(s.result, lc_verdict_result((lc_verdict)v)) == 0)
                atomic_fetch_add(&app->verdicts[v], 1);
        app->cache->ops->del_prefix(app->cache, "prob", NULL);
    }
    return true;
}

static void *results_main(void *arg)
{
    lc_app *app = arg;
    while (!atomic_load(&app->stopping)) {
        lc_msg m;
        if (app->queue->ops->consume(app->queue, LC_TOPIC_RESULTS, 500, &m, NULL) != LC_OK)
            continue;
        json_t *res = json_loadb(m.value, m.len, 0, NULL);
        bool done = !res || apply_result(app, res);
        json_decref(res);
        if (done) {
            app->queue->ops->ack(app->queue, &m, NULL);
        } else {
            usleep(200000); /* the store is down: again in a moment, not in a hot loop */
            app->queue->ops->nack(app->queue, &m, NULL);
        }
        lc_msg_free(&m);
    }
    return NULL;
}

/* ---- live notices ---------------------------------------------------------------- */

unsigned lc_live_bucket(const char *id)
{
    unsigned h = 2166136261u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h % LC_LIVE_BUCKETS;
}

static void on_live(void *arg, const char *msg, size_t len)
{
    lc_app *app = arg;
    if (len > 0 && len < 40)
        atomic_fetch_add(&app->live[lc_live_bucket(msg)], 1);
}

void lc_app_notify(lc_app *app, const char *id)
{
    if (!id)
        return;
    if (!app->cache->ops->publish ||
        app->cache->ops->publish(app->cache, LC_LIVE_CHANNEL, id, strlen(id), NULL) != LC_OK)
        on_live(app, id, strlen(id)); /* Redis down: this process at least */
}

/* ---- the sweeper ---------------------------------------------------------------- */

/* With a queue outside the process (Kafka), a submission can be stored as
 * pending and its publish fail afterwards (the broker unreachable for longer
 * than the delivery timeout): the client has its 201, nothing is in the
 * queue. Every LITECODE_SWEEP_INTERVAL seconds (30) the process that
 * consumes results publishes again every submission still pending
 * LITECODE_SWEEP_AGE seconds (120) after its creation; a duplicate is
 * harmless (workers skip what has its verdict, the store applies one verdict).
 * The in-process queue needs none: it loses nothing while the process lives,
 * and a restart re-queues everything unfinished. */
static int env_seconds(const char *name, int def)
{
    const char *v = getenv(name);
    char *end;
    long n = v && *v ? strtol(v, &end, 10) : def;
    return v && *v && (*end || n < 1 || n > 86400) ? def : (int)n;
}

static void *sweeper_main(void *arg)
{
    lc_app *app = arg;
    int interval = env_seconds("LITECODE_SWEEP_INTERVAL", 30);
    int64_t age_ms = (int64_t)env_seconds("LITECODE_SWEEP_AGE", 120) * 1000;
    while (!atomic_load(&app->stopping)) {
        for (int i = 0; i < interval * 10 && !atomic_load(&app->stopping); i++)
            usleep(100000);
        if (atomic_load(&app->stopping))
            break;
        lc_list l = {0};
        if (app->store->ops->submission_unfinished(app->store, &l, NULL) != LC_OK)
            continue;
        int64_t now = now_ms();
        size_t n = 0;
        lc_submission *v = l.items;
        for (size_t i = 0; i < l.n && !atomic_load(&app->stopping); i++)
            if (strcmp(v[i].status, "pending") == 0 && now - v[i].created_at >= age_ms &&
                lc_app_enqueue(app, &v[i], NULL) == LC_OK)
                n++;
        if (n)
            LC_WARN("event=swept count=%zu (pending %lld s after creation: queued again)", n,
                    (long long)(age_ms / 1000));
        lc_list_free_submissions(&l);
    }
    return NULL;
}

/* ---- life cycle --------------------------------------------------------------- */

lc_code lc_app_open(const lc_app_config *cfg, lc_app **out, lc_err *e)
{
    *out = NULL;
    if (sodium_init() < 0)
        return lc_err_set(e, LC_ERR_INTERNAL, "libsodium failed to initialize");
    lc_app *app = calloc(1, sizeof *app);
    if (!app)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    app->cfg = *cfg;
    app->started_at = now_ms();
    /* an SSE stream reads the store when a live notice moved its bucket, and
     * at least this often (a notice may be lost: Redis restarting) */
    const char *poll = getenv("LITECODE_SSE_POLL_MS");
    app->sse_poll_ms = poll && atoi(poll) >= 10 && atoi(poll) <= 600000 ? atoi(poll) : 1000;
    /* LITECODE_GROUP_COMMIT=0: one transaction per submission (for comparison in benchmarks) */
    const char *gc = getenv("LITECODE_GROUP_COMMIT");
    app->group_commit_max = gc && strcmp(gc, "0") == 0 ? 1 : 1024;
    const char *data = cfg->data_dir ? cfg->data_dir : "./data";
    lc_code rc = lc_mkdir_p(data, 0755, e);
    snprintf(app->packages_dir, sizeof app->packages_dir, "%s/packages", data);
    if (!rc)
        rc = lc_mkdir_p(app->packages_dir, 0755, e);
    char store_url[600];
    if (cfg->store_url)
        snprintf(store_url, sizeof store_url, "%s", cfg->store_url);
    else
        snprintf(store_url, sizeof store_url, "sqlite:%s/litecode.db", data);
    if (!rc)
        rc = lc_store_open(store_url, &app->store, e);
    if (!rc)
        rc = lc_cache_open(cfg->cache_url ? cfg->cache_url : "memory:", &app->cache, e);
    if (!rc)
        rc = lc_queue_open(cfg->queue_url ? cfg->queue_url : "memory:", &app->queue, e);
    if (rc) {
        lc_app_close(app);
        return rc;
    }
    *out = app;
    return LC_OK;
}

const char *lc_lang_version_text(int index);

lc_code lc_app_start(lc_app *app, lc_err *e)
{
    int n = app->cfg.workers;
    if (n == 0) {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        n = c > 0 ? (int)c : 1;
    }
    if (n > 0) {
        app->workers = calloc((size_t)n, sizeof *app->workers);
        if (!app->workers)
            return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        lc_judge_opts opts = {0};
        lc_sbx_config sc = {.slot = -1, .ro_paths = lc_judge_sandbox_paths(&opts),
                         .ro_targets = lc_judge_sandbox_targets()};
        for (int i = 0; i < n; i++) {
            lc_worker *w = &app->workers[i];
            w->app = app;
            w->index = i;
            lc_code rc = lc_sbx_open(&sc, &w->sbx, e);
            if (rc)
                return rc;
            if (pthread_create(&w->thread, NULL, worker_main, w) != 0)
                return lc_err_set(e, LC_ERR_IO, "cannot start worker %d", i);
            app->nworkers++;
        }
    }
    if (app->cfg.results_consumer) {
        if (pthread_create(&app->results_thread, NULL, results_main, app) != 0)
            return lc_err_set(e, LC_ERR_IO, "cannot start the results consumer");
        app->results_running = true;
        if (app->queue->ops != &lc_queue_memory_ops) {
            if (pthread_create(&app->sweeper_thread, NULL, sweeper_main, app) != 0)
                return lc_err_set(e, LC_ERR_IO, "cannot start the sweeper");
            app->sweeper_running = true;
        }
    }
    /* nothing is lost: whatever was pending or running when we stopped goes
     * back in line (by the process that consumes results: serve or api) */
    lc_list l = {0};
    if (app->cfg.results_consumer &&
        app->store->ops->submission_unfinished(app->store, &l, NULL) == LC_OK) {
        lc_submission *v = l.items;
        for (size_t i = 0; i < l.n; i++)
            if (lc_app_enqueue(app, &v[i], NULL) != LC_OK)
                LC_WARN("event=requeue_failed submission=%s", v[i].id);
        if (l.n)
            LC_INFO("event=requeued count=%zu", l.n);
        lc_list_free_submissions(&l);
    }
    if (app->cfg.results_consumer)
        lc_app_rejudge(app);
    if ((app->cfg.port || app->cfg.host) && !app->cfg.health_only && app->cache->ops->subscribe) {
        /* the live notices of every process, for this one's SSE streams */
        lc_err se = {0};
        if (app->cache->ops->subscribe(app->cache, LC_LIVE_CHANNEL, on_live, app, &se) != LC_OK)
            LC_WARN("event=live_subscribe_failed error=\"%s\"", se.msg);
    }
    if (app->cfg.port || app->cfg.host) {
        /* request threads run as an unprivileged user: the directory where admin
         * requests build new packages is theirs, in /tmp (the data directory's
         * parents may not be open to them) */
        unsigned uid = geteuid() == 0 ? LC_HTTP_UID : 0;
        const char *tmp = getenv("TMPDIR");
        snprintf(app->uploads_dir, sizeof app->uploads_dir, "%s/litecode-uploads-XXXXXX",
                 tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(app->uploads_dir))
            return lc_err_sys(e, LC_ERR_IO, "mkdtemp %s", app->uploads_dir);
        if (uid && chown(app->uploads_dir, uid, uid) != 0)
            uid = 0;
        /* the toolchains' versions, read once here: the request threads run
           unprivileged and may not reach a toolchain under /root (rustup's) */
        (void)lc_lang_version_text(0);
        lc_http_config hc = {.host = app->cfg.host, .port = app->cfg.port,
                             .static_dir = app->cfg.health_only ? NULL : app->cfg.static_dir,
                             .routes = app->cfg.health_only ? lc_app_health_routes()
                                                            : lc_app_routes(),
                             .app = app, .body_max = 256 * 1024, .drop_privileges = true,
                             .run_as_uid = uid, .run_as_gid = uid};
        lc_code rc = lc_http_start(&hc, &app->http, e);
        if (rc)
            return rc;
    }
    return LC_OK;
}

void lc_app_stop(lc_app *app)
{
    if (!app)
        return;
    atomic_store(&app->stopping, true);
    if (app->http) {
        lc_http_stop(app->http);
        app->http = NULL;
    }
    if (app->queue)
        app->queue->ops->shutdown(app->queue);
    for (int i = 0; i < app->nworkers; i++) {
        pthread_join(app->workers[i].thread, NULL);
        lc_sbx_close(app->workers[i].sbx);
    }
    app->nworkers = 0;
    if (app->results_running) {
        pthread_join(app->results_thread, NULL);
        app->results_running = false;
    }
    if (app->sweeper_running) {
        pthread_join(app->sweeper_thread, NULL);
        app->sweeper_running = false;
    }
}

void lc_app_close(lc_app *app)
{
    if (!app)
        return;
    lc_app_stop(app);
    free(app->workers);
    if (app->uploads_dir[0])
        lc_remove_tree(app->uploads_dir);
    lc_queue_close(app->queue);
    lc_cache_close(app->cache);
    lc_store_close(app->store);
    free(app);
}

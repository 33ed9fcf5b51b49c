/* The store's URL dispatch and the records' free helpers. */
#include "sql.h"

#include "../util/url.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* libpq takes the whole URL. */
static lc_code pg_open(const char *rest, lc_store **out, lc_err *e)
{
    size_t n = strlen(rest);
    char *url = malloc(n + sizeof "postgresql:");
    if (!url)
        return lc_err_set(e, LC_ERR_NOMEM, "store: out of memory");
    memcpy(url, "postgresql:", sizeof "postgresql:" - 1);
    memcpy(url + sizeof "postgresql:" - 1, rest, n + 1);
    lc_code rc = lc_store_pg_open(url, out, e);
    free(url);
    return rc;
}

/* Backends by scheme; open gets what follows "scheme:". */
static const struct {
    const char *scheme;
    lc_code (*open)(const char *rest, lc_store **out, lc_err *e);
} backends[] = {
    {"sqlite", lc_store_sqlite_open},
    {"postgres", pg_open},
    {"postgresql", pg_open},
};

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

lc_code lc_store_open(const char *url, lc_store **out, lc_err *e)
{
    *out = NULL;
    if (!url || !*url)
        return lc_err_set(e, LC_ERR_INVALID, "store: empty URL");
    size_t n = lc_url_scheme(url);
    for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++)
        if (lc_url_is(url, n, backends[i].scheme))
            return backends[i].open(url + n + 1, out, e);
    if (ends_with(url, ".db"))
        return lc_store_sqlite_open(url, out, e);
    if (n)
        return lc_err_set(e, LC_ERR_INVALID, "store: unknown scheme '%.*s' in URL (known: sqlite:, postgresql:)",
                          (int)(n > 64 ? 64 : n), url);
    return lc_err_set(e, LC_ERR_INVALID,
                      "store: '%.200s' is not a store URL (sqlite:PATH, a path ending in .db, or postgresql://...)",
                      url);
}

void lc_store_close(lc_store *s)
{
    if (s)
        s->ops->close(s);
}

void lc_user_free(lc_user *u)
{
    if (!u)
        return;
    free(u->username);
    free(u->email);
    free(u->password_hash);
    memset(u, 0, sizeof *u);
}

void lc_problem_free(lc_problem *p)
{
    if (!p)
        return;
    free(p->slug);
    free(p->title);
    free(p->difficulty);
    free(p->tags_json);
    free(p->statement);
    free(p->limits_json);
    free(p->function_json);
    free(p->starter_json);
    free(p->examples_json);
    free(p->package_hash);
    memset(p, 0, sizeof *p);
}

void lc_store_submission_create_many(lc_store *s, const lc_submission *subs, size_t n,
                                     lc_code *rcs, lc_err *errs)
{
    if (s->ops->submission_create_many) {
        s->ops->submission_create_many(s, subs, n, rcs, errs);
        return;
    }
    for (size_t i = 0; i < n; i++)
        rcs[i] = s->ops->submission_create(s, &subs[i], &errs[i]);
}

void lc_submission_free(lc_submission *s)
{
    if (!s)
        return;
    free(s->language);
    free(s->code);
    free(s->mode);
    free(s->input);
    free(s->status);
    free(s->result);
    free(s->details_json);
    memset(s, 0, sizeof *s);
}

void lc_list_free_problems(lc_list *l)
{
    if (!l)
        return;
    lc_problem *items = l->items;
    for (size_t i = 0; i < l->n; i++)
        lc_problem_free(&items[i]);
    free(items);
    memset(l, 0, sizeof *l);
}

void lc_list_free_submissions(lc_list *l)
{
    if (!l)
        return;
    lc_submission *items = l->items;
    for (size_t i = 0; i < l->n; i++)
        lc_submission_free(&items[i]);
    free(items);
    memset(l, 0, sizeof *l);
}

void lc_pkg_files_free(lc_pkg_file *f, size_t n)
{
    if (!f)
        return;
    for (size_t i = 0; i < n; i++) {
        free(f[i].path);
        free(f[i].data);
    }
    free(f);
}

void lc_tags_free(char **names, int64_t *ids, size_t n)
{
    if (names)
        for (size_t i = 0; i < n; i++)
            free(names[i]);
    free(names);
    free(ids);
}

#include "package.h"

#include "../util/buf.h"
#include "../util/fs.h"
#include "../util/yaml.h"

#include <dirent.h>
#include <stdarg.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Every error: "problem 'SLUG': FILE: message". */
static lc_code pkg_err(lc_err *e, lc_code code, const lc_package *p, const char *file,
                       const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static lc_code pkg_err(lc_err *e, lc_code code, const lc_package *p, const char *file,
                       const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return lc_err_set(e, code, "problem '%s': %s: %s", p->slug ? p->slug : "?", file, msg);
}

void lc_package_free(lc_package *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->ntests; i++) {
        free(p->tests[i].name);
        free(p->tests[i].in_path);
        free(p->tests[i].ans_path);
    }
    free(p->tests);
    for (size_t i = 0; i < p->ngroups; i++) {
        free(p->groups[i].name);
        free(p->groups[i].items);
    }
    free(p->groups);
    free(p->format);
    free(p->dir);
    free(p->slug);
    free(p->title);
    free(p->difficulty);
    free(p->validator_dir);
    json_decref(p->tags);
    json_decref(p->function);
    json_decref(p->yaml);
    free(p);
}

/* A positive number from a YAML scalar (strings only: YAML scalars stay strings). */
static int get_number(json_t *v, double *out)
{
    if (!json_is_string(v))
        return -1;
    const char *s = json_string_value(v);
    char *end;
    errno = 0;
    double d = strtod(s, &end);
    if (end == s || *end || errno || !isfinite(d) || d <= 0)
        return -1;
    *out = d;
    return 0;
}

static char *path_join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", a, b);
    return p;
}

/* Parses the package's YAML file REL (at most LC_PKG_YAML_MAX bytes) into
 * *out; *missing (and LC_OK) when there is no such file. */
static lc_code read_yaml(lc_package *p, const char *rel, json_t **out, bool *missing, lc_err *e)
{
    *out = NULL;
    *missing = false;
    char *path = path_join(p->dir, rel);
    if (!path)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    lc_buf b;
    lc_buf_init(&b, LC_PKG_YAML_MAX);
    lc_err fe = {0};
    lc_code rc = lc_read_file(path, &b, &fe);
    free(path);
    if (rc == LC_ERR_NOTFOUND) {
        lc_buf_free(&b);
        *missing = true;
        return LC_OK;
    }
    if (!rc)
        rc = lc_yaml_parse(lc_buf_str(&b), b.len, out, &fe);
    lc_buf_free(&b);
    return rc ? pkg_err(e, LC_ERR_INVALID, p, rel, "%s", fe.msg) : LC_OK;
}

/* ---- test groups (scoring problems) --------------------------------------- */

#define LC_PKG_MAX_GROUPS 1000

/* Any real number or +-inf ("inf", "-inf", "+inf"). */
static int parse_real(const char *s, double *out)
{
    char *end;
    errno = 0;
    double d = strtod(s, &end);
    while (*end == ' ')
        end++;
    if (end == s || *end || errno || isnan(d))
        return -1;
    *out = d;
    return 0;
}

/* The same from a YAML scalar (YAML scalars stay strings). */
static int get_real(json_t *v, double *out)
{
    return json_is_string(v) ? parse_real(json_string_value(v), out) : -1;
}

static lc_code add_item(lc_package *p, size_t g, bool is_group, size_t index, lc_err *e)
{
    lc_group *gr = &p->groups[g];
    lc_group_item *ni = realloc(gr->items, (gr->nitems + 1) * sizeof *ni);
    if (!ni)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    gr->items = ni;
    gr->items[gr->nitems++] = (lc_group_item){.is_group = is_group, .index = index};
    return LC_OK;
}

/* Applies data/REL/testdata.yaml, when there is one, over the group's
 * inherited settings, key by key. */
static lc_code apply_testdata(lc_package *p, lc_group *g, lc_err *e)
{
    char rel[PATH_MAX];
    snprintf(rel, sizeof rel, "data%s%s/testdata.yaml", g->name[0] ? "/" : "", g->name);
    json_t *y = NULL;
    bool missing = false;
    lc_code rc = read_yaml(p, rel, &y, &missing, e);
    if (rc || missing)
        return rc;
    json_t *v;
    double d = 0;
    if (json_is_null(y)) {
        /* an empty file changes nothing */
    } else if (!json_is_object(y)) {
        rc = pkg_err(e, LC_ERR_INVALID, p, rel, "must be a mapping");
    } else if ((v = json_object_get(y, "grading")) && !json_is_null(v) &&
               !(json_is_string(v) && strcmp(json_string_value(v), "default") == 0)) {
        rc = pkg_err(e, LC_ERR_INVALID, p, rel,
                     "grading: only the default grader is supported (no custom graders)");
    } else {
        if ((v = json_object_get(y, "on_reject")) && !json_is_null(v)) {
            const char *o = json_is_string(v) ? json_string_value(v) : "";
            if (strcmp(o, "break") == 0 || strcmp(o, "continue") == 0)
                g->on_reject_break = strcmp(o, "break") == 0;
            else
                rc = pkg_err(e, LC_ERR_INVALID, p, rel, "on_reject: must be break or continue");
        }
        if (!rc && (v = json_object_get(y, "accept_score")) && !json_is_null(v)) {
            if (get_real(v, &d) || !isfinite(d))
                rc = pkg_err(e, LC_ERR_INVALID, p, rel, "accept_score: must be a number");
            else
                g->accept_score = d;
        }
        if (!rc && (v = json_object_get(y, "reject_score")) && !json_is_null(v)) {
            if (get_real(v, &d) || !isfinite(d))
                rc = pkg_err(e, LC_ERR_INVALID, p, rel, "reject_score: must be a number");
            else
                g->reject_score = d;
        }
        if (!rc && (v = json_object_get(y, "range")) && !json_is_null(v)) {
            char lo[64], hi[64], extra;
            const char *r = json_is_string(v) ? json_string_value(v) : "";
            double a, z;
            if (sscanf(r, "%63s %63s %c", lo, hi, &extra) != 2 ||
                parse_real(lo, &a) || parse_real(hi, &z) || a > z)
                rc = pkg_err(e, LC_ERR_INVALID, p, rel,
                             "range: must be two numbers, the minimum first (\"0 100\")");
            else {
                g->range_min = a;
                g->range_max = z;
            }
        }
        if (!rc && (v = json_object_get(y, "grader_flags")) && !json_is_null(v)) {
            if (!json_is_string(v)) {
                rc = pkg_err(e, LC_ERR_INVALID, p, rel, "grader_flags: must be a string");
            } else {
                /* Kattis's default grader's flags, all of them replaced (the key is
                   inherited whole); it ignores any other word, and so do we */
                g->score_agg = LC_SCORE_SUM;
                g->verdict_agg = LC_VERDICT_WORST;
                g->ignore_sample = g->accept_if_any = false;
                char flags[512];
                snprintf(flags, sizeof flags, "%s", json_string_value(v));
                char *save = NULL;
                for (char *f = strtok_r(flags, " \t", &save); f; f = strtok_r(NULL, " \t", &save)) {
                    static const char *const score_names[] = {"sum", "avg", "min", "max"};
                    for (int k = 0; k < 4; k++)
                        if (strcmp(f, score_names[k]) == 0)
                            g->score_agg = (lc_score_agg)k;
                    if (strcmp(f, "worst_error") == 0 || strcmp(f, "no_errors") == 0)
                        g->verdict_agg = LC_VERDICT_WORST;
                    else if (strcmp(f, "first_error") == 0)
                        g->verdict_agg = LC_VERDICT_FIRST;
                    else if (strcmp(f, "always_accept") == 0)
                        g->verdict_agg = LC_VERDICT_ALWAYS_AC;
                    else if (strcmp(f, "ignore_sample") == 0)
                        g->ignore_sample = true;
                    else if (strcmp(f, "accept_if_any_accepted") == 0)
                        g->accept_if_any = true;
                }
            }
        }
    }
    json_decref(y);
    return rc;
}

/* A new group for directory data/NAME, inheriting its parent's settings key
 * by key, as Kattis's problemtools does (parent < 0: data/ itself, with the
 * defaults). *out: its index. */
static lc_code new_group(lc_package *p, long parent, const char *name, size_t *out, lc_err *e)
{
    if (p->ngroups >= LC_PKG_MAX_GROUPS)
        return pkg_err(e, LC_ERR_LIMIT, p, "data", "more than %d test groups", LC_PKG_MAX_GROUPS);
    lc_group *ng = realloc(p->groups, (p->ngroups + 1) * sizeof *ng);
    if (!ng)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    p->groups = ng;
    lc_group *g = &p->groups[p->ngroups];
    if (parent >= 0) {
        *g = p->groups[parent];
    } else {
        *g = (lc_group){.accept_score = 1, .reject_score = 0, .range_min = -INFINITY,
                        .range_max = INFINITY, .on_reject_break = true};
    }
    g->items = NULL;
    g->nitems = 0;
    g->name = strdup(name);
    if (!g->name)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    size_t idx = p->ngroups++;
    lc_code rc = apply_testdata(p, &p->groups[idx], e);
    if (!rc && parent >= 0)
        rc = add_item(p, (size_t)parent, true, idx, e);
    *out = idx;
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects NAME.in files under dir (recursively, sorted) as tests. */
static lc_code scan_tests(lc_package *p, const char *data_dir, const char *rel, bool sample,
                          int depth, size_t *cap, size_t group, lc_err *e)
{
    char *dir = path_join(data_dir, rel);
    if (!dir)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    DIR *d = opendir(dir);
    if (!d) {
        lc_code rc = errno == ENOENT ? LC_OK
                                     : pkg_err(e, LC_ERR_INVALID, p, rel, "cannot open: %s",
                                            strerror(errno));
        free(dir);
        return rc;
    }
    char **names = NULL;
    size_t n = 0, ncap = 0;
    lc_code rc = LC_OK;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == ncap) {
            ncap = ncap ? ncap * 2 : 64;
            char **nn = realloc(names, ncap * sizeof *names);
            if (!nn) {
                rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
                break;
            }
            names = nn;
        }
        if (!(names[n++] = strdup(de->d_name))) {
            rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
            break;
        }
        if (n > LC_PKG_MAX_TESTS * 3) {
            rc = pkg_err(e, LC_ERR_LIMIT, p, rel, "too many files");
            break;
        }
    }
    closedir(d);
    if (!rc)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && !rc; i++) {
        char *full = path_join(dir, names[i]);
        char relname[PATH_MAX];
        snprintf(relname, sizeof relname, "%s/%s", rel, names[i]);
        struct stat st;
        if (!full || stat(full, &st) < 0) {
            free(full);
            continue;
        }
        size_t nl = strlen(names[i]);
        if (S_ISDIR(st.st_mode)) {
            size_t sub = group;
            if (depth < 4 && p->scoring)
                rc = new_group(p, (long)group, relname, &sub, e);
            if (depth < 4 && !rc)
                rc = scan_tests(p, data_dir, relname, sample, depth + 1, cap, sub, e);
        } else if (S_ISREG(st.st_mode) && nl > 3 && strcmp(names[i] + nl - 3, ".in") == 0) {
            if (p->ntests >= LC_PKG_MAX_TESTS) {
                rc = pkg_err(e, LC_ERR_LIMIT, p, "data", "more than %d tests", LC_PKG_MAX_TESTS);
            } else {
                char ans[PATH_MAX];
                snprintf(ans, sizeof ans, "%.*s.ans", (int)(strlen(full) - 3), full);
                struct stat ast;
                if (stat(ans, &ast) < 0 || !S_ISREG(ast.st_mode)) {
                    rc = pkg_err(e, LC_ERR_INVALID, p, relname, "has no matching .ans file");
                } else {
                    if (p->ntests == *cap) {
                        *cap = *cap ? *cap * 2 : 32;
                        lc_test *nt = realloc(p->tests, *cap * sizeof *nt);
                        if (!nt) {
                            free(full);
                            rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
                            break;
                        }
                        p->tests = nt;
                    }
                    lc_test *t = &p->tests[p->ntests];
                    t->name = strndup(relname, strlen(relname) - 3);
                    t->in_path = strdup(full);
                    t->ans_path = strdup(ans);
                    t->sample = sample;
                    t->group = group;
                    p->ntests++;
                    if (!t->name || !t->in_path || !t->ans_path)
                        rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
                    else if (p->scoring)
                        rc = add_item(p, group, false, p->ntests - 1, e);
                }
            }
        }
        free(full);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(dir);
    return rc;
}

static lc_code load_yaml(lc_package *p, lc_err *e)
{
    bool missing = false;
    lc_code rc = read_yaml(p, "problem.yaml", &p->yaml, &missing, e);
    if (rc)
        return rc;
    if (missing)
        return pkg_err(e, LC_ERR_INVALID, p, "problem.yaml", "missing");
    if (!json_is_object(p->yaml))
        return pkg_err(e, LC_ERR_INVALID, p, "problem.yaml", "must be a mapping");
    return LC_OK;
}

static lc_code read_timelimit_file(lc_package *p, lc_err *e)
{
    char *path = path_join(p->dir, ".timelimit");
    if (!path)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    lc_buf b;
    lc_buf_init(&b, 64);
    lc_code rc = lc_read_file(path, &b, NULL);
    free(path);
    if (rc == LC_OK) {
        char *end;
        double d = strtod(lc_buf_str(&b), &end);
        while (*end == ' ' || *end == '\n' || *end == '\r' || *end == '\t')
            end++;
        if (end == lc_buf_str(&b) || *end || !isfinite(d) || d <= 0) {
            lc_buf_free(&b);
            return pkg_err(e, LC_ERR_INVALID, p, ".timelimit", "not a positive number");
        }
        p->time_limit = d;
    }
    lc_buf_free(&b);
    return LC_OK;
}

static lc_code parse_fields(lc_package *p, lc_err *e)
{
    json_t *y = p->yaml;
    const char *F = "problem.yaml";
    json_t *v = json_object_get(y, "problem_format_version");
    if (v && !json_is_null(v)) {
        const char *f = json_is_string(v) ? json_string_value(v) : "";
        if (strcmp(f, "legacy") && strcmp(f, "2023-07") && strcmp(f, "2023-07-draft"))
            return pkg_err(e, LC_ERR_INVALID, p, F,
                           "problem_format_version: must be legacy, 2023-07 or 2023-07-draft");
    }
    p->format = strdup(json_is_string(v) ? json_string_value(v) : "legacy");
    /* type: pass-fail (default) or scoring; a string, or a list in 2023-07 */
    v = json_object_get(y, "type");
    if (v && !json_is_null(v)) {
        json_t *one = json_is_array(v) ? NULL : v;
        size_t n = json_is_array(v) ? json_array_size(v) : 1;
        for (size_t i = 0; i < n; i++) {
            json_t *t = one ? one : json_array_get(v, i);
            const char *ts = json_is_string(t) ? json_string_value(t) : "";
            if (strcmp(ts, "scoring") == 0)
                p->scoring = true;
            else if (strcmp(ts, "interactive") == 0)
                return pkg_err(e, LC_ERR_INVALID, p, F,
                               "type: interactive problems are not supported yet");
            else if (strcmp(ts, "pass-fail") != 0)
                return pkg_err(e, LC_ERR_INVALID, p, F, "type: must be pass-fail or scoring");
        }
    }
    /* name: a string, or (2023-07) a map of languages: English, else the first */
    v = json_object_get(y, "name");
    if (json_is_object(v)) {
        json_t *en = json_object_get(v, "en");
        if (!json_is_string(en)) {
            const char *k;
            json_t *x;
            en = NULL;
            json_object_foreach(v, k, x)
            {
                if (json_is_string(x)) {
                    en = x;
                    break;
                }
            }
        }
        v = en;
        if (!v)
            return pkg_err(e, LC_ERR_INVALID, p, F, "name: the map holds no name");
    }
    if (v && !json_is_string(v) && !json_is_null(v))
        return pkg_err(e, LC_ERR_INVALID, p, F, "name: must be a string or a map of languages");
    p->title = strdup(json_is_string(v) ? json_string_value(v) : p->slug);
    v = json_object_get(y, "difficulty");
    const char *diff = json_is_string(v) ? json_string_value(v) : "medium";
    if (strcmp(diff, "easy") && strcmp(diff, "medium") && strcmp(diff, "hard"))
        return pkg_err(e, LC_ERR_INVALID, p, F, "difficulty: must be easy, medium or hard");
    p->difficulty = strdup(diff);
    v = json_object_get(y, "tags");
    p->tags = json_array();
    if (v && !json_is_null(v)) {
        if (!json_is_array(v))
            return pkg_err(e, LC_ERR_INVALID, p, F, "tags: must be a list");
        size_t i;
        json_t *t;
        json_array_foreach(v, i, t)
        {
            if (!json_is_string(t))
                return pkg_err(e, LC_ERR_INVALID, p, F, "tags[%zu]: must be a string", i);
            json_array_append(p->tags, t);
        }
    }
    if (!p->title || !p->difficulty || !p->tags || !p->format)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");

    p->time_limit = 0;
    p->memory_mib = 1024;
    p->output_mib = 8;
    json_t *lim = json_object_get(y, "limits");
    if (lim && !json_is_null(lim)) {
        if (!json_is_object(lim))
            return pkg_err(e, LC_ERR_INVALID, p, F, "limits: must be a mapping");
        double d;
        if ((v = json_object_get(lim, "time_limit")) && !json_is_null(v)) {
            if (get_number(v, &d) || d > 60)
                return pkg_err(e, LC_ERR_INVALID, p, F,
                            "limits.time_limit: must be a number of seconds in (0, 60]");
            p->time_limit = d;
        }
        if ((v = json_object_get(lim, "memory")) && !json_is_null(v)) {
            if (get_number(v, &d) || d < 1 || d > 16384 || d != floor(d))
                return pkg_err(e, LC_ERR_INVALID, p, F,
                            "limits.memory: must be a whole number of MiB in [1, 16384]");
            p->memory_mib = (uint64_t)d;
        }
        if ((v = json_object_get(lim, "output")) && !json_is_null(v)) {
            if (get_number(v, &d) || d < 1 || d > 1024 || d != floor(d))
                return pkg_err(e, LC_ERR_INVALID, p, F,
                            "limits.output: must be a whole number of MiB in [1, 1024]");
            p->output_mib = (uint64_t)d;
        }
    }
    if (p->time_limit == 0) {
        lc_code rc = read_timelimit_file(p, e);
        if (rc)
            return rc;
    }
    p->time_limit_given = p->time_limit > 0;
    if (p->time_limit == 0)
        p->time_limit = 2.0;

    v = json_object_get(y, "validation");
    const char *val = json_is_string(v) ? json_string_value(v) : "default";
    if (strncmp(val, "custom", 6) == 0) {
        p->custom_validation = true;
    } else if (strcmp(val, "default") != 0) {
        return pkg_err(e, LC_ERR_INVALID, p, F, "validation: must be default or custom");
    }
    v = json_object_get(y, "validator_flags");
    if (v && !json_is_null(v) && !json_is_string(v))
        return pkg_err(e, LC_ERR_INVALID, p, F, "validator_flags: must be a string");
    lc_err fe = {0};
    if (lc_check_flags_parse(json_is_string(v) ? json_string_value(v) : NULL, &p->flags, &fe))
        return pkg_err(e, LC_ERR_INVALID, p, F, "validator_flags: %s", fe.msg);

    v = json_object_get(y, "reveal");
    if (json_is_string(v) && strcmp(json_string_value(v), "samples") == 0)
        p->reveal = LC_REVEAL_SAMPLES;
    else if (v && !json_is_null(v) &&
             !(json_is_string(v) && strcmp(json_string_value(v), "all") == 0))
        return pkg_err(e, LC_ERR_INVALID, p, F, "reveal: must be samples or all");

    v = json_object_get(y, "function");
    if (v && !json_is_null(v)) {
        if (!json_is_object(v))
            return pkg_err(e, LC_ERR_INVALID, p, F, "function: must be a mapping");
        if (p->scoring)
            return pkg_err(e, LC_ERR_INVALID, p, F,
                           "function: a function problem cannot be of type scoring");
        p->function = json_incref(v);
    }
    return LC_OK;
}

/* A 2023-07 package's validator: output_validator/ is the program (its
 * files right there, or, as problemtools's examples have it, in one
 * subdirectory). */
static lc_code find_validator_2023(lc_package *p, const char *vdir, lc_err *e)
{
    DIR *d = opendir(vdir);
    if (!d)
        return pkg_err(e, LC_ERR_INVALID, p, "output_validator", "cannot open: %s", strerror(errno));
    char *sub = NULL;
    bool files = false;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char *full = path_join(vdir, de->d_name);
        if (full && lc_is_dir(full) && (!sub || strcmp(full, sub) < 0)) {
            free(sub);
            sub = full;
        } else {
            files |= full != NULL;
            free(full);
        }
    }
    closedir(d);
    p->validator_dir = files || !sub ? strdup(vdir) : sub;
    if (files || !sub)
        free(sub);
    return p->validator_dir ? LC_OK : lc_err_set(e, LC_ERR_NOMEM, "out of memory");
}

static lc_code find_validator(lc_package *p, lc_err *e)
{
    char *vdir = path_join(p->dir, "output_validators");
    if (!vdir)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    DIR *d = opendir(vdir);
    if (!d) {
        free(vdir);
        char *v2023 = path_join(p->dir, "output_validator");
        lc_code rc = v2023 && lc_is_dir(v2023)
                         ? find_validator_2023(p, v2023, e)
                         : pkg_err(e, LC_ERR_INVALID, p, "output_validators",
                                   "validation is custom but there is no output validator");
        free(v2023);
        return rc;
    }
    char *found = NULL;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char *sub = path_join(vdir, de->d_name);
        if (sub && lc_is_dir(sub) && (!found || strcmp(sub, found) < 0)) {
            free(found);
            found = sub;
        } else {
            free(sub);
        }
    }
    closedir(d);
    free(vdir);
    if (!found)
        return pkg_err(e, LC_ERR_INVALID, p, "output_validators",
                    "validation is custom but there is no output validator directory");
    p->validator_dir = found;
    return LC_OK;
}

lc_code lc_package_load(const char *dir, lc_package **out, lc_err *e)
{
    *out = NULL;
    lc_package *p = calloc(1, sizeof *p);
    if (!p)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/')
        dl--;
    p->dir = strndup(dir, dl);
    const char *base = p->dir ? strrchr(p->dir, '/') : NULL;
    p->slug = strdup(base ? base + 1 : (p->dir ? p->dir : ""));
    lc_code rc = LC_OK;
    if (!p->dir || !p->slug) {
        rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        goto fail;
    }
    if (!lc_is_dir(p->dir)) {
        rc = lc_err_set(e, LC_ERR_INVALID, "problem '%s': %s: not a directory", p->slug, p->dir);
        goto fail;
    }
    if ((rc = load_yaml(p, e)) || (rc = parse_fields(p, e)))
        goto fail;
    if (strncmp(p->format, "2023-07", 7) == 0) {
        /* 2023-07 has no `validation:` key: an output validator's presence says it */
        char *v2023 = path_join(p->dir, "output_validator");
        char *vlegacy = path_join(p->dir, "output_validators");
        if (!v2023 || !vlegacy) {
            free(v2023);
            free(vlegacy);
            rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
            goto fail;
        }
        p->custom_validation |= lc_is_dir(v2023) || lc_is_dir(vlegacy);
        free(v2023);
        free(vlegacy);
    }
    if (p->custom_validation && (rc = find_validator(p, e)))
        goto fail;
    char *data = path_join(p->dir, "data");
    if (!data) {
        rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        goto fail;
    }
    size_t cap = 0, root = 0, sg = 0;
    static const char *const top[2] = {"sample", "secret"};
    if (p->scoring)
        rc = new_group(p, -1, "", &root, e);
    for (int i = 0; i < 2 && !rc; i++) {
        char *sub = path_join(data, top[i]);
        if (!sub) {
            rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
            break;
        }
        bool there = lc_is_dir(sub);
        free(sub);
        if (p->scoring && there)
            rc = new_group(p, (long)root, top[i], &sg, e);
        if (!rc)
            rc = scan_tests(p, data, top[i], i == 0, 0, &cap, sg, e);
        if (i == 0)
            p->nsamples = p->ntests;
    }
    free(data);
    if (rc)
        goto fail;
    if (p->ntests == 0) {
        rc = pkg_err(e, LC_ERR_INVALID, p, "data", "no tests (data/sample/*.in, data/secret/*.in)");
        goto fail;
    }
    *out = p;
    return LC_OK;
fail:
    lc_package_free(p);
    return rc;
}

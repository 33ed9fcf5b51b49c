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

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects NAME.in files under dir (recursively, sorted) as tests. */
static lc_code scan_tests(lc_package *p, const char *data_dir, const char *rel, bool sample,
                          int depth, size_t *cap, lc_err *e)
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
            if (depth < 4)
                rc = scan_tests(p, data_dir, relname, sample, depth + 1, cap, e);
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
                    p->ntests++;
                    if (!t->name || !t->in_path || !t->ans_path)
                        rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
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
    char *path = path_join(p->dir, "problem.yaml");
    if (!path)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    lc_buf b;
    lc_buf_init(&b, LC_PKG_YAML_MAX);
    lc_err fe = {0};
    lc_code rc = lc_read_file(path, &b, &fe);
    free(path);
    if (rc == LC_ERR_NOTFOUND) {
        lc_buf_free(&b);
        return pkg_err(e, LC_ERR_INVALID, p, "problem.yaml", "missing");
    }
    if (rc) {
        lc_buf_free(&b);
        return pkg_err(e, LC_ERR_INVALID, p, "problem.yaml", "%s", fe.msg);
    }
    rc = lc_yaml_parse(lc_buf_str(&b), b.len, &p->yaml, &fe);
    lc_buf_free(&b);
    if (rc)
        return pkg_err(e, LC_ERR_INVALID, p, "problem.yaml", "%s", fe.msg);
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
    json_t *v = json_object_get(y, "name");
    if (v && !json_is_string(v) && !json_is_null(v))
        return pkg_err(e, LC_ERR_INVALID, p, F, "name: must be a string");
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
    if (!p->title || !p->difficulty || !p->tags)
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
        p->function = json_incref(v);
    }
    return LC_OK;
}

static lc_code find_validator(lc_package *p, lc_err *e)
{
    char *vdir = path_join(p->dir, "output_validators");
    if (!vdir)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    DIR *d = opendir(vdir);
    if (!d) {
        free(vdir);
        return pkg_err(e, LC_ERR_INVALID, p, "output_validators",
                    "validation is custom but there is no output validator");
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
    if (p->custom_validation && (rc = find_validator(p, e)))
        goto fail;
    char *data = path_join(p->dir, "data");
    if (!data) {
        rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        goto fail;
    }
    size_t cap = 0;
    rc = scan_tests(p, data, "sample", true, 0, &cap, e);
    p->nsamples = p->ntests;
    if (!rc)
        rc = scan_tests(p, data, "secret", false, 0, &cap, e);
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

/* litecode serve | api | worker | import | user add: the platform on the
 * embedded default (or on whatever --store/--cache/--queue URLs name). Only
 * options here; everything else is lib/service. */
#include "judge/judge.h"
#include "judge/package.h"
#include "sandbox/sandbox.h"
#include "service/service.h"
#include "util/archive.h"
#include "util/fs.h"
#include "util/log.h"

#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int lc_cmd_serve(int argc, char **argv);
int lc_cmd_api(int argc, char **argv);
int lc_cmd_worker(int argc, char **argv);
int lc_cmd_import(int argc, char **argv);
int lc_cmd_user(int argc, char **argv);
lc_code lc_app_user_add(lc_app *app, const char *name, const char *email, const char *password,
                        bool admin, int64_t *id, lc_err *e);

enum { OPT_STORE = 1000, OPT_CACHE, OPT_QUEUE, OPT_DATA, OPT_HOST, OPT_PORT, OPT_WORKERS,
       OPT_STATIC, OPT_PROBLEMS, OPT_ADMIN, OPT_EMAIL, OPT_PWSTDIN, OPT_SUBMIT_RATE,
       OPT_MAX_ARCHIVE };

static const struct option common_opts[] = {
    {"store", required_argument, NULL, OPT_STORE},   {"cache", required_argument, NULL, OPT_CACHE},
    {"queue", required_argument, NULL, OPT_QUEUE},   {"data", required_argument, NULL, OPT_DATA},
    {"host", required_argument, NULL, OPT_HOST},     {"port", required_argument, NULL, OPT_PORT},
    {"workers", required_argument, NULL, OPT_WORKERS},
    {"static", required_argument, NULL, OPT_STATIC},
    {"problems", required_argument, NULL, OPT_PROBLEMS},
    {"admin", no_argument, NULL, OPT_ADMIN},         {"email", required_argument, NULL, OPT_EMAIL},
    {"password-stdin", no_argument, NULL, OPT_PWSTDIN},
    {"submit-rate", required_argument, NULL, OPT_SUBMIT_RATE},
    {"max-archive-mib", required_argument, NULL, OPT_MAX_ARCHIVE},
    {"help", no_argument, NULL, 'h'},                {NULL, 0, NULL, 0}};

typedef struct opts {
    lc_app_config cfg;
    const char *problems;
    bool admin, pw_stdin;
    const char *email;
    bool port_set;
    long max_archive_mib;
} opts;

static const char *env_or(const char *name, const char *def)
{
    const char *v = getenv(name);
    return v && *v ? v : def;
}

/* Parses the shared options; returns optind, or -1 after printing an error. */
static int parse(int argc, char **argv, opts *o, const char *usage)
{
    memset(o, 0, sizeof *o);
    o->cfg.store_url = env_or("LITECODE_STORE", NULL);
    o->cfg.cache_url = env_or("LITECODE_CACHE", "memory:");
    o->cfg.queue_url = env_or("LITECODE_QUEUE", "memory:");
    o->cfg.data_dir = env_or("LITECODE_DATA", "./data");
    o->cfg.host = "127.0.0.1";
    o->cfg.port = 8080;
    o->cfg.results_consumer = true;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", common_opts, NULL)) != -1) {
        char *end;
        long v;
        switch (c) {
        case OPT_STORE: o->cfg.store_url = optarg; break;
        case OPT_CACHE: o->cfg.cache_url = optarg; break;
        case OPT_QUEUE: o->cfg.queue_url = optarg; break;
        case OPT_DATA: o->cfg.data_dir = optarg; break;
        case OPT_HOST: o->cfg.host = optarg; break;
        case OPT_PORT:
            v = strtol(optarg, &end, 10);
            if (*end || v < 0 || v > 65535) {
                fprintf(stderr, "litecode: --port %s: not a port number\n", optarg);
                return -1;
            }
            o->cfg.port = (uint16_t)v;
            o->port_set = true;
            break;
        case OPT_WORKERS:
            v = strtol(optarg, &end, 10);
            if (*end || v < 0 || v > 256) {
                fprintf(stderr, "litecode: --workers %s: 0 to 256\n", optarg);
                return -1;
            }
            o->cfg.workers = v ? (int)v : -1;
            break;
        case OPT_STATIC: o->cfg.static_dir = optarg; break;
        case OPT_SUBMIT_RATE:
            v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 1000000) {
                fprintf(stderr, "litecode: --submit-rate %s: 1 to 1000000 per minute\n", optarg);
                return -1;
            }
            o->cfg.submit_rate_per_min = (int)v;
            break;
        case OPT_PROBLEMS: o->problems = optarg; break;
        case OPT_MAX_ARCHIVE:
            v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 1 << 20) {
                fprintf(stderr, "litecode: --max-archive-mib %s: 1 to 1048576\n", optarg);
                return -1;
            }
            o->max_archive_mib = v;
            break;
        case OPT_ADMIN: o->admin = true; break;
        case OPT_EMAIL: o->email = optarg; break;
        case OPT_PWSTDIN: o->pw_stdin = true; break;
        case 'h': fprintf(stdout, "%s", usage); exit(0);
        default: fprintf(stderr, "%s", usage); return -1;
        }
    }
    return optind;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* `litecode import`'s sandbox: opened for the first package that has no time
 * limit, to judge its accepted references (lc_judge_derive_time_limit). */
static lc_sbx *import_sbx;

/* The time limit a package without one gets, as Kattis derives it; 0 when
 * it has one, or when none can be derived (the 2 s default then applies). */
static double derived_time_limit(const char *path)
{
    lc_package *p = NULL;
    if (lc_package_load(path, &p, NULL) != LC_OK)
        return 0; /* lc_app_import reports what is wrong with it */
    double limit = 0;
    lc_err e = {0};
    if (!p->time_limit_given && !import_sbx) {
        lc_judge_opts o = {0};
        lc_sbx_config cfg = {.slot = -1, .ro_paths = lc_judge_sandbox_paths(&o),
                             .ro_targets = lc_judge_sandbox_targets()};
        if (lc_sbx_open(&cfg, &import_sbx, &e)) {
            fprintf(stderr, "litecode import: %s: no sandbox to derive its time limit (%s): 2 s\n",
                    p->slug, e.msg);
            import_sbx = NULL;
            lc_package_free(p);
            return 0;
        }
    }
    char why[400];
    if (!p->time_limit_given) {
        if (lc_judge_derive_time_limit(import_sbx, p, &limit, why, sizeof why, &e)) {
            fprintf(stderr, "litecode import: %s: the 2 s default applies\n", e.msg);
            limit = 0;
        } else {
            printf("%s: %s\n", p->slug, why);
        }
    }
    lc_package_free(p);
    return limit;
}

/* Imports one package (a directory holding problem.yaml); verbose: a line
 * per package on stdout (`litecode import`, which also derives a missing time
 * limit), errors on stderr either way. */
static int import_one(lc_app *app, const char *path, int *count, bool verbose)
{
    int64_t id;
    bool changed;
    lc_err e = {0};
    double limit = verbose ? derived_time_limit(path) : 0;
    if (lc_app_import_with_limit(app, path, limit, &id, &changed, &e)) {
        fprintf(stderr, "litecode import: %s\n", e.msg);
        return 1;
    }
    (*count)++;
    LC_INFO("event=imported path=%s id=%lld changed=%d", path, (long long)id, changed);
    if (verbose) {
        const char *slug = strrchr(path, '/');
        printf("%s %s (id %lld)\n", changed ? "imported" : "unchanged", slug ? slug + 1 : path,
               (long long)id);
        fflush(stdout);
    }
    return 0;
}

/* Every package under dir, depth levels down (a directory holding
 * problem.yaml is one, and is not searched further), in name order.
 * *found counts the packages seen, imported or not. */
static int import_tree(lc_app *app, const char *dir, int depth, int *count, int *found,
                       bool verbose)
{
    char yaml[PATH_MAX];
    snprintf(yaml, sizeof yaml, "%s/problem.yaml", dir);
    struct stat st;
    if (stat(yaml, &st) == 0) {
        (*found)++;
        return import_one(app, dir, count, verbose);
    }
    if (depth == 0)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char **nn = realloc(names, (n + 1) * sizeof *names);
        if (!nn)
            break;
        names = nn;
        if ((names[n] = strdup(de->d_name)) != NULL)
            n++;
    }
    closedir(d);
    int rc = 0;
    qsort(names, n, sizeof *names, cmp_name);
    for (size_t i = 0; i < n; i++) {
        char sub[PATH_MAX];
        snprintf(sub, sizeof sub, "%s/%s", dir, names[i]);
        if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode))
            rc |= import_tree(app, sub, depth - 1, count, found, verbose);
        free(names[i]);
    }
    free(names);
    return rc;
}

/* An archive of one package or of many (.zip, .tar.gz, ...), as other judges
 * export them: unpacked into a private temporary directory (lc_archive_extract:
 * files and directories only, every path inside, capped), a package at its
 * top named after the archive, then every package found up to three levels
 * down imported on its own; the directory is removed afterwards. */
static int import_archive(lc_app *app, const char *path, const lc_archive_caps *caps,
                          int *count)
{
    const char *tmpdir = getenv("TMPDIR");
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s/litecode-import-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(tmp)) {
        fprintf(stderr, "litecode import: %s: cannot create a temporary directory\n", path);
        return 1;
    }
    /* the archive's name without its extension: the slug of a package at its top */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char name[256];
    snprintf(name, sizeof name, "%s", base);
    for (char *dot = strchr(name, '.'); dot; dot = strchr(name, '.'))
        *dot = '\0';
    char dest[PATH_MAX + 260];
    snprintf(dest, sizeof dest, "%s/%s", tmp, name[0] ? name : "package");
    lc_err e = {0};
    int rc = 0, found = 0;
    if (mkdir(dest, 0700) < 0 || lc_archive_extract(path, dest, caps, &e)) {
        fprintf(stderr, "litecode import: %s\n", e.msg[0] ? e.msg : "cannot unpack the archive");
        rc = 1;
    } else {
        rc = import_tree(app, dest, 3, count, &found, true);
        printf("%s: %d package(s) found\n", base, found);
        if (found == 0) {
            fprintf(stderr, "litecode import: %s: no problem package (a directory holding "
                            "problem.yaml) in the archive\n", path);
            rc = 1;
        }
    }
    lc_remove_tree(tmp);
    return rc;
}

static int import_path(lc_app *app, const char *path, int *count, bool verbose,
                       const lc_archive_caps *caps)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && lc_archive_is_archive(path))
        return import_archive(app, path, caps, count);
    int found = 0;
    if (stat(path, &st) < 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "litecode import: %s: not a problem package, a directory of them or an "
                        "archive (.zip, .tar.gz, ...)\n", path);
        return 1;
    }
    return import_tree(app, path, 1, count, &found, verbose);
}

static const char *default_problems(char *buf, size_t sz)
{
    const char *env = getenv("LITECODE_PROBLEMS");
    if (env && *env)
        return env;
    char exe[PATH_MAX - 32];
    if (lc_exe_dir(exe, sizeof exe, NULL) == LC_OK) {
        snprintf(buf, sz, "%s/../problems", exe);
        if (lc_is_dir(buf))
            return buf;
    }
    return lc_is_dir("./problems") ? "./problems" : NULL;
}

static const char *default_static(char *buf, size_t sz)
{
    char exe[PATH_MAX - 32];
    if (lc_exe_dir(exe, sizeof exe, NULL) == LC_OK) {
        snprintf(buf, sz, "%s/../app/dist", exe);
        if (lc_is_dir(buf))
            return buf;
    }
    return NULL;
}

/* The three long-running roles (ARCHITECTURE.md):
 *   serve   HTTP API + results consumer + judge workers, one process
 *   api     HTTP API + results consumer (no judging)
 *   worker  judge workers only (no HTTP, no results consumer)
 * api and worker need a queue other processes share (kafka://...). */
typedef enum { ROLE_SERVE, ROLE_API, ROLE_WORKER } role;

static int run(int argc, char **argv, role r, const char *usage)
{
    static const char *const names[] = {"serve", "api", "worker"};
    const char *name = names[r];
    opts o;
    int i = parse(argc, argv, &o, usage);
    if (i < 0)
        return 2;
    if (i != argc) {
        fprintf(stderr, "%s", usage);
        return 2;
    }
    if (r != ROLE_SERVE && strncmp(o.cfg.queue_url, "memory:", 7) == 0) {
        fprintf(stderr,
                "litecode %s: the in-process queue (memory:) reaches no other process: give\n"
                "  --queue kafka://HOST:PORT (or LITECODE_QUEUE), or run `litecode serve`\n",
                name);
        return 2;
    }
    char pbuf[PATH_MAX], sbuf[PATH_MAX];
    if (r == ROLE_API)
        o.cfg.workers = -1;
    if (r == ROLE_WORKER) {
        o.cfg.results_consumer = false;
        /* HTTP only with --port: /healthz, /readyz, /metrics for probes */
        o.cfg.health_only = true;
        if (!o.port_set) {
            o.cfg.host = NULL;
            o.cfg.port = 0;
        }
    } else {
        if (!o.problems)
            o.problems = default_problems(pbuf, sizeof pbuf);
        if (!o.cfg.static_dir)
            o.cfg.static_dir = default_static(sbuf, sizeof sbuf);
    }
    /* before any thread starts (librdkafka's start with the queue): every
     * thread inherits the mask, so SIGTERM only ever reaches sigwait below */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    lc_app *app;
    lc_err e = {0};
    if (lc_app_open(&o.cfg, &app, &e)) {
        fprintf(stderr, "litecode %s: %s\n", name, e.msg);
        return 1;
    }
    /* the bundled problems, on first start (several api processes may race:
     * importing is an upsert by slug, under the store's write lock) */
    lc_problem_filter f = {.page = 1, .limit = 1, .include_deleted = true};
    lc_list l = {0};
    if (r != ROLE_WORKER && o.problems &&
        app->store->ops->problem_list(app->store, &f, &l, NULL) == LC_OK && l.total == 0) {
        int count = 0;
        import_path(app, o.problems, &count, false, NULL);
        fprintf(stderr, "litecode %s: imported %d bundled problems from %s\n", name, count,
                o.problems);
    }
    lc_list_free_problems(&l);

    if (lc_app_start(app, &e)) {
        fprintf(stderr, "litecode %s: %s\n", name, e.msg);
        lc_app_close(app);
        return 1;
    }
    if (r == ROLE_WORKER && app->http)
        fprintf(stderr, "litecode worker: judging with %d workers (data in %s), health on "
                        "http://%s:%u\n",
                app->nworkers, o.cfg.data_dir, o.cfg.host, (unsigned)lc_http_port(app->http));
    else if (r == ROLE_WORKER)
        fprintf(stderr, "litecode worker: judging with %d workers (data in %s)\n", app->nworkers,
                o.cfg.data_dir);
    else
        fprintf(stderr, "litecode %s: listening on http://%s:%u (%d judge workers, data in %s)\n",
                name, o.cfg.host, (unsigned)lc_http_port(app->http), app->nworkers,
                o.cfg.data_dir);
    int sig;
    sigwait(&set, &sig);
    /* graceful: the HTTP server stops, every worker finishes the submission it
     * is judging and publishes its verdict, unfinished work stays in the queue */
    fprintf(stderr, "litecode %s: stopping\n", name);
    lc_app_close(app);
    return 0;
}

int lc_cmd_serve(int argc, char **argv)
{
    static const char usage[] =
        "usage: litecode serve [--host H] [--port N] [--data DIR] [--workers N]\n"
        "                      [--store URL] [--cache URL] [--queue URL] [--problems DIR]\n"
        "                      [--static DIR] [--submit-rate PER_MINUTE]\n";
    return run(argc, argv, ROLE_SERVE, usage);
}

int lc_cmd_api(int argc, char **argv)
{
    static const char usage[] =
        "usage: litecode api --queue kafka://HOST:PORT[,...] [--store URL] [--cache URL]\n"
        "                    [--host H] [--port N] [--data DIR] [--problems DIR] [--static DIR]\n"
        "                    [--submit-rate PER_MINUTE]\n"
        "  the HTTP API and the results consumer; judging is left to `litecode worker`\n";
    return run(argc, argv, ROLE_API, usage);
}

int lc_cmd_worker(int argc, char **argv)
{
    static const char usage[] =
        "usage: litecode worker --queue kafka://HOST:PORT[,...] [--store URL] [--cache URL]\n"
        "                       [--workers N] [--data DIR] [--host H --port N]\n"
        "  judges submissions from the queue (N sandboxed workers, default one per CPU);\n"
        "  with --port, /healthz, /readyz and /metrics answer there (probes)\n";
    return run(argc, argv, ROLE_WORKER, usage);
}

int lc_cmd_import(int argc, char **argv)
{
    static const char usage[] =
        "usage: litecode import [--data DIR | --store URL] [--max-archive-mib N] PATH...\n"
        "  PATH: a problem package, a directory of them, or an archive (.zip, .tar.gz,\n"
        "  .tgz, .tar.xz, .tar.bz2, .tar) of one or many (unpacked files: at most N MiB,\n"
        "  1024 by default); a line per package, and an error per invalid one\n";
    opts o;
    int i = parse(argc, argv, &o, usage);
    if (i < 0)
        return 2;
    if (i == argc) {
        fprintf(stderr, "%s", usage);
        return 2;
    }
    lc_app *app;
    lc_err e = {0};
    o.cfg.workers = -1;
    if (lc_app_open(&o.cfg, &app, &e)) {
        fprintf(stderr, "litecode import: %s\n", e.msg);
        return 1;
    }
    int rc = 0, count = 0;
    lc_archive_caps caps = {LC_ARCHIVE_DEFAULT_MAX_BYTES, LC_ARCHIVE_DEFAULT_MAX_ENTRIES,
                            LC_ARCHIVE_DEFAULT_MAX_DEPTH};
    if (o.max_archive_mib)
        caps.max_bytes = (uint64_t)o.max_archive_mib << 20;
    for (; i < argc; i++)
        rc |= import_path(app, argv[i], &count, true, &caps);
    fprintf(stderr, "litecode import: %d problem(s) imported\n", count);
    if (import_sbx)
        lc_sbx_close(import_sbx);
    lc_app_close(app);
    return rc ? 2 : 0;
}

int lc_cmd_user(int argc, char **argv)
{
    static const char usage[] =
        "usage: litecode user add [--admin] [--email E] [--password-stdin] [--data DIR] NAME\n"
        "  the password comes from standard input (--password-stdin) or LITECODE_PASSWORD;\n"
        "  there is no default password\n";
    if (argc < 2 || strcmp(argv[1], "add") != 0) {
        fprintf(stderr, "%s", usage);
        return 2;
    }
    opts o;
    int i = parse(argc - 1, argv + 1, &o, usage);
    if (i < 0)
        return 2;
    if (argc - 1 - i != 1) {
        fprintf(stderr, "%s", usage);
        return 2;
    }
    const char *name = argv[1 + i];
    char pw[300] = "";
    if (o.pw_stdin) {
        if (!fgets(pw, sizeof pw, stdin)) {
            fprintf(stderr, "litecode user add: no password on standard input\n");
            return 2;
        }
        pw[strcspn(pw, "\r\n")] = '\0';
    } else if (getenv("LITECODE_PASSWORD")) {
        snprintf(pw, sizeof pw, "%s", getenv("LITECODE_PASSWORD"));
    } else {
        fprintf(stderr, "litecode user add: give the password with --password-stdin or "
                        "LITECODE_PASSWORD\n");
        return 2;
    }
    lc_app *app;
    lc_err e = {0};
    o.cfg.workers = -1;
    if (lc_app_open(&o.cfg, &app, &e)) {
        fprintf(stderr, "litecode user add: %s\n", e.msg);
        return 1;
    }
    int64_t id;
    lc_code rc = lc_app_user_add(app, name, o.email, pw, o.admin, &id, &e);
    memset(pw, 0, sizeof pw);
    lc_app_close(app);
    if (rc) {
        fprintf(stderr, "litecode user add: %s\n", e.msg);
        return rc == LC_ERR_CONFLICT || rc == LC_ERR_INVALID ? 2 : 1;
    }
    printf("created %suser %s (id %lld)\n", o.admin ? "admin " : "", name, (long long)id);
    return 0;
}

/* litecode serve | import | user add: the platform on the embedded default
 * (or on whatever --store/--cache/--queue URLs name). Only options here;
 * everything else is lib/service. */
#include "service/service.h"
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
int lc_cmd_import(int argc, char **argv);
int lc_cmd_user(int argc, char **argv);
lc_code lc_app_user_add(lc_app *app, const char *name, const char *email, const char *password,
                        bool admin, int64_t *id, lc_err *e);

enum { OPT_STORE = 1000, OPT_CACHE, OPT_QUEUE, OPT_DATA, OPT_HOST, OPT_PORT, OPT_WORKERS,
       OPT_STATIC, OPT_PROBLEMS, OPT_ADMIN, OPT_EMAIL, OPT_PWSTDIN, OPT_SUBMIT_RATE };

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
    {"help", no_argument, NULL, 'h'},                {NULL, 0, NULL, 0}};

typedef struct opts {
    lc_app_config cfg;
    const char *problems;
    bool admin, pw_stdin;
    const char *email;
    bool port_set;
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

static int import_path(lc_app *app, const char *path, int *count)
{
    char yaml[PATH_MAX];
    snprintf(yaml, sizeof yaml, "%s/problem.yaml", path);
    struct stat st;
    if (stat(yaml, &st) == 0) {
        int64_t id;
        bool changed;
        lc_err e = {0};
        if (lc_app_import(app, path, &id, &changed, &e)) {
            fprintf(stderr, "litecode import: %s\n", e.msg);
            return 1;
        }
        (*count)++;
        LC_INFO("event=imported path=%s id=%lld changed=%d", path, (long long)id, changed);
        return 0;
    }
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "litecode import: %s: not a problem package or a directory of them\n",
                path);
        return 1;
    }
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
        names[n++] = strdup(de->d_name);
    }
    closedir(d);
    int rc = 0;
    qsort(names, n, sizeof *names, cmp_name);
    for (size_t i = 0; i < n; i++) {
        char sub[PATH_MAX];
        snprintf(sub, sizeof sub, "%s/%s", path, names[i]);
        snprintf(yaml, sizeof yaml, "%s/problem.yaml", sub);
        if (stat(yaml, &st) == 0 && import_path(app, sub, count))
            rc = 1;
        free(names[i]);
    }
    free(names);
    return rc;
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

int lc_cmd_serve(int argc, char **argv)
{
    static const char usage[] =
        "usage: litecode serve [--host H] [--port N] [--data DIR] [--workers N]\n"
        "                      [--store URL] [--cache URL] [--queue URL] [--problems DIR]\n"
        "                      [--static DIR] [--submit-rate PER_MINUTE]\n";
    opts o;
    int i = parse(argc, argv, &o, usage);
    if (i < 0)
        return 2;
    if (i != argc) {
        fprintf(stderr, "%s", usage);
        return 2;
    }
    char pbuf[PATH_MAX], sbuf[PATH_MAX];
    if (!o.problems)
        o.problems = default_problems(pbuf, sizeof pbuf);
    if (!o.cfg.static_dir)
        o.cfg.static_dir = default_static(sbuf, sizeof sbuf);
    lc_app *app;
    lc_err e = {0};
    if (lc_app_open(&o.cfg, &app, &e)) {
        fprintf(stderr, "litecode serve: %s\n", e.msg);
        return 1;
    }
    /* the bundled problems, on first start */
    lc_problem_filter f = {.page = 1, .limit = 1, .include_deleted = true};
    lc_list l = {0};
    if (o.problems && app->store->ops->problem_list(app->store, &f, &l, NULL) == LC_OK &&
        l.total == 0) {
        int count = 0;
        import_path(app, o.problems, &count);
        fprintf(stderr, "litecode serve: imported %d bundled problems from %s\n", count,
                o.problems);
    }
    lc_list_free_problems(&l);

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL); /* every thread started below inherits it */
    signal(SIGPIPE, SIG_IGN);
    if (lc_app_start(app, &e)) {
        fprintf(stderr, "litecode serve: %s\n", e.msg);
        lc_app_close(app);
        return 1;
    }
    fprintf(stderr, "litecode serve: listening on http://%s:%u (%d judge workers, data in %s)\n",
            o.cfg.host, (unsigned)lc_http_port(app->http), app->nworkers, o.cfg.data_dir);
    int sig;
    sigwait(&set, &sig);
    fprintf(stderr, "litecode serve: stopping\n");
    lc_app_close(app);
    return 0;
}

int lc_cmd_import(int argc, char **argv)
{
    static const char usage[] =
        "usage: litecode import [--data DIR | --store URL] PATH...\n"
        "  PATH: a problem package, or a directory of them\n";
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
    for (; i < argc; i++)
        rc |= import_path(app, argv[i], &count);
    fprintf(stderr, "litecode import: %d problem(s) imported\n", count);
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

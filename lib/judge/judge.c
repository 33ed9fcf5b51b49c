#include "judge.h"

#include "../util/buf.h"
#include "../util/fs.h"
#include "../util/log.h"
#include "checker.h"
#include "signature.h"

#include <dirent.h>
#include <glob.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define VDIR ".v"                      /* validator's directory inside /box */
#define ANSWER_MAX (256u * 1024 * 1024) /* largest .ans the checker reads */
#define VALIDATOR_FILES_MAX 64
#define VALIDATOR_FILE_MAX (1024 * 1024)

const char *lc_verdict_status(lc_verdict v)
{
    switch (v) {
    case LC_V_PENDING: return "pending";
    case LC_V_AC:
    case LC_V_WA: return "success";
    case LC_V_TLE: return "time_limit_exceeded";
    case LC_V_MLE: return "memory_limit_exceeded";
    case LC_V_RE: return "runtime_error";
    case LC_V_OLE: return "output_limit_exceeded";
    case LC_V_CE: return "compilation_error";
    case LC_V_IE: return "internal_error";
    }
    return "internal_error";
}

const char *lc_verdict_result(lc_verdict v)
{
    switch (v) {
    case LC_V_PENDING: return "Pending";
    case LC_V_AC: return "Accepted";
    case LC_V_WA: return "Wrong Answer";
    case LC_V_TLE: return "Time Limit Exceeded";
    case LC_V_MLE: return "Memory Limit Exceeded";
    case LC_V_RE: return "Runtime Error";
    case LC_V_OLE: return "Output Limit Exceeded";
    case LC_V_CE: return "Compilation Error";
    case LC_V_IE: return "Internal Error";
    }
    return "Internal Error";
}

void lc_judge_result_free(lc_judge_result *r)
{
    for (size_t i = 0; i < r->ntests; i++)
        free(r->tests[i].name);
    free(r->tests);
    free(r->failing_name);
    free(r->failing_input);
    free(r->failing_expected);
    free(r->failing_actual);
    free(r->failing_stderr);
    free(r->compile_output);
    free(r->user_stdout);
    free(r->error);
    for (size_t i = 0; i < r->ngroups; i++)
        free(r->groups[i].name);
    free(r->groups);
    memset(r, 0, sizeof *r);
}

/* ---- helpers ------------------------------------------------------------- */

typedef struct jctx {
    lc_sbx *s;
    const lc_package *p;
    const lc_lang *lang;
    const lc_judge_opts *opts;
    lc_judge_result *r;
    int out_fd, err_fd;            /* the last run's stdout and stderr: fresh memfds per run */
    uint64_t deadline_us;          /* CLOCK_MONOTONIC: the job's budget ends here */
    uint64_t budget_ms;
    char src[64], exe[64], klass[256];
    char check_src[64];        /* interpreted function problems: the user's own file, which the
                                  syntax check reads, so errors carry the user's line numbers */
    bool java_main_found;
    const lc_test *failing_test; /* the first failing test (record_failure) */
    lc_signature sig;          /* function problems */
    const char *run_argv[LC_LANG_MAX_ARGS + 1]; /* the run command, expanded once */
    const char *env[LC_LANG_MAX_ARGS + 1]; /* the language's environment (lc_lang.env) */
    bool has_env;
    char env_storage[2048];
    char run_storage[8192];
    char pch[PATH_MAX];        /* inside the sandbox ("" when there is none) */
    char pch_host[PATH_MAX];   /* the same directory on the host */
    char rtobj[PATH_MAX + 32];
    int has_validator;
    char validator_argv0[64];
    int validator_py;
} jctx;

static void set_error(lc_judge_result *r, const char *msg)
{
    if (!r->error)
        r->error = strdup(msg);
    r->verdict = LC_V_IE;
}

static int reset_memfd(int fd)
{
    if (ftruncate(fd, 0) < 0)
        return -1;
    return lseek(fd, 0, SEEK_SET) < 0 ? -1 : 0;
}

/* A new stdout and stderr for the next run: nothing one run set on its open
 * files (O_APPEND, an owner for SIGIO, a lease) is seen by the next. */
static int fresh_output_fds(jctx *c)
{
    int out = memfd_create("litecode-stdout", MFD_CLOEXEC);
    int err = memfd_create("litecode-stderr", MFD_CLOEXEC);
    if (out < 0 || err < 0) {
        if (out >= 0)
            close(out);
        if (err >= 0)
            close(err);
        return -1;
    }
    if (c->out_fd >= 0)
        close(c->out_fd);
    if (c->err_fd >= 0)
        close(c->err_fd);
    c->out_fd = out;
    c->err_fd = err;
    return 0;
}

static uint64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static char *read_capped(int fd, size_t max, bool *truncated)
{
    lc_buf b;
    lc_buf_init(&b, max);
    if (lc_read_fd_capped(fd, max, &b, NULL)) {
        lc_buf_free(&b);
        return strdup("");
    }
    if (truncated)
        *truncated = b.truncated;
    return lc_buf_take(&b);
}

static char *read_path_capped(const char *path, size_t max)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return strdup("");
    char *s = read_capped(fd, max, NULL);
    close(fd);
    return s;
}

/* Whether the job's budget is spent: judging then ends as Internal Error. */
static bool over_budget(jctx *c, lc_err *e)
{
    if (c->r->over_budget)
        return true;
    if (!c->deadline_us || mono_us() < c->deadline_us)
        return false;
    c->r->over_budget = true;
    lc_err_set(e, LC_ERR_LIMIT, "judging went over the job's budget of %llu ms",
               (unsigned long long)c->budget_ms);
    LC_ERROR("event=judge_over_budget slot=%d problem=%s budget_ms=%llu", lc_sbx_slot(c->s),
             c->p->slug, (unsigned long long)c->budget_ms);
    return true;
}

/* Runs one command, retrying once when the sandbox itself failed; refuses
 * to start one when the job's budget is spent. */
static lc_code sbx_exec_retry(jctx *c, const lc_sbx_cmd *cmd, lc_sbx_result *res, lc_err *e)
{
    lc_sbx *s = c->s;
    if (over_budget(c, e))
        return LC_ERR_LIMIT;
    lc_code rc = lc_sbx_exec(s, cmd, res, e);
    if (rc == LC_ERR_SANDBOX) {
        LC_WARN("event=sandbox_retry slot=%d error=\"%s\"", lc_sbx_slot(s), e ? e->msg : "");
        for (int i = 0; i < cmd->n_extra_fds; i++)
            lseek(cmd->extra_fds[i], 0, SEEK_SET);
        if (cmd->stdin_fd >= 0)
            lseek(cmd->stdin_fd, 0, SEEK_SET);
        if (cmd->stdout_fd >= 0)
            reset_memfd(cmd->stdout_fd);
        if (cmd->stderr_fd >= 0 && cmd->stderr_fd != cmd->stdout_fd)
            reset_memfd(cmd->stderr_fd);
        rc = lc_sbx_exec(s, cmd, res, e);
    }
    if (rc == LC_OK && over_budget(c, e))
        rc = LC_ERR_LIMIT;
    return rc;
}

static bool has_marker(const lc_lang *lang, const char *text)
{
    for (const char *const *m = lang->oom_markers; m && *m; m++)
        if (strstr(text, *m))
            return true;
    return false;
}

/* ---- compile ------------------------------------------------------------- */

static lc_code write_source(jctx *c, const char *src, size_t len, lc_err *e)
{
    int box = lc_sbx_box_fd(c->s);
    if (c->p->function) {
        /* the user's function wrapped in the generated driver */
        lc_buf prog;
        lc_buf_init(&prog, 8u << 20);
        const char *name = NULL, *cls = NULL;
        lc_code rc = lc_driver_source(&c->sig, c->lang->id, src, len, &prog, &name, &cls, e);
        if (rc == LC_OK) {
            snprintf(c->src, sizeof c->src, "/box/%.50s", name ? name : "main");
            snprintf(c->exe, sizeof c->exe, "/box/main");
            snprintf(c->klass, sizeof c->klass, "%s",
                     cls ? cls : (strcmp(c->lang->id, "scala") == 0 ? "Main" : ""));
            c->java_main_found = cls != NULL;
            size_t len1 = prog.len;
            if (strcmp(c->lang->id, "c") == 0) {
                /* the driver is a translation unit of its own: no macro of the user's reaches it */
                len1 = lc_driver_c_split(lc_buf_str(&prog), prog.len);
                snprintf(c->rtobj, sizeof c->rtobj, "/box/" LC_DRIVER_C_AUX);
                rc = lc_write_file_at(box, LC_DRIVER_C_AUX, lc_buf_str(&prog) + len1,
                                      prog.len - len1, 0644, e);
            } else if (strcmp(c->lang->id, "typescript") == 0) {
                /* the runtime is a JavaScript module of its own, required by main.ts */
                len1 = lc_driver_typescript_split(lc_buf_str(&prog), prog.len);
                rc = lc_write_file_at(box, LC_DRIVER_TS_AUX, lc_buf_str(&prog) + len1,
                                      prog.len - len1, 0644, e);
            } else if (strcmp(c->lang->id, "golang") == 0) {
                /* the driver is a file of its own in the user's package */
                len1 = lc_driver_golang_split(lc_buf_str(&prog), prog.len);
                rc = lc_write_file_at(box, LC_DRIVER_GO_AUX, lc_buf_str(&prog) + len1,
                                      prog.len - len1, 0644, e);
            }
            if (rc == LC_OK)
                rc = lc_write_file_at(box, c->src + 5, lc_buf_str(&prog), len1, 0644, e);
        }
        const char *ext = c->lang->src_name ? strrchr(c->lang->src_name, '.') : NULL;
        bool interpreted = strcmp(c->lang->id, "python") == 0 ||
                           strcmp(c->lang->id, "pypy3") == 0 ||
                           strcmp(c->lang->id, "javascript") == 0 ||
                           strcmp(c->lang->id, "ruby") == 0;
        if (rc == LC_OK && interpreted && ext) {
            snprintf(c->check_src, sizeof c->check_src, "/box/solution%s", ext);
            rc = lc_write_file_at(box, c->check_src + 5, src, len, 0644, e);
        }
        lc_buf_free(&prog);
        return rc;
    }
    if (c->lang->src_name) {
        snprintf(c->src, sizeof c->src, "/box/%s", c->lang->src_name);
        snprintf(c->exe, sizeof c->exe, "/box/main");
        if (strcmp(c->lang->id, "scala") == 0) /* the object holding main (Kattis: any name) */
            lc_lang_scala_main(src, len, c->klass, sizeof c->klass);
    } else {
        /* Java: the file is named after its public class; run the class holding main */
        char main_cls[256], public_cls[256];
        lc_lang_java_classes(src, len, main_cls, sizeof main_cls, public_cls, sizeof public_cls);
        const char *file = public_cls[0] ? public_cls : "Main";
        snprintf(c->src, sizeof c->src, "/box/%.50s.java", file);
        snprintf(c->klass, sizeof c->klass, "%s", main_cls);
        c->java_main_found = main_cls[0] != '\0';
        c->exe[0] = '\0';
    }
    return lc_write_file_at(box, c->src + 5, src, len, 0644, e);
}

static const char *rustc_path(const lc_judge_opts *opts);

/* The Erlang runtime's directory, /usr/lib/erlang/erts-VSN (the newest when
 * there are several), found once; "" when Erlang is not installed. */
static char erts[PATH_MAX];
static void find_erts(void)
{
    glob_t g;
    if (glob("/usr/lib/erlang/erts-*/bin/beam.smp", 0, NULL, &g) == 0 && g.gl_pathc > 0) {
        const char *last = g.gl_pathv[g.gl_pathc - 1]; /* sorted */
        size_t n = strlen(last) - strlen("/bin/beam.smp");
        if (n < sizeof erts) {
            memcpy(erts, last, n);
            erts[n] = '\0';
        }
    }
    if (g.gl_pathc)
        globfree(&g);
}
static const char *erts_dir(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, find_erts);
    return erts;
}

static lc_lang_vars vars_for(jctx *c, uint64_t mem_mib)
{
    lc_lang_vars v = {.src = c->src, .exe = c->exe, .dir = "/box", .klass = c->klass,
                      .pch = c->pch, .rtobj = c->rtobj, .mem_mib = mem_mib,
                      .rustc = rustc_path(c->opts),
                      .erts = c->lang->family == LC_SBX_FAMILY_BEAM ? erts_dir() : NULL};
    return v;
}

/* Compiles with the language's template; false with r set when it did not. */
/* A build step in /box (writable), its output on c->out_fd. */
static lc_sbx_cmd compile_cmd(const jctx *c, const char *const *argv)
{
    lc_sbx_cmd cmd = {
        .argv = argv,
        .envp = c->has_env ? c->env : NULL,
        .family = LC_SBX_FAMILY_COMPILER,
        .box_writable = true,
        .stdin_fd = -1,
        .stdout_fd = c->out_fd,
        .stderr_fd = c->out_fd,
        /* a compiler that waits (on a pipe of its own, a FIFO) gets little more wall
           time than CPU time */
        .limits = {.cpu_ms = LC_JUDGE_COMPILE_CPU_MS, .wall_ms = LC_JUDGE_COMPILE_WALL_MS,
                   .memory_kib = (uint64_t)(c->lang ? c->lang->compile_mem_mib : 1024) * 1024,
                   .fsize_kib = 128 * 1024, .processes = 128, .open_files = 512},
    };
    return cmd;
}

static bool run_compile(jctx *c, const char *const *argv, lc_buf *output, bool *ok, lc_err *e)
{
    *ok = false;
    if (fresh_output_fds(c) < 0) {
        set_error(c->r, "memfd_create failed");
        return false;
    }
    lc_sbx_cmd cmd = compile_cmd(c, argv);
    lc_sbx_result res;
    lc_code rc = sbx_exec_retry(c, &cmd, &res, e);
    if (rc) {
        set_error(c->r, e->msg);
        return false;
    }
    lc_read_fd_capped(c->out_fd, LC_JUDGE_COMPILE_OUTPUT_MAX, output, NULL);
    if (res.limit == LC_SBX_LIMIT_CPU || res.limit == LC_SBX_LIMIT_WALL) {
        lc_buf_append_trunc(output, "\n[compilation took too long]\n", 29);
        return true;
    }
    if (res.limit == LC_SBX_LIMIT_MEMORY) {
        lc_buf_append_trunc(output, "\n[compilation ran out of memory]\n", 33);
        return true;
    }
    if (res.limit == LC_SBX_LIMIT_FSIZE || res.limit == LC_SBX_LIMIT_DISK) {
        lc_buf_append_trunc(output, "\n[compilation output too large]\n", 32);
        return true;
    }
    *ok = res.exit_code == 0 && res.signal == 0;
    return true;
}

static bool compile_submission(jctx *c, lc_err *e)
{
    if (!c->lang->compile)
        return true;
    char storage[8192];
    const char *argv[LC_LANG_MAX_ARGS + 1];
    lc_lang_vars v = vars_for(c, c->p->memory_mib);
    if (c->check_src[0])
        v.src = c->check_src;
    if (lc_lang_expand(c->lang->compile, &v, storage, sizeof storage, argv, LC_LANG_MAX_ARGS, e)) {
        set_error(c->r, e->msg);
        return false;
    }
    lc_buf out;
    lc_buf_init(&out, LC_JUDGE_COMPILE_OUTPUT_MAX);
    bool ok;
    bool ran = run_compile(c, argv, &out, &ok, e);
    free(c->r->compile_output);
    c->r->compile_output = lc_buf_take(&out);
    if (!ran)
        return false;
    if (!ok) {
        c->r->verdict = LC_V_CE;
        return false;
    }
    /* seal /box now: a build output nested too deeply is the submission's fault */
    lc_err se = {0};
    lc_code src = lc_sbx_seal_box(c->s, &se);
    if (src == LC_ERR_LIMIT) {
        c->r->verdict = LC_V_CE;
        lc_buf msg;
        lc_buf_init(&msg, LC_JUDGE_COMPILE_OUTPUT_MAX);
        lc_buf_printf(&msg, "%s%s%s", c->r->compile_output, *c->r->compile_output ? "\n" : "",
                      se.msg);
        free(c->r->compile_output);
        c->r->compile_output = lc_buf_take(&msg);
        return false;
    }
    if (src) {
        set_error(c->r, se.msg);
        return false;
    }
    if (!c->lang->src_name && !c->java_main_found) {
        c->r->verdict = LC_V_CE;
        free(c->r->compile_output);
        c->r->compile_output = strdup("no class declares public static void main(String[] args)");
        return false;
    }
    return true;
}

/* Copies the validator's files into /box/.v/src and builds it there. */
static bool build_validator(jctx *c, lc_err *e)
{
    int box = lc_sbx_box_fd(c->s);
    struct stat st;
    if (fstatat(box, VDIR, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        /* something the submission's compile step left: remove it */
        int fd = openat(box, VDIR, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            lc_empty_dir_at(fd, NULL);
            close(fd);
        }
        unlinkat(box, VDIR, AT_REMOVEDIR);
        unlinkat(box, VDIR, 0);
    }
    uid_t uid = (uid_t)lc_sbx_uid(c->s);
    if (mkdirat(box, VDIR, 0755) < 0 || mkdirat(box, VDIR "/src", 0755) < 0 ||
        mkdirat(box, VDIR "/feedback", 0755) < 0) {
        set_error(c->r, "cannot create the validator's directory");
        return false;
    }
    if (fchownat(box, VDIR, uid, uid, AT_SYMLINK_NOFOLLOW) < 0) {
        set_error(c->r, "cannot prepare the validator's directory");
        return false;
    }

    DIR *d = opendir(c->p->validator_dir);
    if (!d) {
        set_error(c->r, "cannot open the output validator");
        return false;
    }
    char *cfiles[VALIDATOR_FILES_MAX], *cppfiles[VALIDATOR_FILES_MAX], *pyfile = NULL;
    int nc = 0, ncpp = 0, nfiles = 0;
    bool ok = true;
    struct dirent *de;
    while ((de = readdir(d)) != NULL && ok) {
        if (de->d_name[0] == '.')
            continue;
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", c->p->validator_dir, de->d_name);
        if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
            continue;
        if (++nfiles > VALIDATOR_FILES_MAX) {
            set_error(c->r, "output validator: too many files");
            ok = false;
            break;
        }
        lc_buf b;
        lc_buf_init(&b, VALIDATOR_FILE_MAX);
        if (lc_read_file(path, &b, e)) {
            set_error(c->r, e->msg);
            lc_buf_free(&b);
            ok = false;
            break;
        }
        char rel[PATH_MAX];
        snprintf(rel, sizeof rel, VDIR "/src/%s", de->d_name);
        if (lc_write_file_at(box, rel, b.data ? b.data : "", b.len, 0644, e)) {
            set_error(c->r, e->msg);
            ok = false;
        }
        lc_buf_free(&b);
        char inbox[PATH_MAX + 8];
        snprintf(inbox, sizeof inbox, "/box/%s", rel);
        const char *dot = strrchr(de->d_name, '.');
        if (!dot)
            continue;
        if (strcmp(dot, ".c") == 0 && nc < VALIDATOR_FILES_MAX)
            cfiles[nc++] = strdup(inbox);
        else if ((strcmp(dot, ".cpp") == 0 || strcmp(dot, ".cc") == 0) &&
                 ncpp < VALIDATOR_FILES_MAX)
            cppfiles[ncpp++] = strdup(inbox);
        else if (strcmp(dot, ".py") == 0 && (!pyfile || strstr(de->d_name, "validat"))) {
            free(pyfile);
            pyfile = strdup(inbox);
        }
    }
    closedir(d);
    if (ok && (ncpp || nc)) {
        const char *argv[VALIDATOR_FILES_MAX + 16];
        int a = 0;
        argv[a++] = ncpp ? "/usr/bin/g++" : "/usr/bin/gcc";
        argv[a++] = ncpp ? "-std=gnu++20" : "-std=gnu17";
        argv[a++] = "-O2";
        argv[a++] = "-I/box/" VDIR "/src";
        argv[a++] = "-o";
        argv[a++] = "/box/" VDIR "/validator";
        for (int i = 0; i < ncpp; i++)
            argv[a++] = cppfiles[i];
        if (!ncpp)
            for (int i = 0; i < nc; i++)
                argv[a++] = cfiles[i];
        argv[a++] = "-lm";
        argv[a] = NULL;
        lc_buf out;
        lc_buf_init(&out, 4096);
        bool built;
        const lc_lang *saved = c->lang;
        c->lang = NULL;
        bool ran = run_compile(c, argv, &out, &built, e);
        c->lang = saved;
        if (ran && !built) {
            char msg[4200];
            snprintf(msg, sizeof msg, "output validator does not compile: %.4000s",
                     lc_buf_str(&out));
            set_error(c->r, msg);
        }
        ok = ran && built;
        lc_buf_free(&out);
        snprintf(c->validator_argv0, sizeof c->validator_argv0, "/box/" VDIR "/validator");
        c->validator_py = 0;
    } else if (ok && pyfile) {
        snprintf(c->validator_argv0, sizeof c->validator_argv0, "%s", pyfile);
        c->validator_py = 1;
    } else if (ok) {
        set_error(c->r, "output validator: no .c, .cpp or .py source");
        ok = false;
    }
    for (int i = 0; i < nc; i++)
        free(cfiles[i]);
    for (int i = 0; i < ncpp; i++)
        free(cppfiles[i]);
    free(pyfile);
    c->has_validator = ok;
    return ok;
}

/* A private, read-only copy of a test file for a run: sealed against any
 * change, mode 0444, and handed over through a read-only descriptor, so the
 * program can neither alter it nor learn the host path of the original. */
static int memfd_copy_of(const char *path)
{
    int in = open(path, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return -1;
    int fd = memfd_create("litecode-data", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    struct stat st;
    if (fd < 0 || fstat(in, &st) < 0 || st.st_size > (off_t)ANSWER_MAX) {
        close(in);
        if (fd >= 0)
            close(fd);
        return -1;
    }
    off_t left = st.st_size;
    while (left > 0) {
        ssize_t n = sendfile(fd, in, NULL, (size_t)left);
        if (n <= 0) {
            close(in);
            close(fd);
            return -1;
        }
        left -= n;
    }
    close(in);
    char self[64];
    snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
    int ro = -1;
    if (fchmod(fd, 0444) == 0 &&
        fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) == 0)
        ro = open(self, O_RDONLY | O_CLOEXEC);
    close(fd);
    return ro;
}

/* The validator's directory (sources, binary, feedback) during the
 * submission's runs: root's, mode 0700, so a run can neither read nor execute
 * the jury's validator; run_validator opens it for the validator's own runs. */
static int hide_validator(jctx *c)
{
    int box = lc_sbx_box_fd(c->s);
    if (fchownat(box, VDIR, 0, 0, AT_SYMLINK_NOFOLLOW) < 0)
        return -1;
    return fchmodat(box, VDIR, 0700, 0);
}

/* Runs the custom validator on the program's output (in c->out_fd).
 * Returns 1 accepted, 0 wrong answer, -1 internal error (r set). */
static int run_validator(jctx *c, const lc_test *t, char *why, size_t whysz, lc_err *e)
{
    why[0] = '\0';
    int infd = memfd_copy_of(t->in_path);
    int ansfd = memfd_copy_of(t->ans_path);
    if (infd < 0 || ansfd < 0) {
        if (infd >= 0)
            close(infd);
        if (ansfd >= 0)
            close(ansfd);
        set_error(c->r, "cannot read the test's files for the validator");
        return -1;
    }
    lseek(c->out_fd, 0, SEEK_SET);
    int vout = memfd_create("litecode-validator", MFD_CLOEXEC);
    if (vout < 0) {
        close(infd);
        close(ansfd);
        set_error(c->r, "memfd_create failed");
        return -1;
    }
    const char *argv_bin[] = {c->validator_argv0, "/dev/fd/3", "/dev/fd/4",
                              "/box/" VDIR "/feedback", NULL};
    const char *argv_py[] = {"/usr/bin/python3", "-I", c->validator_argv0, "/dev/fd/3",
                             "/dev/fd/4", "/box/" VDIR "/feedback", NULL};
    int extra[2] = {infd, ansfd};
    /* the box stays sealed; only the feedback directory is the validator's */
    int box = lc_sbx_box_fd(c->s);
    uid_t uid = (uid_t)lc_sbx_uid(c->s);
    /* the validator's directory is open for its own runs only (see hide_validator) */
    if (lc_sbx_seal_box(c->s, e) || fchmodat(box, VDIR, 0755, 0) < 0 ||
        fchownat(box, VDIR "/feedback", uid, uid, AT_SYMLINK_NOFOLLOW) < 0) {
        close(infd);
        close(ansfd);
        close(vout);
        set_error(c->r, "cannot prepare the validator's feedback directory");
        return -1;
    }
    lc_sbx_cmd cmd = {
        .argv = c->validator_py ? argv_py : argv_bin,
        .family = c->validator_py ? LC_SBX_FAMILY_PYTHON : LC_SBX_FAMILY_NATIVE,
        .box_writable = false,
        .stdin_fd = c->out_fd,
        .stdout_fd = vout,
        .stderr_fd = vout,
        .extra_fds = extra,
        .n_extra_fds = 2,
        .limits = {.cpu_ms = LC_JUDGE_VALIDATOR_WALL_MS / 2, .wall_ms = LC_JUDGE_VALIDATOR_WALL_MS,
                   .memory_kib = 2048 * 1024,
                   .fsize_kib = 64 * 1024, .processes = 16},
    };
    lc_sbx_result res;
    lc_code rc = sbx_exec_retry(c, &cmd, &res, e);
    close(infd);
    close(ansfd);
    if (fchmodat(box, VDIR, 0700, 0) < 0 && !rc)
        rc = lc_err_sys(e, LC_ERR_SANDBOX, "validator directory");
    lc_buf fb;
    lc_buf_init(&fb, 1024);
    lc_read_file_at(box, VDIR "/feedback/judgemessage.txt", true, &fb, NULL);
    snprintf(why, whysz, "%s", lc_buf_str(&fb));
    lc_buf_free(&fb);
    int fbd = openat(box, VDIR "/feedback", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fbd >= 0) {
        lc_empty_dir_at(fbd, NULL);
        if (fchown(fbd, 0, 0) < 0)
            rc = lc_err_sys(e, LC_ERR_SANDBOX, "feedback directory");
        close(fbd);
    }
    if (rc) {
        close(vout);
        set_error(c->r, e->msg);
        return -1;
    }
    if (res.signal == 0 && (res.exit_code == 42 || res.exit_code == 43)) {
        close(vout);
        return res.exit_code == 42;
    }
    char msg[512];
    bool tr;
    char *out = read_capped(vout, 300, &tr);
    close(vout);
    snprintf(msg, sizeof msg, "output validator failed (exit %d, signal %d, limit %s): %s",
             res.exit_code, res.signal, lc_sbx_limit_name(res.limit), out);
    free(out);
    set_error(c->r, msg);
    return -1;
}

/* ---- tests --------------------------------------------------------------- */

static char *dup_capped(const char *s, size_t n)
{
    if (n > LC_JUDGE_FIELD_MAX)
        n = LC_JUDGE_FIELD_MAX;
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* The limits of a run of the submission (the package's, plus the runtime's
 * own memory allowance); fsize_kib: the largest file it may write. */
static lc_sbx_limits run_limits(const jctx *c, uint64_t fsize_kib)
{
    uint64_t cpu_ms = (uint64_t)(c->p->time_limit * 1000.0 + 0.5);
    if (fsize_kib < (uint64_t)c->lang->run_fsize_min_mib * 1024)
        fsize_kib = (uint64_t)c->lang->run_fsize_min_mib * 1024;
    lc_sbx_limits l = {.cpu_ms = cpu_ms, .wall_ms = 2 * cpu_ms + 1000,
                       .memory_kib = c->p->memory_mib * 1024,
                       .memory_extra_kib = (uint64_t)c->lang->run_mem_extra_mib * 1024,
                       .fsize_kib = fsize_kib + 1, .processes = c->lang->run_processes};
    return l;
}

/* The diagnostic rerun's time (lc_lang.diag_run): twice the run's CPU time
 * and a second more (errortrace loads and instruments the program first). */
static lc_sbx_limits diag_limits(double time_limit)
{
    uint64_t cpu_ms = 2 * (uint64_t)(time_limit * 1000.0 + 0.5) + 1000;
    lc_sbx_limits l = {.cpu_ms = cpu_ms, .wall_ms = 2 * cpu_ms + 1000};
    return l;
}

/* How a run ended, as a verdict: LC_V_AC when it exited 0 within every limit.
 * output_first: an output past the limit wins over the limit that then ended
 * the run (function problems, where a print flood also fills memory). */
static lc_verdict run_verdict(jctx *c, const lc_sbx_result *res, off_t out_size, bool output_first)
{
    bool ole = res->limit == LC_SBX_LIMIT_FSIZE || res->limit == LC_SBX_LIMIT_DISK ||
               (uint64_t)out_size > c->p->output_mib * 1024 * 1024;
    if (ole && output_first)
        return LC_V_OLE;
    if (res->limit == LC_SBX_LIMIT_CPU || res->limit == LC_SBX_LIMIT_WALL)
        return LC_V_TLE;
    if (res->limit == LC_SBX_LIMIT_MEMORY)
        return LC_V_MLE;
    if (ole)
        return LC_V_OLE;
    if (res->exit_code == 0 && res->signal == 0)
        return LC_V_AC;
    if (c->lang->oom_markers) {
        /* the runtime's own out-of-memory message: on stderr, or (the JVM's
         * ExitOnOutOfMemoryError) at the end of stdout */
        char *err = read_capped(c->err_fd, 64 * 1024, NULL);
        char tail[4097];
        off_t from = out_size > 4096 ? out_size - 4096 : 0;
        ssize_t n = pread(c->out_fd, tail, 4096, from);
        tail[n > 0 ? n : 0] = '\0';
        bool oom = has_marker(c->lang, err) || has_marker(c->lang, tail);
        free(err);
        if (oom)
            return LC_V_MLE;
    }
    return LC_V_RE;
}

/* The first failing test, as the user sees it (only its name when the
 * package reveals samples only). actual: the answer shown; NULL for what the
 * program printed. why: what the checker said, added after stderr. */
static void record_failure(jctx *c, const lc_test *t, const char *actual, size_t actual_len,
                           const char *why)
{
    lc_judge_result *r = c->r;
    if (r->has_failing)
        return;
    r->has_failing = true;
    c->failing_test = t;
    r->failing_name = strdup(t->name);
    if (!t->sample && c->p->reveal == LC_REVEAL_SAMPLES) {
        r->failing_hidden = true;
        return;
    }
    r->failing_input = read_path_capped(t->in_path, LC_JUDGE_FIELD_MAX);
    r->failing_expected = read_path_capped(t->ans_path, LC_JUDGE_FIELD_MAX);
    r->failing_actual = actual ? dup_capped(actual, actual_len)
                               : read_capped(c->out_fd, LC_JUDGE_FIELD_MAX, NULL);
    char *err = read_capped(c->err_fd, LC_JUDGE_FIELD_MAX, NULL);
    if (why && *why) {
        size_t n = strlen(err) + strlen(why) + 16;
        char *both = malloc(n);
        if (both) {
            snprintf(both, n, "%s%s%s", err, *err ? "\n" : "", why);
            free(err);
            err = both;
            if (strlen(err) > LC_JUDGE_FIELD_MAX)
                err[LC_JUDGE_FIELD_MAX] = '\0';
        }
    }
    r->failing_stderr = err;
}

static lc_verdict run_test(jctx *c, const lc_test *t, lc_judge_test *jt, lc_err *e)
{
    const lc_package *p = c->p;
    /* a private copy: the program's /proc/self/fd/0 then names no host path */
    int infd = memfd_copy_of(t->in_path);
    if (infd < 0) {
        set_error(c->r, "cannot read a test's input");
        return LC_V_IE;
    }
    if (fresh_output_fds(c) < 0 || (c->has_validator && hide_validator(c) < 0)) {
        close(infd);
        set_error(c->r, "cannot prepare the run");
        return LC_V_IE;
    }
    lc_sbx_cmd cmd = {
        .argv = c->run_argv,
        .envp = c->has_env ? c->env : NULL,
        .family = c->lang->family,
        .box_writable = false,
        .stdin_fd = infd,
        .stdout_fd = c->out_fd,
        .stderr_fd = c->err_fd,
        .limits = run_limits(c, p->output_mib * 1024),
    };
    lc_sbx_result res;
    lc_code rc = sbx_exec_retry(c, &cmd, &res, e);
    close(infd);
    if (rc) {
        set_error(c->r, e->msg);
        return LC_V_IE;
    }
    jt->cpu_us = res.cpu_us;
    jt->wall_us = res.wall_us;
    jt->memory_kib = res.memory_kib;
    struct stat st;
    off_t out_size = fstat(c->out_fd, &st) == 0 ? st.st_size : 0;
    lc_verdict verdict = run_verdict(c, &res, out_size, false);
    char why[600] = "";
    if (verdict != LC_V_AC) {
        /* the run itself failed: that is the verdict */
    } else if (c->has_validator) {
        int ok = run_validator(c, t, why, sizeof why, e);
        verdict = ok < 0 ? LC_V_IE : (ok ? LC_V_AC : LC_V_WA);
    } else {
        lc_buf ans;
        lc_buf_init(&ans, ANSWER_MAX);
        lc_err fe = {0};
        if (lc_read_file(t->ans_path, &ans, &fe)) {
            lc_buf_free(&ans);
            set_error(c->r, fe.msg);
            return LC_V_IE;
        }
        void *out = MAP_FAILED;
        if (out_size > 0)
            out = mmap(NULL, (size_t)out_size, PROT_READ, MAP_PRIVATE, c->out_fd, 0);
        if (out_size > 0 && out == MAP_FAILED) {
            lc_buf_free(&ans);
            set_error(c->r, "cannot map the program's output");
            return LC_V_IE;
        }
        bool ok = lc_check_output(lc_buf_str(&ans), ans.len, out_size > 0 ? out : "",
                                  (size_t)out_size, &p->flags, why, sizeof why);
        if (out_size > 0)
            munmap(out, (size_t)out_size);
        lc_buf_free(&ans);
        verdict = ok ? LC_V_AC : LC_V_WA;
    }
    if (verdict != LC_V_AC && verdict != LC_V_IE)
        record_failure(c, t, NULL, 0, why);
    return verdict;
}

/* ---- function problems ---------------------------------------------------- */

/* jansson's allocations, counted per thread: a user's answer is parsed under
 * a budget derived from the expected answer, so a small payload that expands
 * into many objects (`[{},{},...]` grows ~30x) cannot exhaust the judge. */
static _Thread_local size_t json_budget, json_used;
static _Thread_local bool json_over;

/* Plain malloc underneath (callers free() what json_dumps returns); sizes
 * come from malloc_usable_size, so nothing is stored in front of a block. */
static void *budget_malloc(size_t n)
{
    if (json_budget && (n > json_budget || json_used + n > json_budget)) {
        json_over = true;
        return NULL;
    }
    void *p = malloc(n);
    if (p && json_budget)
        json_used += malloc_usable_size(p);
    return p;
}

static void budget_free(void *p)
{
    if (p && json_budget) {
        size_t n = malloc_usable_size(p);
        json_used = json_used > n ? json_used - n : 0;
    }
    free(p);
}

__attribute__((constructor)) static void install_json_budget(void)
{
    json_set_alloc_funcs(budget_malloc, budget_free);
}

/* Parses text under a budget of `budget` bytes of jansson allocations
 * (0: none). NULL when it is not JSON or would need more; *over says which. */
static json_t *parse_budgeted(const char *text, size_t len, size_t budget, size_t *used,
                              bool *over, json_error_t *je)
{
    json_budget = budget;
    json_used = 0;
    json_over = false;
    json_t *v = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, je);
    if (used)
        *used = json_used;
    if (over)
        *over = json_over;
    json_budget = 0;
    json_used = 0;
    return v;
}

typedef struct frame {
    bool present;
    size_t off, len; /* the payload, in the channel */
} frame;

#define FRAME_HEAD_MAX 96

/* Finds "#LC <index> <cpu_us> <length>\n<json>\n" frames in one pass: a header
 * may start anywhere (user code may have written bytes without a newline just
 * before it) and is at most FRAME_HEAD_MAX bytes; garbage is skipped; the last
 * LC_JUDGE_FRAME_DEPTH frames of each index are kept (the newest that parses
 * wins: user code may write a bogus frame after the driver's); indexes past n
 * are ignored. Nothing is parsed here,
 * and every byte is looked at a bounded number of times: linear in len. The
 * cpu_us field is the user process's own claim and is not used. */
void lc_judge_scan_frames(const char *buf, size_t len, size_t n, size_t *offs, size_t *lens,
                          size_t *count)
{
    size_t p = 0;
    while (p + 4 <= len) {
        const char *h = memmem(buf + p, len - p, "#LC ", 4);
        if (!h)
            return;
        size_t at = (size_t)(h - buf);
        size_t room = len - at < FRAME_HEAD_MAX ? len - at : FRAME_HEAD_MAX;
        const char *nl = memchr(h, '\n', room);
        p = at + 4; /* where to look next unless this frame is good */
        if (!nl)
            continue;
        size_t hl = (size_t)(nl - h);
        size_t body = (size_t)(nl - buf) + 1;
        char head[FRAME_HEAD_MAX + 1];
        memcpy(head, h, hl);
        head[hl] = '\0';
        unsigned long long idx, cpu, plen;
        char extra;
        if (sscanf(head, "#LC %llu %llu %llu%c", &idx, &cpu, &plen, &extra) != 3 ||
            plen > len - body || len - body - plen < 1 || buf[body + plen] != '\n')
            continue;
        if (idx < n) {
            size_t slot = idx * LC_JUDGE_FRAME_DEPTH + count[idx]++ % LC_JUDGE_FRAME_DEPTH;
            offs[slot] = body;
            lens[slot] = (size_t)plen;
        }
        p = body + (size_t)plen + 1;
    }
}

/* The largest answer that can still be right, given the expected one: the
 * drivers print compact JSON, but doubles may take up to 17 digits where the
 * .ans has few. Anything longer is a wrong answer, judged without parsing. */
static size_t answer_bound(size_t expected_len)
{
    return 8 * expected_len + 4096;
}

/* stdin for the driver: T, then the .in lines of tests [from, to) (signature.h). */
static int function_stdin(const lc_package *p, const lc_signature *sig, size_t from, size_t to,
                          lc_judge_result *r)
{
    int fd = memfd_create("litecode-stdin", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    char head[32];
    int hn = snprintf(head, sizeof head, "%zu\n", to - from);
    if (write(fd, head, (size_t)hn) != hn) {
        close(fd);
        return -1;
    }
    for (size_t i = from; i < to; i++) {
        lc_buf b;
        lc_buf_init(&b, ANSWER_MAX);
        lc_err fe = {0};
        if (lc_read_file(p->tests[i].in_path, &b, &fe)) {
            lc_buf_free(&b);
            set_error(r, fe.msg);
            close(fd);
            return -1;
        }
        /* exactly nparams lines; a missing final newline is added */
        size_t lines = 0;
        for (size_t k = 0; k < b.len; k++)
            lines += b.data[k] == '\n';
        if (b.len && b.data[b.len - 1] != '\n') {
            lines++;
            lc_buf_append(&b, "\n", 1);
        }
        if (lines != (size_t)sig->nparams) {
            char msg[300];
            snprintf(msg, sizeof msg, "problem '%s': %s.in: %zu lines for %d parameters", p->slug,
                     p->tests[i].name, lines, sig->nparams);
            set_error(r, msg);
            lc_buf_free(&b);
            close(fd);
            return -1;
        }
        const char *d = lc_buf_str(&b);
        size_t left = b.len;
        while (left) {
            ssize_t w = write(fd, d, left);
            if (w <= 0) {
                lc_buf_free(&b);
                close(fd);
                return -1;
            }
            d += w;
            left -= (size_t)w;
        }
        lc_buf_free(&b);
    }
    lseek(fd, 0, SEEK_SET);
    return fd;
}

/* Judges one answer against the test's .ans: LC_V_AC, LC_V_WA, or LC_V_IE
 * (r set) when the package's answer is bad. */
static lc_verdict check_answer(jctx *c, const lc_test *t, const char *text, size_t len,
                               char *why, size_t whysz, bool *unparsable)
{
    *unparsable = false;
    const lc_package *p = c->p;
    lc_buf ans;
    lc_buf_init(&ans, ANSWER_MAX);
    lc_err fe = {0};
    if (lc_read_file(t->ans_path, &ans, &fe)) {
        lc_buf_free(&ans);
        set_error(c->r, fe.msg);
        return LC_V_IE;
    }
    if (len > answer_bound(ans.len)) {
        lc_buf_free(&ans);
        snprintf(why, whysz, "the answer is far longer than the expected one");
        return LC_V_WA;
    }
    /* counted: what the expected answer needs bounds what a right one may need */
    size_t used = 0;
    json_error_t je;
    json_t *expected = parse_budgeted(lc_buf_str(&ans), ans.len, SIZE_MAX / 4, &used, NULL, &je);
    lc_buf_free(&ans);
    if (!expected) {
        char msg[400];
        snprintf(msg, sizeof msg, "problem '%s': %s.ans: not one JSON value: %s", p->slug,
                 t->name, je.text);
        set_error(c->r, msg);
        return LC_V_IE;
    }
    bool over = false;
    json_t *actual = parse_budgeted(text, len, 4 * used + (1u << 20), NULL, &over, &je);
    lc_verdict v;
    if (!actual) {
        snprintf(why, whysz, "%s", over ? "the answer is far larger than the expected one"
                                        : "the answer is not valid JSON");
        *unparsable = !over;
        v = LC_V_WA;
    } else {
        v = lc_answer_equal(c->sig.compare, expected, actual) ? LC_V_AC : LC_V_WA;
    }
    json_decref(actual);
    json_decref(expected);
    return v;
}

/* One run of the driver on tests [from, to). show: the user may see what this
 * run printed (its tests are not secret). Returns false when judging must stop. */
static bool judge_function_group(jctx *c, size_t from, size_t to, bool show, lc_err *e)
{
    const lc_package *p = c->p;
    lc_judge_result *r = c->r;
    size_t n = to - from;
    /* the channel holds at most what right answers can need, plus slack */
    uint64_t chan_cap = 64 * 1024;
    for (size_t i = from; i < to; i++) {
        struct stat ast;
        size_t alen = stat(p->tests[i].ans_path, &ast) == 0 ? (size_t)ast.st_size : 0;
        chan_cap += answer_bound(alen) + FRAME_HEAD_MAX;
    }
    int infd = function_stdin(p, &c->sig, from, to, r);
    if (infd < 0) {
        set_error(r, "cannot prepare the tests' input");
        return false;
    }
    int chan = memfd_create("litecode-answers", MFD_CLOEXEC);
    if (chan < 0 || fresh_output_fds(c) < 0) {
        if (chan >= 0)
            close(chan);
        close(infd);
        set_error(r, "memfd_create failed");
        return false;
    }
    /* RLIMIT_FSIZE is per file: stdout's cap or the channel's, whichever is larger */
    uint64_t fsize = p->output_mib * 1024;
    if (chan_cap / 1024 + 1 > fsize)
        fsize = chan_cap / 1024 + 1;
    int extra[1] = {chan};
    lc_sbx_cmd cmd = {
        .argv = c->run_argv,
        .envp = c->has_env ? c->env : NULL,
        .family = c->lang->family,
        .stdin_fd = infd,
        .stdout_fd = c->out_fd,
        .stderr_fd = c->err_fd,
        .extra_fds = extra,
        .n_extra_fds = 1,
        .limits = run_limits(c, fsize),
    };
    lc_sbx_result res;
    lc_code rc = sbx_exec_retry(c, &cmd, &res, e);
    close(infd);
    if (rc) {
        close(chan);
        set_error(r, e->msg);
        return false;
    }
    r->runtime_us += res.cpu_us;
    if (res.memory_kib > r->memory_kib)
        r->memory_kib = res.memory_kib;
    if (show) {
        free(r->user_stdout);
        r->user_stdout = read_capped(c->out_fd, 64 * 1024, NULL);
    }

    /* how the run ended, when it did not end well */
    struct stat st;
    off_t out_size = fstat(c->out_fd, &st) == 0 ? st.st_size : 0;
    lc_verdict run_v = run_verdict(c, &res, out_size, true);

    /* at most fsize (the run's file-size limit): the scan is linear in it */
    off_t clen = fstat(chan, &st) == 0 ? st.st_size : 0;
    void *map = clen > 0 ? mmap(NULL, (size_t)clen, PROT_READ, MAP_PRIVATE, chan, 0) : MAP_FAILED;
    size_t slots = (n ? n : 1) * LC_JUDGE_FRAME_DEPTH;
    size_t *offs = calloc(slots, sizeof *offs);
    size_t *lens = calloc(slots, sizeof *lens);
    size_t *count = calloc(n ? n : 1, sizeof *count);
    bool *present = calloc(n ? n : 1, sizeof *present);
    size_t *pick = calloc(n ? n : 1, sizeof *pick); /* the slot judged for each test */
    bool go_on = true;
    if (!offs || !lens || !count || !present || !pick) {
        set_error(r, "out of memory");
        go_on = false;
        goto out;
    }
    const char *chbuf = map != MAP_FAILED ? map : "";
    if (map != MAP_FAILED)
        lc_judge_scan_frames(chbuf, (size_t)clen, n, offs, lens, count);
    for (size_t k = 0; k < n; k++) {
        present[k] = count[k] > 0;
        pick[k] = k * LC_JUDGE_FRAME_DEPTH + (count[k] + LC_JUDGE_FRAME_DEPTH - 1) % LC_JUDGE_FRAME_DEPTH;
    }

    for (size_t k = 0; k < n; k++) {
        const lc_test *t = &p->tests[from + k];
        lc_judge_test *jt = &r->tests[r->ntests++];
        jt->name = strdup(t->name);
        jt->memory_kib = res.memory_kib;
        jt->hide_runtime = true; /* per call, only the user's own process could time it */
        jt->hide_memory = !show;
        lc_verdict tv;
        char why[256] = "";
        if (!present[k]) {
            /* the run died while this test was executing (or never answered) */
            tv = run_v != LC_V_AC ? run_v : LC_V_RE;
            if (run_v == LC_V_AC)
                snprintf(why, sizeof why, "the program ended without an answer for this test");
        } else {
            /* newest first; an older frame counts only when a newer one is not JSON */
            size_t kept = count[k] < LC_JUDGE_FRAME_DEPTH ? count[k] : LC_JUDGE_FRAME_DEPTH;
            bool unparsable = true;
            tv = LC_V_WA;
            for (size_t a = 0; a < kept && unparsable; a++) {
                size_t slot = k * LC_JUDGE_FRAME_DEPTH +
                              (count[k] - 1 - a) % LC_JUDGE_FRAME_DEPTH;
                char w2[256] = "";
                lc_verdict v2 = check_answer(c, t, chbuf + offs[slot], lens[slot], w2, sizeof w2,
                                             &unparsable);
                if (a == 0 || !unparsable) {
                    tv = v2;
                    snprintf(why, sizeof why, "%s", w2);
                    if (!unparsable)
                        pick[k] = slot;
                }
                if (v2 == LC_V_IE)
                    break;
            }
            if (tv == LC_V_IE) {
                go_on = false;
                break;
            }
        }
        jt->verdict = tv;
        if (tv == LC_V_AC) {
            if (r->verdict == LC_V_AC)
                r->passed++;
            continue;
        }
        record_failure(c, t, present[k] ? chbuf + offs[pick[k]] : "",
                       present[k] ? lens[pick[k]] : 0, why);
        if (r->verdict == LC_V_AC)
            r->verdict = tv;
        if (!c->opts->run_all) {
            go_on = false;
            break;
        }
    }
    /* every answer right, but the run itself failed afterwards (a crash at exit, output flood) */
    if (go_on && r->verdict == LC_V_AC && run_v != LC_V_AC && n > 0) {
        r->verdict = run_v;
        r->tests[r->ntests - 1].verdict = run_v;
        if (r->passed)
            r->passed--;
        record_failure(c, &p->tests[to - 1], present[n - 1] ? chbuf + offs[pick[n - 1]] : "",
                       present[n - 1] ? lens[pick[n - 1]] : 0, "");
        go_on = c->opts->run_all;
    }
out:
    free(offs);
    free(lens);
    free(count);
    free(present);
    free(pick);
    if (map != MAP_FAILED)
        munmap(map, (size_t)clen);
    close(chan);
    return go_on;
}

/* After a Runtime Error, in a language with a diagnostic run (lc_lang.diag_run):
 * the first failing test again, alone, under that command (built first by
 * lc_lang.diag_compile when there is one: C and C++ with UBSan). When it fails too
 * (exits non-zero, within its limits), its stderr, which names the user's
 * lines, is shown instead of the first run's; the verdict, the figures and
 * everything else stay the first run's. Never for a test the user may not
 * see, and never past the job's budget (lc_judge_budget_ms counts it). */
static void diagnose_failure(jctx *c)
{
    lc_judge_result *r = c->r;
    const lc_package *p = c->p;
    const lc_test *t = c->failing_test;
    if (!c->lang->diag_run || r->verdict != LC_V_RE || !t || r->failing_hidden || r->over_budget)
        return;
    lc_sbx_limits lim = run_limits(c, p->output_mib * 1024);
    lc_sbx_limits dl = diag_limits(p->time_limit);
    lim.cpu_ms = dl.cpu_ms;
    lim.wall_ms = dl.wall_ms;
    uint64_t build_ms = c->lang->diag_compile ? LC_JUDGE_COMPILE_WALL_MS : 0;
    if (c->deadline_us && mono_us() + (lim.wall_ms + build_ms) * 1000 + 1000000 > c->deadline_us)
        return;
    const char *argv[LC_LANG_MAX_ARGS + 1];
    char storage[4096];
    lc_lang_vars v = vars_for(c, p->memory_mib);
    lc_err e = {0};
    lc_sbx_result res;
    if (c->lang->diag_compile) {
        /* the build: as the first one (in /box, writable again), its output discarded */
        if (lc_lang_expand(c->lang->diag_compile, &v, storage, sizeof storage, argv,
                           LC_LANG_MAX_ARGS, &e) ||
            fresh_output_fds(c) < 0)
            return;
        lc_sbx_cmd build = compile_cmd(c, argv);
        if (lc_sbx_exec(c->s, &build, &res, &e) != LC_OK || res.limit != LC_SBX_LIMIT_NONE ||
            res.exit_code != 0 || res.signal != 0)
            return;
    }
    if (lc_lang_expand(c->lang->diag_run, &v, storage, sizeof storage, argv, LC_LANG_MAX_ARGS, &e))
        return;
    int infd = -1, chan = -1;
    if (p->function) {
        lc_judge_result scratch = {0}; /* function_stdin's errors are not this judgment's */
        size_t i = (size_t)(t - p->tests);
        infd = function_stdin(p, &c->sig, i, i + 1, &scratch);
        free(scratch.error);
        chan = memfd_create("litecode-answers", MFD_CLOEXEC);
    } else {
        infd = memfd_copy_of(t->in_path);
    }
    if (infd < 0 || (p->function && chan < 0) || fresh_output_fds(c) < 0 ||
        (c->has_validator && hide_validator(c) < 0)) {
        if (infd >= 0)
            close(infd);
        if (chan >= 0)
            close(chan);
        return;
    }
    int extra[1] = {chan};
    lc_sbx_cmd cmd = {
        .argv = argv,
        .envp = c->has_env ? c->env : NULL,
        .family = c->lang->family,
        .stdin_fd = infd,
        .stdout_fd = c->out_fd,
        .stderr_fd = c->err_fd,
        .extra_fds = p->function ? extra : NULL,
        .n_extra_fds = p->function ? 1 : 0,
        .limits = lim,
    };
    lc_code rc = lc_sbx_exec(c->s, &cmd, &res, &e);
    close(infd);
    if (chan >= 0)
        close(chan);
    if (rc != LC_OK || res.limit != LC_SBX_LIMIT_NONE || (res.exit_code == 0 && res.signal == 0))
        return;
    char *err = read_capped(c->err_fd, LC_JUDGE_FIELD_MAX, NULL);
    if (err && *err) {
        free(r->failing_stderr);
        r->failing_stderr = err;
    } else {
        free(err);
    }
}

/* One process for the whole submission, as LeetCode: but when the package
 * reveals samples only, the samples run in a process of their own, and only
 * what that process printed is shown. Everything in the user's process is the
 * user's (it can read the driver's input however the driver guards it), so a
 * process that saw secret tests never gets its stdout shown. */
static void judge_function_tests(jctx *c, lc_err *e)
{
    const lc_package *p = c->p;
    lc_judge_result *r = c->r;
    r->verdict = LC_V_AC;
    free(r->user_stdout);
    r->user_stdout = strdup("");
    size_t ns = p->nsamples < p->ntests ? p->nsamples : p->ntests;
    if (p->reveal != LC_REVEAL_SAMPLES || ns == p->ntests) {
        judge_function_group(c, 0, p->ntests, true, e);
        return;
    }
    if (ns > 0 && !judge_function_group(c, 0, ns, true, e))
        return;
    judge_function_group(c, ns, p->ntests, false, e);
}

/* ---- scoring problems ---------------------------------------------------- */

static bool shown_test(const lc_package *p, const lc_test *t);

/* Kattis's default grader's order of verdicts, the worst first. */
static int verdict_rank(lc_verdict v)
{
    static const lc_verdict order[] = {LC_V_IE, LC_V_RE, LC_V_MLE, LC_V_TLE, LC_V_OLE, LC_V_WA};
    for (int i = 0; i < (int)(sizeof order / sizeof order[0]); i++)
        if (order[i] == v)
            return i;
    return v == LC_V_AC ? 100 : 50;
}

/* One group's verdict and score from its items' (n of them, in order), as
 * Kattis's default grader computes them with the group's grader_flags. */
static void grade_group(const lc_group *g, const lc_verdict *v, const double *sc, size_t n,
                        lc_verdict *out_v, double *out_s)
{
    if (g->ignore_sample && n > 1) {
        /* data/'s items are sample and secret: only the last one counts */
        v += n - 1;
        sc += n - 1;
        n = 1;
    }
    lc_verdict verdict = LC_V_AC;
    bool any_ac = false;
    for (size_t i = 0; i < n; i++) {
        any_ac |= v[i] == LC_V_AC;
        if (g->verdict_agg == LC_VERDICT_FIRST && verdict == LC_V_AC)
            verdict = v[i];
        else if (g->verdict_agg == LC_VERDICT_WORST && verdict_rank(v[i]) < verdict_rank(verdict))
            verdict = v[i];
    }
    if (g->verdict_agg == LC_VERDICT_ALWAYS_AC || (g->accept_if_any && any_ac))
        verdict = LC_V_AC;
    double score = 0;
    for (size_t i = 0; i < n; i++) {
        if (g->score_agg == LC_SCORE_MIN)
            score = i == 0 || sc[i] < score ? sc[i] : score;
        else if (g->score_agg == LC_SCORE_MAX)
            score = i == 0 || sc[i] > score ? sc[i] : score;
        else
            score += sc[i];
    }
    if (g->score_agg == LC_SCORE_AVG && n > 0)
        score /= (double)n;
    *out_v = verdict;
    *out_s = score;
}

/* What group gi scores when every test is accepted. */
static double full_score(const lc_package *p, size_t gi, int depth)
{
    const lc_group *g = &p->groups[gi];
    lc_verdict *v = calloc(g->nitems ? g->nitems : 1, sizeof *v);
    double *sc = calloc(g->nitems ? g->nitems : 1, sizeof *sc);
    double score = 0;
    if (v && sc && depth < 16) {
        for (size_t i = 0; i < g->nitems; i++) {
            v[i] = LC_V_AC;
            sc[i] = g->items[i].is_group ? full_score(p, g->items[i].index, depth + 1)
                                         : g->accept_score;
        }
        lc_verdict gv;
        grade_group(g, v, sc, g->nitems, &gv, &score);
    }
    free(v);
    free(sc);
    return score;
}

/* Judges group gi's items in order (a test runs; a subgroup is judged the
 * same way), stopping at the first rejected item when the group breaks on
 * rejection. False when judging must stop (Internal Error). */
static bool judge_scoring_group(jctx *c, size_t gi, int depth, lc_verdict *out_v, double *out_s,
                                lc_err *e)
{
    const lc_package *p = c->p;
    lc_judge_result *r = c->r;
    const lc_group *g = &p->groups[gi];
    lc_verdict *v = calloc(g->nitems ? g->nitems : 1, sizeof *v);
    double *sc = calloc(g->nitems ? g->nitems : 1, sizeof *sc);
    bool ok = v && sc && depth < 16;
    if (!ok)
        set_error(r, "out of memory");
    size_t n = 0;
    for (size_t i = 0; ok && i < g->nitems; i++) {
        const lc_group_item *it = &g->items[i];
        if (it->is_group) {
            ok = judge_scoring_group(c, it->index, depth + 1, &v[n], &sc[n], e);
        } else {
            const lc_test *t = &p->tests[it->index];
            lc_judge_test *jt = &r->tests[r->ntests++];
            jt->name = strdup(t->name);
            jt->hide_runtime = jt->hide_memory = !shown_test(p, t);
            v[n] = run_test(c, t, jt, e);
            jt->verdict = v[n];
            sc[n] = v[n] == LC_V_AC ? g->accept_score : g->reject_score;
            if (jt->cpu_us > r->runtime_us)
                r->runtime_us = jt->cpu_us;
            if (jt->memory_kib > r->memory_kib)
                r->memory_kib = jt->memory_kib;
            r->passed += v[n] == LC_V_AC;
            ok = v[n] != LC_V_IE;
        }
        if (!ok)
            break;
        n++;
        if (v[n - 1] != LC_V_AC && g->on_reject_break)
            break;
    }
    if (ok) {
        grade_group(g, v, sc, n, out_v, out_s);
        if (gi != 0) {
            /* after its subgroups: the list is in the order groups end */
            lc_judge_group *jg = &r->groups[r->ngroups++];
            jg->name = strdup(g->name);
            jg->verdict = *out_v;
            jg->score = *out_s;
        }
    }
    free(v);
    free(sc);
    return ok;
}

/* A scoring problem: every group judged (as its on_reject says), the verdict
 * and score those of data/. */
static void judge_scoring(jctx *c, lc_err *e)
{
    const lc_package *p = c->p;
    lc_judge_result *r = c->r;
    r->scored = true;
    r->max_score = full_score(p, 0, 0);
    r->groups = calloc(p->ngroups ? p->ngroups : 1, sizeof *r->groups);
    if (!r->groups) {
        set_error(r, "out of memory");
        return;
    }
    lc_verdict v;
    double score;
    if (!judge_scoring_group(c, 0, 0, &v, &score, e)) {
        r->verdict = LC_V_IE;
        return;
    }
    r->verdict = v;
    r->score = score;
}

/* The PCH directory (bits/stdc++.h.gch and the C++ driver runtime) lives on
 * the host beside the executable; inside the sandbox it is bound at a fixed
 * path, since a host path under /tmp would be hidden by the sandbox's /tmp. */
#define LC_PCH_IN_SANDBOX "/litecode/pch"
/* LeetCode's JavaScript libraries (scripts/setup.sh installs them beside the
 * source tree, in deps/js), bound read-only for the JavaScript driver */
#define LC_JS_IN_SANDBOX "/litecode/js"
/* TypeScript's compiler and LiteCode's TypeScript globals (deps/ts, installed
 * by scripts/setup.sh), bound read-only for the typescript language */
#define LC_TS_IN_SANDBOX "/litecode/ts"
/* A Rust toolchain (rustup's, preinstalled for root on these machines; or
 * $LITECODE_RUST_DIR): its bin/ and lib/ (the compiler, LLVM, the standard
 * library and the linker wrapper), bound read-only. Without one, Debian's
 * /usr/bin/rustc is used when installed. */
#define LC_RUST_IN_SANDBOX "/litecode/rust"
/* where the sandbox binds both from (stage_dir) */
#define LC_RO_STAGE_DIR "/run/litecode-ro"
#define LC_STAGE_DEPTH 12

static void host_pch_dir(const lc_judge_opts *opts, char *out, size_t outsz)
{
    out[0] = '\0';
    const char *dir = opts && opts->pch_dir ? opts->pch_dir : NULL;
    char buf[PATH_MAX];
    if (!dir) {
        char exe[PATH_MAX - 16];
        if (lc_exe_dir(exe, sizeof exe, NULL) == LC_OK) {
            snprintf(buf, sizeof buf, "%s/pch", exe);
            dir = buf;
        }
    }
    char gch[PATH_MAX + 32];
    if (dir && snprintf(gch, sizeof gch, "%s/bits/stdc++.h.gch", dir) > 0 &&
        access(gch, R_OK) == 0)
        snprintf(out, outsz, "%s", dir);
}

static lc_code make_pch_path(jctx *c)
{
    char host[PATH_MAX];
    host_pch_dir(c->opts, host, sizeof host);
    c->pch[0] = '\0';
    if (host[0])
        snprintf(c->pch, sizeof c->pch, "%s", LC_PCH_IN_SANDBOX);
    snprintf(c->pch_host, sizeof c->pch_host, "%s", host);
    return LC_OK;
}

/* FNV-1a over what identifies a directory's files (names, sizes, mtimes,
 * inodes), LC_STAGE_DEPTH levels deep. */
static uint64_t stage_key(int dirfd, uint64_t h, int depth)
{
    DIR *d = fdopendir(dirfd);
    if (!d) {
        close(dirfd);
        return h;
    }
    rewinddir(d);
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        struct stat st;
        if (fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            continue;
        uint64_t parts[4] = {(uint64_t)st.st_size, (uint64_t)st.st_mtim.tv_sec,
                             (uint64_t)st.st_mtim.tv_nsec, (uint64_t)st.st_ino};
        for (const char *c = de->d_name; *c; c++)
            h = (h ^ (unsigned char)*c) * 0x100000001b3ull;
        for (size_t i = 0; i < sizeof parts; i++)
            h = (h ^ ((const unsigned char *)parts)[i]) * 0x100000001b3ull;
        if (S_ISDIR(st.st_mode) && depth < LC_STAGE_DEPTH) {
            int sub = openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0)
                h = stage_key(sub, h, depth + 1);
        }
    }
    closedir(d);
    return h;
}

/* Copies src to dst: a hard link when both are on one filesystem (else a
 * copy, unless link_only). */
static int stage_copy_file(int sfd, int dfd, const char *name, bool link_only)
{
    if (linkat(sfd, name, dfd, name, 0) == 0)
        return 0;
    if (link_only)
        return -1;
    int in = openat(sfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0)
        return -1;
    int out = openat(dfd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    struct stat st;
    int rc = out >= 0 && fstat(in, &st) == 0 ? 0 : -1;
    for (off_t done = 0; rc == 0 && done < st.st_size;) {
        ssize_t n = sendfile(out, in, NULL, (size_t)(st.st_size - done));
        if (n <= 0)
            rc = -1;
        else
            done += n;
    }
    close(in);
    if (out >= 0)
        close(out);
    return rc;
}

static int stage_copy_dir(int sfd, int dfd, int depth, bool link_only)
{
    DIR *d = fdopendir(dup(sfd));
    if (!d)
        return -1;
    rewinddir(d); /* the duplicate shares sfd's position */
    int rc = 0;
    struct dirent *de;
    while (rc == 0 && (de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        struct stat st;
        if (fstatat(sfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            continue;
        if (S_ISREG(st.st_mode)) {
            rc = stage_copy_file(sfd, dfd, de->d_name, link_only);
        } else if (S_ISDIR(st.st_mode) && depth < LC_STAGE_DEPTH) {
            int s2 = openat(sfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            int d2 = -1;
            if (s2 >= 0 && mkdirat(dfd, de->d_name, 0755) == 0)
                d2 = openat(dfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            rc = s2 >= 0 && d2 >= 0 ? stage_copy_dir(s2, d2, depth + 1, link_only) : -1;
            if (s2 >= 0)
                close(s2);
            if (d2 >= 0)
                close(d2);
        }
    }
    closedir(d);
    return rc;
}

/* A directory as the sandbox binds it: a copy (hard links) under a neutral
 * host path named by its content, so that the sandbox's /proc/self/mountinfo,
 * which shows where a bind comes from, never names the build or source
 * directory. Judges of several builds side by side each get theirs. Falls
 * back to the directory itself (out = src) when it cannot be made (link_only:
 * when it cannot be made of hard links, for a directory too large to copy). */
static void stage_dir(const char *src, char *out, size_t outsz, bool link_only)
{
    snprintf(out, outsz, "%s", src);
    int sfd = open(src, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (sfd < 0)
        return;
    int kfd = dup(sfd);
    uint64_t key = kfd >= 0 ? stage_key(kfd, 0xcbf29ce484222325ull, 0) : 0;
    char dst[PATH_MAX], tmp[PATH_MAX + 32];
    snprintf(dst, sizeof dst, "%s/%016llx", LC_RO_STAGE_DIR, (unsigned long long)key);
    if (lc_is_dir(dst)) {
        close(sfd);
        snprintf(out, outsz, "%s", dst);
        return;
    }
    lc_err e = {0};
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", dst, (long)getpid());
    lc_remove_tree(tmp);
    int dfd = -1;
    bool ok = lc_mkdir_p(LC_RO_STAGE_DIR, 0755, &e) == LC_OK && mkdir(tmp, 0755) == 0 &&
              (dfd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0 &&
              stage_copy_dir(sfd, dfd, 0, link_only) == 0;
    if (dfd >= 0)
        close(dfd);
    close(sfd);
    /* another judge may have made it meanwhile: theirs is as good */
    if (ok && (rename(tmp, dst) == 0 || lc_is_dir(dst)))
        snprintf(out, outsz, "%s", dst);
    else
        LC_WARN("event=stage_failed src=%s dir=%s", src, dst);
    lc_remove_tree(tmp);
}

/* deps/js of the source tree the executable was built in (build/litecode:
 * ../deps/js), or $LITECODE_JS_DIR; "" when not installed. */
/* A directory of npm packages beside the source tree (deps/NAME, or $ENV),
 * when PROBE exists in it. */
static void host_deps_dir(const char *env_name, const char *name, const char *probe_rel, char *out,
                          size_t outsz)
{
    out[0] = '\0';
    const char *env = getenv(env_name);
    char buf[PATH_MAX];
    if (env && *env) {
        snprintf(buf, sizeof buf, "%s", env);
    } else {
        char exe[PATH_MAX - 32];
        if (lc_exe_dir(exe, sizeof exe, NULL) != LC_OK)
            return;
        snprintf(buf, sizeof buf, "%s/../deps/%s", exe, name);
    }
    char probe[PATH_MAX + 64];
    snprintf(probe, sizeof probe, "%s/%s", buf, probe_rel);
    if (access(probe, R_OK) == 0)
        snprintf(out, outsz, "%s", buf);
}

static void host_js_dir(char *out, size_t outsz)
{
    host_deps_dir("LITECODE_JS_DIR", "js", "node_modules/lodash/package.json", out, outsz);
}

static void host_ts_dir(char *out, size_t outsz)
{
    host_deps_dir("LITECODE_TS_DIR", "ts", "node_modules/typescript/lib/tsc.js", out, outsz);
}

/* The Rust toolchain's root (holding bin/rustc and lib/rustlib): $LITECODE_RUST_DIR,
 * else rustup's stable toolchain of $HOME or of root; "" when there is none. */
static void host_rust_dir(char *out, size_t outsz)
{
    out[0] = '\0';
    const char *env = getenv("LITECODE_RUST_DIR"), *home = getenv("HOME");
    char cand[3][PATH_MAX];
    snprintf(cand[0], sizeof cand[0], "%s", env ? env : "");
    snprintf(cand[1], sizeof cand[1], "%s/.rustup/toolchains/stable-x86_64-unknown-linux-gnu",
             home && *home ? home : "/nonexistent");
    snprintf(cand[2], sizeof cand[2], "/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu");
    for (int i = 0; i < 3; i++) {
        char probe[PATH_MAX + 32];
        snprintf(probe, sizeof probe, "%s/bin/rustc", cand[i]);
        if (cand[i][0] && access(probe, X_OK) == 0) {
            snprintf(out, outsz, "%s", cand[i]);
            return;
        }
    }
}

/* The extra read-only binds of every slot, staged once per process (the
 * pairs stay in step whichever of the two functions is called first). */
static struct {
    bool done;
    char pch[PATH_MAX], js[PATH_MAX], ts[PATH_MAX], rust_bin[PATH_MAX], rust_lib[PATH_MAX];
    const char *paths[6], *targets[6];
} binds;

static void binds_init(const lc_judge_opts *opts)
{
    if (binds.done)
        return;
    binds.done = true;
    int n = 0;
    char host[PATH_MAX];
    host_pch_dir(opts, host, sizeof host);
    if (host[0]) {
        stage_dir(host, binds.pch, sizeof binds.pch, false);
        binds.paths[n] = binds.pch;
        binds.targets[n++] = LC_PCH_IN_SANDBOX;
    }
    host_js_dir(host, sizeof host);
    if (host[0]) {
        stage_dir(host, binds.js, sizeof binds.js, false);
        binds.paths[n] = binds.js;
        binds.targets[n++] = LC_JS_IN_SANDBOX;
    }
    host_ts_dir(host, sizeof host);
    if (host[0]) {
        stage_dir(host, binds.ts, sizeof binds.ts, false);
        binds.paths[n] = binds.ts;
        binds.targets[n++] = LC_TS_IN_SANDBOX;
    }
    host_rust_dir(host, sizeof host);
    if (host[0]) {
        /* ~600 MB: staged as hard links, else bound from where it is */
        char sub[PATH_MAX + 8];
        snprintf(sub, sizeof sub, "%s/bin", host);
        stage_dir(sub, binds.rust_bin, sizeof binds.rust_bin, true);
        snprintf(sub, sizeof sub, "%s/lib", host);
        stage_dir(sub, binds.rust_lib, sizeof binds.rust_lib, true);
        binds.paths[n] = binds.rust_bin;
        binds.targets[n++] = LC_RUST_IN_SANDBOX "/bin";
        binds.paths[n] = binds.rust_lib;
        binds.targets[n++] = LC_RUST_IN_SANDBOX "/lib";
    }
    binds.paths[n] = binds.targets[n] = NULL;
}

/* The Rust compiler as the sandbox sees it: the bound toolchain's, else
 * Debian's; NULL when neither is there. */
static const char *rustc_path(const lc_judge_opts *opts)
{
    binds_init(opts);
    if (binds.rust_bin[0])
        return LC_RUST_IN_SANDBOX "/bin/rustc";
    return access("/usr/bin/rustc", X_OK) == 0 ? "/usr/bin/rustc" : NULL;
}

const char *const *lc_judge_sandbox_paths(const lc_judge_opts *opts)
{
    binds_init(opts);
    return binds.paths;
}

const char *const *lc_judge_sandbox_targets(void)
{
    binds_init(NULL);
    return binds.targets;
}

uint64_t lc_judge_budget_ms(const lc_package *p, const lc_lang *lang)
{
    uint64_t cpu_ms = (uint64_t)(p->time_limit * 1000.0 + 0.5);
    uint64_t run_wall = 2 * cpu_ms + 1000;
    uint64_t per_test = run_wall + (p->custom_validation ? LC_JUDGE_VALIDATOR_WALL_MS : 0);
    uint64_t compiles = LC_JUDGE_COMPILE_WALL_MS * (p->custom_validation ? 2 : 1);
    /* function problems: one or two runs, whatever the test count */
    uint64_t runs = p->function ? 2 : (uint64_t)p->ntests;
    uint64_t diag = lang && lang->diag_run ? diag_limits(p->time_limit).wall_ms : 0;
    if (lang && lang->diag_compile)
        diag += LC_JUDGE_COMPILE_WALL_MS;
    return compiles + runs * per_test + diag + 10000;
}

/* Whether a test's details may be shown: not a secret test of a package that reveals samples. */
static bool shown_test(const lc_package *p, const lc_test *t)
{
    return t->sample || p->reveal != LC_REVEAL_SAMPLES;
}

/* With `reveal: samples`, the totals (which secret tests may have set) are
 * coarse: runtime in steps of 10 ms, memory of 1 MiB, so that they carry a
 * few bits about a secret input at most, not bytes of it. */
static void quantize_figures(const lc_package *p, lc_judge_result *r)
{
    if (p->reveal != LC_REVEAL_SAMPLES || p->nsamples >= p->ntests)
        return;
    r->runtime_us = (r->runtime_us + 9999) / 10000 * 10000;
    r->memory_kib = (r->memory_kib + 1023) / 1024 * 1024;
}

lc_code lc_judge_run(lc_sbx *s, const lc_package *p, const lc_lang *lang, const char *src,
                     size_t len, const lc_judge_opts *opts, lc_judge_result *r, lc_err *e)
{
    memset(r, 0, sizeof *r);
    lc_judge_opts defaults = {0};
    jctx c = {.s = s, .p = p, .lang = lang, .opts = opts ? opts : &defaults, .r = r,
              .out_fd = -1, .err_fd = -1};
    lc_err le = {0};
    if (!e)
        e = &le;
    r->total = p->ntests;
    r->tests = calloc(p->ntests ? p->ntests : 1, sizeof *r->tests);
    r->compile_output = strdup("");
    if (!r->tests || !r->compile_output)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    if (len > LC_JUDGE_SOURCE_MAX) {
        r->verdict = LC_V_CE;
        free(r->compile_output);
        r->compile_output = strdup("source code is larger than 64 KiB");
        return LC_OK;
    }
    c.budget_ms = c.opts->budget_ms ? c.opts->budget_ms : lc_judge_budget_ms(p, lang);
    c.deadline_us = mono_us() + c.budget_ms * 1000u;
    make_pch_path(&c);
    if (p->function && strncmp(lang->id, "cpp", 3) == 0) {
        /* the C++ driver's runtime is linked in, compiled once (CMake) beside the PCH */
        char host_obj[PATH_MAX + 32];
        snprintf(host_obj, sizeof host_obj, "%s/lc_cpp_runtime.o", c.pch_host);
        snprintf(c.rtobj, sizeof c.rtobj, "%s/lc_cpp_runtime.o", c.pch);
        if (!c.pch[0] || access(host_obj, R_OK) != 0) {
            set_error(r, "the C++ driver runtime (lc_cpp_runtime.o beside the precompiled header) "
                         "is missing: rebuild LiteCode");
            return LC_OK;
        }
    }
    if (strcmp(lang->id, "typescript") == 0) {
        /* the binds were staged once, when the sandbox was opened with them */
        binds_init(c.opts);
        if (!binds.ts[0]) {
            set_error(r, "the TypeScript compiler is not installed (scripts/setup.sh installs it "
                         "into deps/ts)");
            return LC_OK;
        }
    }
    if (strcmp(lang->id, "rust") == 0 && !rustc_path(c.opts)) {
        set_error(r, "no Rust compiler is installed (rustup's stable toolchain, "
                     "$LITECODE_RUST_DIR, or Debian's rustc)");
        return LC_OK;
    }
    if (lang->family == LC_SBX_FAMILY_BEAM && !erts_dir()[0]) {
        set_error(r, "the Erlang runtime is not installed (Debian's erlang-base)");
        return LC_OK;
    }
    if (p->function && lc_signature_parse(p->function, &c.sig, e)) {
        char msg[700];
        snprintf(msg, sizeof msg, "problem '%s': problem.yaml: %s", p->slug, e->msg);
        set_error(r, msg);
        return LC_OK;
    }
    c.out_fd = memfd_create("litecode-stdout", MFD_CLOEXEC);
    c.err_fd = memfd_create("litecode-stderr", MFD_CLOEXEC);
    if (c.out_fd < 0 || c.err_fd < 0) {
        set_error(r, "memfd_create failed");
        goto done;
    }
    if (lc_sbx_reset_box(s, e) || write_source(&c, src, len, e)) {
        set_error(r, e->msg);
        goto done;
    }
    if (lang->env) {
        lc_lang_vars ev = vars_for(&c, p->memory_mib);
        if (lc_lang_expand(lang->env, &ev, c.env_storage, sizeof c.env_storage, c.env,
                           LC_LANG_MAX_ARGS, e)) {
            set_error(r, e->msg);
            goto done;
        }
        c.has_env = true;
    }
    uint64_t t0 = mono_us();
    bool compiled = compile_submission(&c, e);
    r->compile_us = mono_us() - t0;
    if (!compiled)
        goto done;
    lc_lang_vars rv = vars_for(&c, p->memory_mib);
    if (lc_lang_expand(lang->run, &rv, c.run_storage, sizeof c.run_storage, c.run_argv,
                       LC_LANG_MAX_ARGS, e)) {
        set_error(r, e->msg);
        goto done;
    }
    if (p->function) {
        judge_function_tests(&c, e);
        goto done;
    }
    /* a test that is not shown keeps its figures to itself (they could carry its input) */
    if (p->custom_validation && !build_validator(&c, e))
        goto done;
    if (p->scoring) {
        judge_scoring(&c, e);
        goto done;
    }
    r->verdict = LC_V_AC;
    for (size_t i = 0; i < p->ntests; i++) {
        lc_judge_test *jt = &r->tests[r->ntests++];
        jt->name = strdup(p->tests[i].name);
        jt->hide_runtime = jt->hide_memory = !shown_test(p, &p->tests[i]);
        lc_verdict v = run_test(&c, &p->tests[i], jt, e);
        jt->verdict = v;
        if (jt->cpu_us > r->runtime_us)
            r->runtime_us = jt->cpu_us;
        if (jt->memory_kib > r->memory_kib)
            r->memory_kib = jt->memory_kib;
        if (v == LC_V_IE) {
            r->verdict = LC_V_IE;
            break;
        }
        if (v == LC_V_AC) {
            if (r->verdict == LC_V_AC)
                r->passed++;
            continue;
        }
        if (r->verdict == LC_V_AC)
            r->verdict = v;
        if (!c.opts->run_all)
            break;
    }
done:
    diagnose_failure(&c);
    if (r->over_budget) {
        r->verdict = LC_V_IE;
        if (!r->error)
            r->error = strdup("judging went over the job's budget");
    }
    quantize_figures(p, r);
    if (c.out_fd >= 0)
        close(c.out_fd);
    if (c.err_fd >= 0)
        close(c.err_fd);
    return LC_OK;
}

json_t *lc_judge_result_json(const lc_judge_result *r)
{
    json_t *o = json_object();
    json_object_set_new(o, "status", json_string(lc_verdict_status(r->verdict)));
    json_object_set_new(o, "result", json_string(lc_verdict_result(r->verdict)));
    json_object_set_new(o, "runtime", json_real((double)r->runtime_us / 1e6));
    json_object_set_new(o, "memory", json_integer((json_int_t)r->memory_kib));
    json_object_set_new(o, "passed", json_integer((json_int_t)r->passed));
    json_object_set_new(o, "total", json_integer((json_int_t)r->total));
    json_t *tests = json_array();
    for (size_t i = 0; i < r->ntests; i++) {
        const lc_judge_test *t = &r->tests[i];
        json_t *jt = json_object();
        json_object_set_new(jt, "name", json_string(t->name ? t->name : ""));
        json_object_set_new(jt, "result", json_string(lc_verdict_result(t->verdict)));
        json_object_set_new(jt, "runtime",
                            t->hide_runtime ? json_null() : json_real((double)t->cpu_us / 1e6));
        json_object_set_new(jt, "memory", t->hide_memory ? json_null()
                                                         : json_integer((json_int_t)t->memory_kib));
        json_array_append_new(tests, jt);
    }
    json_object_set_new(o, "tests", tests);
    if (r->scored) {
        json_object_set_new(o, "score", json_real(r->score));
        json_object_set_new(o, "max_score", json_real(r->max_score));
        json_t *groups = json_array();
        for (size_t i = 0; i < r->ngroups; i++)
            json_array_append_new(groups,
                                  json_pack("{s:s,s:s,s:f}", "name", r->groups[i].name, "result",
                                            lc_verdict_result(r->groups[i].verdict), "score",
                                            r->groups[i].score));
        json_object_set_new(o, "groups", groups);
    }
    if (r->has_failing) {
        json_t *f = json_object();
        json_object_set_new(f, "name", json_string(r->failing_name ? r->failing_name : ""));
        if (!r->failing_hidden) {
            /* program output may be any bytes: jansson refuses invalid UTF-8, so fall back */
            const char *fields[][2] = {{"input", r->failing_input},
                                       {"expected", r->failing_expected},
                                       {"actual", r->failing_actual},
                                       {"stderr", r->failing_stderr}};
            for (size_t i = 0; i < 4; i++) {
                const char *v = fields[i][1] ? fields[i][1] : "";
                json_t *js = json_string(v);
                if (!js) {
                    size_t n = strlen(v);
                    char *clean = malloc(n + 1);
                    for (size_t k = 0; clean && k < n; k++)
                        clean[k] = (v[k] & 0x80) ? '?' : v[k];
                    if (clean)
                        clean[n] = '\0';
                    js = json_string(clean ? clean : "");
                    free(clean);
                }
                json_object_set_new(f, fields[i][0], js);
            }
        }
        json_object_set_new(o, "failing_test", f);
    } else {
        json_object_set_new(o, "failing_test", json_null());
    }
    json_t *so = json_string(r->user_stdout ? r->user_stdout : "");
    json_object_set_new(o, "stdout", so ? so : json_string("(output is not UTF-8)"));
    json_t *co = json_string(r->compile_output ? r->compile_output : "");
    json_object_set_new(o, "compile_output", co ? co : json_string("(compiler output is not UTF-8)"));
    if (r->error)
        json_object_set_new(o, "error", json_string(r->error));
    return o;
}

/* ---- a time limit from the accepted references (Kattis) --------------------- */

/* A limits.KEY (or limits.GROUP.KEY) number of problem.yaml, else def. */
static double yaml_limit(const lc_package *p, const char *group, const char *key, double def)
{
    json_t *v = json_object_get(p->yaml, "limits");
    if (group)
        v = json_object_get(v, group);
    v = json_object_get(v, key);
    if (!json_is_string(v))
        return def;
    char *end;
    double d = strtod(json_string_value(v), &end);
    return end != json_string_value(v) && !*end && d > 0 && d < 1000 ? d : def;
}

lc_code lc_judge_derive_time_limit(lc_sbx *s, const lc_package *p, double *limit, char *why,
                                   size_t whysz, lc_err *e)
{
    *limit = p->time_limit;
    if (whysz)
        why[0] = '\0';
    if (p->time_limit_given)
        return LC_OK;
    bool v2023 = p->format && strncmp(p->format, "2023-07", 7) == 0;
    double mult = v2023 ? yaml_limit(p, "time_multipliers", "ac_to_time_limit", 2.0)
                        : yaml_limit(p, NULL, "time_multiplier", 5.0);
    double res = yaml_limit(p, NULL, "time_resolution", 1.0);
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/submissions/accepted", p->dir);
    DIR *d = opendir(dir);
    char *names[16];
    size_t n = 0;
    struct dirent *de;
    while (d && n < 16 && (de = readdir(d)) != NULL) {
        if (de->d_name[0] != '.' && lc_lang_from_path(de->d_name))
            names[n++] = strdup(de->d_name);
    }
    if (d)
        closedir(d);
    /* measured under a generous limit, every test run */
    lc_package m = *p;
    m.time_limit = LC_JUDGE_DERIVE_MEASURE_S;
    lc_judge_opts opts = {.run_all = true};
    uint64_t slowest = 0;
    const char *slowest_name = "";
    size_t accepted = 0;
    char failed[200] = "";
    for (size_t i = 0; i < n; i++) {
        if (!names[i])
            continue;
        char path[PATH_MAX + 300];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        lc_buf src;
        lc_buf_init(&src, LC_JUDGE_SOURCE_MAX);
        lc_judge_result r;
        memset(&r, 0, sizeof r);
        if (lc_read_file(path, &src, NULL) == LC_OK &&
            lc_judge_run(s, &m, lc_lang_from_path(names[i]), lc_buf_str(&src), src.len, &opts,
                         &r, NULL) == LC_OK &&
            r.verdict == LC_V_AC) {
            accepted++;
            if (r.runtime_us >= slowest) {
                slowest = r.runtime_us;
                slowest_name = names[i];
            }
        } else if (!failed[0]) {
            snprintf(failed, sizeof failed, "; %.100s: %s", names[i], lc_verdict_result(r.verdict));
        }
        lc_judge_result_free(&r);
        lc_buf_free(&src);
    }
    lc_code rc = LC_OK;
    if (accepted == 0) {
        rc = lc_err_set(e, LC_ERR_NOTFOUND,
                        "problem '%s': no time limit, and no accepted reference to derive one "
                        "from%s",
                        p->slug, failed);
    } else {
        double t = (double)slowest / 1e6;
        double steps = ceil(t * mult / res);
        *limit = (steps < 1 ? 1 : steps) * res;
        if (*limit > 60)
            *limit = 60;
        if (whysz)
            snprintf(why, whysz,
                     "time limit %g s: the slowest accepted reference, %s, took %.3f s (x %g, "
                     "in steps of %g s)%s",
                     *limit, slowest_name, t, mult, res, failed);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    return rc;
}

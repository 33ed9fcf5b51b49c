/* The parent side of the sandbox: slots, cgroups, the helper's life cycle.
 * See sandbox.h for the theory of operation and init.c for the helper. */
#include "sandbox.h"

#include "../util/fs.h"
#include "../util/log.h"
#include "proto.h"
#include "seccomp.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LC_SBX_MAX_SLOTS 256
#define LC_SBX_UID_BASE 60000

struct lc_sbx {
    int slot;
    int lock_fd;
    int sock;          /* our end of the socketpair; -1 when the helper is down */
    pid_t helper;
    int box_fd;
    int box_rw;        /* 1: the slot's uid may write /box; 0: sealed (root-owned) */
    int null_fd;
    char run_dir[256];
    char slot_dir[320];
    char box_dir[340];
    char helper_path[PATH_MAX];
    int cgroup_v2;
    char cgroup[LC_SBX_CG_N][LC_SBX_PATH_MAX];
    struct lc_sbx_setup *setup; /* kept for restarts */
    struct lc_sbx_req *req;     /* one per slot: it is 80 KiB */
    int restarts;               /* helper starts so far */
};

static const char *default_binds[] = {
    "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
    "/etc/alternatives", "/etc/java-17-openjdk", "/etc/ld.so.cache",
    /* Mono's dllmap (System.Native -> libmono-native.so: its File.Exists);
       Racket's config.rktd (where its compiled collections are: without it
       every start compiles the standard library) */
    "/etc/mono", "/etc/racket", NULL,
};

static const char *default_env[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp",
                                    "LANG=C.UTF-8", "TMPDIR=/tmp", NULL};

const char *lc_sbx_limit_name(lc_sbx_limit l)
{
    switch (l) {
    case LC_SBX_LIMIT_NONE: return "none";
    case LC_SBX_LIMIT_CPU: return "cpu";
    case LC_SBX_LIMIT_WALL: return "wall";
    case LC_SBX_LIMIT_MEMORY: return "memory";
    case LC_SBX_LIMIT_FSIZE: return "fsize";
    case LC_SBX_LIMIT_DISK: return "disk";
    }
    return "?";
}

/* ---- seccomp programs, built once per process -------------------------- */

static pthread_once_t bpf_once = PTHREAD_ONCE_INIT;
static struct sock_filter bpf_prog[LC_SBX_MAX_BPF];      /* the helper's */
static size_t bpf_len;                                    /* 0: the build failed */
static struct sock_filter fam_prog[LC_SBX_FAMILY_N][LC_SBX_MAX_BPF];
static size_t fam_len[LC_SBX_FAMILY_N];
static lc_err bpf_err;

static void build_bpf(void)
{
    for (int i = 0; i < LC_SBX_FAMILY_N; i++)
        if (lc_sbx_seccomp_build(i, fam_prog[i], LC_SBX_MAX_BPF, &fam_len[i], &bpf_err))
            return;
    lc_sbx_seccomp_build(LC_SBX_SECCOMP_HELPER, bpf_prog, LC_SBX_MAX_BPF, &bpf_len, &bpf_err);
}

/* ---- cgroups ----------------------------------------------------------- */

static int write_str(const char *path, const char *s)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, s, strlen(s));
    int saved = errno;
    close(fd);
    errno = saved;
    return n == (ssize_t)strlen(s) ? 0 : -1;
}

/* Our own cgroup path for a v1 controller ("" for the root), from
 * /proc/self/cgroup, and the controllers of its hierarchy ("cpu,cpuacct"). */
static void own_cgroup(const char *controller, char *out, size_t outsz, char *ctrls_out,
                       size_t ctrlsz)
{
    out[0] = '\0';
    ctrls_out[0] = '\0';
    FILE *f = fopen("/proc/self/cgroup", "re");
    if (!f)
        return;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        char *c1 = strchr(line, ':');
        char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
        if (!c2)
            continue;
        *c2 = '\0';
        char *ctrls = c1 + 1;
        char *path = c2 + 1;
        path[strcspn(path, "\n")] = '\0';
        char all[256];
        snprintf(all, sizeof all, "%s", ctrls);
        char *save = NULL;
        for (char *tok = strtok_r(ctrls, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
            if (strcmp(tok, controller) == 0) {
                snprintf(out, outsz, "%s", strcmp(path, "/") == 0 ? "" : path);
                snprintf(ctrls_out, ctrlsz, "%s", all);
                fclose(f);
                return;
            }
    }
    fclose(f);
}

/* Where the slots of a v1 controller live: normally our own cgroup under
 * /sys/fs/cgroup/<controller>. In a container that directory is missing (the
 * hierarchy is mounted at the container's cgroup, which /proc/self/cgroup
 * names by its host path) or read-only (Docker mounts it so even with
 * CAP_SYS_ADMIN). Then the hierarchy is mounted again, writable, under the
 * run directory, in this process's mount namespace only (the container's):
 * the host's mounts are never touched, and a host whose own cgroup directory
 * is writable never takes this path. */
static pthread_mutex_t cg_mount_mu = PTHREAD_MUTEX_INITIALIZER;

static int v1_cgroup_base(const char *run_dir, const char *controller, char *out, size_t outsz,
                          lc_err *e)
{
    char own[LC_SBX_PATH_MAX / 2], ctrls[256];
    own_cgroup(controller, own, sizeof own, ctrls, sizeof ctrls);
    snprintf(out, outsz, "/sys/fs/cgroup/%s%s", controller, own);
    struct stat st;
    if (stat(out, &st) == 0 && S_ISDIR(st.st_mode) && access(out, W_OK) == 0)
        return 0;
    if (!ctrls[0])
        return lc_err_set(e, LC_ERR_SANDBOX, "no v1 %s hierarchy in /proc/self/cgroup",
                          controller);
    char mnt[LC_SBX_PATH_MAX / 2];
    snprintf(mnt, sizeof mnt, "%s/cgroup-%s", run_dir, controller);
    pthread_mutex_lock(&cg_mount_mu);
    lc_code rc = LC_OK;
    char probe[LC_SBX_PATH_MAX];
    snprintf(probe, sizeof probe, "%s/cgroup.procs", mnt);
    if (access(probe, F_OK) != 0) {
        if (mkdir(mnt, 0700) < 0 && errno != EEXIST)
            rc = lc_err_sys(e, LC_ERR_SANDBOX, "mkdir %s", mnt);
        else if (mount("litecode-cgroup", mnt, "cgroup", MS_NOSUID | MS_NODEV | MS_NOEXEC,
                       ctrls) < 0)
            rc = lc_err_sys(e, LC_ERR_SANDBOX,
                            "%s is not writable and mounting the %s hierarchy failed (a "
                            "container needs CAP_SYS_ADMIN)",
                            out, ctrls);
        else
            LC_INFO("event=sandbox_cgroup_mount controller=%s at=%s", ctrls, mnt);
    }
    pthread_mutex_unlock(&cg_mount_mu);
    if (rc)
        return rc;
    snprintf(out, outsz, "%s%s", mnt, own);
    if (stat(out, &st) != 0 || !S_ISDIR(st.st_mode))
        return lc_err_sys(e, LC_ERR_SANDBOX, "our %s cgroup %s", controller, out);
    return 0;
}

/* Whether a space-separated list (cgroup.controllers) holds word. */
static int has_word(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; (p = strstr(p, word)) != NULL; p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' ' || p[n] == '\n'))
            return 1;
    return 0;
}

/* v1: memory, pids and cpuacct are required; the cpu controller (the slot's
 * CPU share) is used when the host has it. Where cpu and cpuacct are mounted
 * together both names lead to the same directory, which is harmless. */
static int detect_cgroups(lc_sbx *s, lc_err *e)
{
    static const char *v1[LC_SBX_CG_N] = {"memory", "pids", "cpuacct", "cpu"};
    int have_v1 = 1, have_cpu = 1;
    for (int i = 0; i < LC_SBX_CG_N; i++) {
        char p[128];
        snprintf(p, sizeof p, "/sys/fs/cgroup/%s/cgroup.procs", v1[i]);
        if (access(p, F_OK) == 0)
            continue;
        if (i == LC_SBX_CG_CPU)
            have_cpu = 0;
        else
            have_v1 = 0;
    }
    if (have_v1) {
        s->cgroup_v2 = 0;
        for (int i = 0; i < LC_SBX_CG_N; i++) {
            s->cgroup[i][0] = '\0';
            if (i == LC_SBX_CG_CPU && !have_cpu)
                continue;
            char base[LC_SBX_PATH_MAX - 32];
            if (v1_cgroup_base(s->run_dir, v1[i], base, sizeof base, e))
                return LC_ERR_SANDBOX;
            snprintf(s->cgroup[i], LC_SBX_PATH_MAX, "%s/litecode-slot-%d", base, s->slot);
        }
        if (!have_cpu)
            LC_WARN("event=sandbox_no_cpu_cgroup slot=%d msg=\"no v1 cpu controller: slots share "
                    "the CPU without a share of their own\"",
                    s->slot);
        return 0;
    }
    /* v2: a delegated subtree /sys/fs/cgroup/litecode with memory, pids and cpu
     * enabled; the root cgroup is exempt from the no-internal-processes rule. */
    FILE *f = fopen("/sys/fs/cgroup/cgroup.controllers", "re");
    char ctl[512] = "";
    if (f) {
        if (!fgets(ctl, sizeof ctl, f))
            ctl[0] = '\0';
        fclose(f);
    }
    if (!has_word(ctl, "memory") || !has_word(ctl, "pids") || !has_word(ctl, "cpu"))
        return lc_err_set(e, LC_ERR_SANDBOX,
                          "no usable cgroups: need v1 memory, pids and cpuacct, or v2 with "
                          "memory, pids and cpu controllers");
    s->cgroup_v2 = 1;
    write_str("/sys/fs/cgroup/cgroup.subtree_control", "+memory +pids +cpu");
    mkdir("/sys/fs/cgroup/litecode", 0755);
    write_str("/sys/fs/cgroup/litecode/cgroup.subtree_control", "+memory +pids +cpu");
    snprintf(s->cgroup[0], LC_SBX_PATH_MAX, "/sys/fs/cgroup/litecode/slot-%d", s->slot);
    for (int i = 1; i < LC_SBX_CG_N; i++)
        s->cgroup[i][0] = '\0';
    return 0;
}

static void kill_cgroup_procs(const char *dir)
{
    char path[LC_SBX_PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/cgroup.procs", dir);
    for (int round = 0; round < 50; round++) {
        FILE *f = fopen(path, "re");
        if (!f)
            return;
        int any = 0;
        long pid;
        while (fscanf(f, "%ld", &pid) == 1) {
            kill((pid_t)pid, SIGKILL);
            any = 1;
        }
        fclose(f);
        if (!any)
            return;
        usleep(2000);
    }
}

/* Every slot gets the same CPU share, in a group of its own: the scheduler
 * first divides the CPUs between groups (slots, and the host's own tasks
 * beside them), then between the threads inside each, so a run with 63 busy
 * threads gets no more CPU than a run with one (see sandbox.h). */
static int make_cgroups(lc_sbx *s, lc_err *e)
{
    int n = s->cgroup_v2 ? 1 : LC_SBX_CG_N;
    for (int i = 0; i < n; i++) {
        if (!s->cgroup[i][0])
            continue;
        if (mkdir(s->cgroup[i], 0755) < 0 && errno != EEXIST)
            return lc_err_sys(e, LC_ERR_SANDBOX, "mkdir %s", s->cgroup[i]);
        kill_cgroup_procs(s->cgroup[i]);
    }
    char p[LC_SBX_PATH_MAX + 64];
    if (s->cgroup_v2) {
        snprintf(p, sizeof p, "%s/memory.swap.max", s->cgroup[0]);
        write_str(p, "0");
        snprintf(p, sizeof p, "%s/cpu.weight", s->cgroup[0]);
        if (write_str(p, "100") < 0)
            LC_WARN("event=sandbox_no_cpu_share slot=%d path=%s errno=%d", s->slot, p, errno);
    } else {
        /* no swap here; keep the kernel from swapping a run's pages anyway */
        snprintf(p, sizeof p, "%s/memory.swappiness", s->cgroup[LC_SBX_CG_MEMORY]);
        write_str(p, "0");
        if (s->cgroup[LC_SBX_CG_CPU][0]) {
            snprintf(p, sizeof p, "%s/cpu.shares", s->cgroup[LC_SBX_CG_CPU]);
            if (write_str(p, "1024") < 0)
                LC_WARN("event=sandbox_no_cpu_share slot=%d path=%s errno=%d", s->slot, p, errno);
        }
    }
    return 0;
}

static void remove_cgroups(lc_sbx *s)
{
    int n = s->cgroup_v2 ? 1 : LC_SBX_CG_N;
    for (int i = 0; i < n; i++) {
        if (!s->cgroup[i][0])
            continue;
        kill_cgroup_procs(s->cgroup[i]);
        for (int tries = 0; tries < 100 && rmdir(s->cgroup[i]) < 0 && errno == EBUSY; tries++)
            usleep(1000);
    }
}

/* ---- leftovers of a dead owner ----------------------------------------- */

static void kill_uid(uid_t uid)
{
    for (int round = 0; round < 50; round++) {
        DIR *d = opendir("/proc");
        if (!d)
            return;
        int any = 0;
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            char *end;
            long pid = strtol(de->d_name, &end, 10);
            if (*end || pid <= 0)
                continue;
            struct stat st;
            char p[64];
            snprintf(p, sizeof p, "/proc/%ld", pid);
            if (stat(p, &st) == 0 && st.st_uid == uid) {
                kill((pid_t)pid, SIGKILL);
                any = 1;
            }
        }
        closedir(d);
        if (!any)
            return;
        usleep(2000);
    }
}

static void umount_all(const char *path)
{
    for (int i = 0; i < 16 && umount2(path, MNT_DETACH) == 0; i++)
        ;
}

lc_code lc_sbx_cleanup_slot(const char *run_dir, int slot, lc_err *e)
{
    (void)e;
    kill_uid((uid_t)(LC_SBX_UID_BASE + slot));
    char p[512];
    snprintf(p, sizeof p, "%s/slot-%d/box", run_dir, slot);
    umount_all(p);
    snprintf(p, sizeof p, "%s/slot-%d/root", run_dir, slot);
    umount_all(p);
    return LC_OK;
}

/* ---- helper life cycle ------------------------------------------------- */

static lc_code recv_resp(lc_sbx *s, struct lc_sbx_resp *r, int timeout_ms, lc_err *e)
{
    struct pollfd pf = {.fd = s->sock, .events = POLLIN};
    for (;;) {
        int pr = poll(&pf, 1, timeout_ms);
        if (pr < 0 && errno == EINTR)
            continue;
        if (pr == 0)
            return lc_err_set(e, LC_ERR_SANDBOX, "sandbox helper did not answer");
        if (pr < 0)
            return lc_err_sys(e, LC_ERR_SANDBOX, "poll");
        break;
    }
    ssize_t n;
    do
        n = recv(s->sock, r, sizeof *r, 0);
    while (n < 0 && errno == EINTR);
    if (n == 0)
        return lc_err_set(e, LC_ERR_SANDBOX, "sandbox helper died");
    if (n != (ssize_t)sizeof *r || r->magic != LC_SBX_MAGIC)
        return lc_err_set(e, LC_ERR_SANDBOX, "bad answer from the sandbox helper");
    r->error[sizeof r->error - 1] = '\0';
    return LC_OK;
}

static void stop_helper(lc_sbx *s)
{
    if (s->sock >= 0) {
        close(s->sock);
        s->sock = -1;
    }
    if (s->helper > 0) {
        /* EOF makes it exit; give it a moment, then kill its namespace outright */
        for (int i = 0; i < 200; i++) {
            pid_t w = waitpid(s->helper, NULL, WNOHANG);
            if (w == s->helper || (w < 0 && errno == ECHILD))
                goto reaped;
            usleep(500);
        }
        kill(s->helper, SIGKILL);
        waitpid(s->helper, NULL, 0);
    reaped:
        s->helper = -1;
    }
    int n = s->cgroup_v2 ? 1 : LC_SBX_CG_N;
    for (int i = 0; i < n; i++)
        if (s->cgroup[i][0])
            kill_cgroup_procs(s->cgroup[i]);
}

/* A fresh memory cgroup for the slot (charges of the old one move to its parent). */
static void recycle_memory_cgroup(lc_sbx *s)
{
    const char *dir = s->cgroup[s->cgroup_v2 ? 0 : LC_SBX_CG_MEMORY];
    kill_cgroup_procs(dir);
    for (int tries = 0; tries < 100 && rmdir(dir) < 0 && errno == EBUSY; tries++)
        usleep(1000);
    if (s->cgroup_v2) {
        make_cgroups(s, NULL);
        return;
    }
    mkdir(dir, 0755);
    char p[LC_SBX_PATH_MAX + 64];
    snprintf(p, sizeof p, "%s/memory.swappiness", dir);
    write_str(p, "0");
}

static lc_code start_helper(lc_sbx *s, lc_err *e)
{
    if (s->restarts++ > 0)
        recycle_memory_cgroup(s);
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0)
        return lc_err_sys(e, LC_ERR_SANDBOX, "socketpair");
    int flags = CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | SIGCHLD;
    /* Raw clone with fork semantics: the child only calls async-signal-safe
     * functions before exec, so this is safe from a threaded process. The
     * exec gives the helper a fresh, tiny address space. */
    pid_t pid = (pid_t)syscall(SYS_clone, (unsigned long)flags, NULL, NULL, NULL, 0UL);
    if (pid < 0) {
        close(sv[0]);
        close(sv[1]);
        return lc_err_sys(e, LC_ERR_SANDBOX, "clone");
    }
    if (pid == 0) {
        int fd = sv[1];
        if (fd != 3) {
            if (dup2(fd, 3) < 0)
                _exit(126);
        } else if (fcntl(fd, F_SETFD, 0) < 0) {
            _exit(126);
        }
        syscall(SYS_close_range, 4U, ~0U, 0U);
        char *argv[] = {(char *)"litecode-sandbox-init", (char *)"3", NULL};
        char *envp[] = {NULL};
        execve(s->helper_path, argv, envp);
        _exit(127);
    }
    close(sv[1]);
    s->sock = sv[0];
    s->helper = pid;
    char pidstr[32];
    snprintf(pidstr, sizeof pidstr, "%d", (int)pid);
    /* once per helper start: every later process of the slot is born inside */
    int n = s->cgroup_v2 ? 1 : LC_SBX_CG_N;
    for (int i = 0; i < n; i++) {
        if (!s->cgroup[i][0])
            continue;
        char p[LC_SBX_PATH_MAX + 32];
        snprintf(p, sizeof p, "%s/cgroup.procs", s->cgroup[i]);
        if (write_str(p, pidstr) < 0) {
            lc_err_sys(e, LC_ERR_SANDBOX, "attach helper to %s", p);
            stop_helper(s);
            return LC_ERR_SANDBOX;
        }
    }
    if (send(s->sock, s->setup, sizeof *s->setup, MSG_NOSIGNAL) != (ssize_t)sizeof *s->setup) {
        lc_err_sys(e, LC_ERR_SANDBOX, "send setup to the sandbox helper");
        stop_helper(s);
        return LC_ERR_SANDBOX;
    }
    struct lc_sbx_resp r;
    lc_code rc = recv_resp(s, &r, 10000, e);
    if (!rc && r.status != LC_SBX_RESP_OK)
        rc = lc_err_set(e, LC_ERR_SANDBOX, "%s", r.error);
    if (rc) {
        stop_helper(s);
        return rc;
    }
    return LC_OK;
}

static lc_code take_slot(lc_sbx *s, int want, lc_err *e)
{
    int first = want >= 0 ? want : 0;
    int last = want >= 0 ? want : LC_SBX_MAX_SLOTS - 1;
    for (int i = first; i <= last; i++) {
        char p[300];
        snprintf(p, sizeof p, "%s/slot-%d.lock", s->run_dir, i);
        int fd = open(p, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0)
            return lc_err_sys(e, LC_ERR_SANDBOX, "open %s", p);
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
            s->slot = i;
            s->lock_fd = fd;
            return LC_OK;
        }
        close(fd);
    }
    if (want >= 0)
        return lc_err_set(e, LC_ERR_SANDBOX, "sandbox slot %d is in use", want);
    return lc_err_set(e, LC_ERR_SANDBOX, "all %d sandbox slots are in use", LC_SBX_MAX_SLOTS);
}

lc_code lc_sbx_open(const lc_sbx_config *cfg, lc_sbx **out, lc_err *e)
{
    lc_sbx_config def = {.slot = -1};
    if (!cfg)
        cfg = &def;
    *out = NULL;
    if (geteuid() != 0)
        return lc_err_set(e, LC_ERR_SANDBOX, "the sandbox needs root (namespaces, cgroups, mounts)");
    pthread_once(&bpf_once, build_bpf);
    if (bpf_len == 0)
        return lc_err_set(e, LC_ERR_SANDBOX, "seccomp: %s", bpf_err.msg);

    lc_sbx *s = calloc(1, sizeof *s);
    if (!s)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    s->lock_fd = s->sock = s->box_fd = s->null_fd = -1;
    s->box_rw = -1;
    s->helper = -1;
    s->setup = calloc(1, sizeof *s->setup);
    s->req = calloc(1, sizeof *s->req);
    lc_code rc = LC_OK;
    if (!s->setup || !s->req) {
        rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        goto fail;
    }
    const char *rd = cfg->run_dir ? cfg->run_dir : getenv("LITECODE_RUN_DIR");
    snprintf(s->run_dir, sizeof s->run_dir, "%s", rd && *rd ? rd : "/run/litecode");
    if ((rc = lc_mkdir_p(s->run_dir, 0700, e)))
        goto fail;
    chmod(s->run_dir, 0700);

    if (cfg->helper_path) {
        snprintf(s->helper_path, sizeof s->helper_path, "%s", cfg->helper_path);
    } else {
        char dir[PATH_MAX - 64];
        const char *env = getenv("LITECODE_SANDBOX_INIT");
        if (env && *env) {
            snprintf(s->helper_path, sizeof s->helper_path, "%s", env);
        } else {
            if ((rc = lc_exe_dir(dir, sizeof dir, e)))
                goto fail;
            snprintf(s->helper_path, sizeof s->helper_path, "%s/litecode-sandbox-init", dir);
        }
    }
    if (access(s->helper_path, X_OK) != 0) {
        rc = lc_err_sys(e, LC_ERR_SANDBOX, "sandbox helper %s", s->helper_path);
        goto fail;
    }

    if ((rc = take_slot(s, cfg->slot, e)))
        goto fail;
    lc_sbx_cleanup_slot(s->run_dir, s->slot, NULL);
    if (detect_cgroups(s, e) || make_cgroups(s, e)) {
        rc = LC_ERR_SANDBOX;
        goto fail;
    }

    snprintf(s->slot_dir, sizeof s->slot_dir, "%s/slot-%d", s->run_dir, s->slot);
    snprintf(s->box_dir, sizeof s->box_dir, "%s/box", s->slot_dir);
    char root_dir[400];
    snprintf(root_dir, sizeof root_dir, "%s/root", s->slot_dir);
    if ((rc = lc_mkdir_p(s->box_dir, 0700, e)) || (rc = lc_mkdir_p(root_dir, 0700, e)))
        goto fail;
    uint32_t uid = (uint32_t)(LC_SBX_UID_BASE + s->slot);
    uint64_t box_kib = cfg->box_kib ? cfg->box_kib : 256 * 1024;
    char opts[128];
    snprintf(opts, sizeof opts, "size=%lluk,mode=0755,uid=%u,gid=%u,nr_inodes=16384",
             (unsigned long long)box_kib, uid, uid);
    if (mount("litecode-box", s->box_dir, "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0) {
        rc = lc_err_sys(e, LC_ERR_SANDBOX, "mount box at %s", s->box_dir);
        goto fail;
    }
    s->box_fd = open(s->box_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    s->null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (s->box_fd < 0 || s->null_fd < 0) {
        rc = lc_err_sys(e, LC_ERR_SANDBOX, "open box");
        goto fail;
    }

    struct lc_sbx_setup *st = s->setup;
    st->magic = LC_SBX_MAGIC;
    st->uid = st->gid = uid;
    st->cgroup_v2 = (uint32_t)s->cgroup_v2;
    st->tmp_kib = cfg->tmp_kib ? cfg->tmp_kib : 64 * 1024;
    snprintf(st->root_dir, sizeof st->root_dir, "%s", root_dir);
    snprintf(st->box_dir, sizeof st->box_dir, "%s", s->box_dir);
    for (int i = 0; i < LC_SBX_CG_N; i++)
        snprintf(st->cgroup[i], sizeof st->cgroup[i], "%s", s->cgroup[i]);
    for (const char **b = default_binds; *b && st->n_binds < LC_SBX_MAX_BINDS; b++)
        snprintf(st->binds[st->n_binds++], LC_SBX_PATH_MAX, "%s", *b);
    for (size_t k = 0; cfg->ro_paths && cfg->ro_paths[k]; k++) {
        const char *b = cfg->ro_paths[k];
        const char *t = cfg->ro_targets ? cfg->ro_targets[k] : NULL;
        if (st->n_binds >= LC_SBX_MAX_BINDS || b[0] != '/' || strlen(b) >= LC_SBX_PATH_MAX ||
            (t && strlen(t) >= LC_SBX_PATH_MAX)) {
            rc = lc_err_set(e, LC_ERR_SANDBOX, "bad read-only path %s", b);
            goto fail;
        }
        snprintf(st->bind_dst[st->n_binds], LC_SBX_PATH_MAX, "%s", t ? t : "");
        snprintf(st->binds[st->n_binds++], LC_SBX_PATH_MAX, "%s", b);
    }
    st->bpf_len = (uint32_t)bpf_len;
    memcpy(st->bpf, bpf_prog, bpf_len * sizeof bpf_prog[0]);
    for (int i = 0; i < LC_SBX_FAMILY_N; i++) {
        st->family_bpf_len[i] = (uint32_t)fam_len[i];
        memcpy(st->family_bpf[i], fam_prog[i], fam_len[i] * sizeof fam_prog[i][0]);
        st->family_execs[i] = lc_sbx_seccomp_granted_execs(i);
    }

    if ((rc = start_helper(s, e)))
        goto fail;
    *out = s;
    return LC_OK;
fail:
    lc_sbx_close(s);
    return rc;
}

void lc_sbx_close(lc_sbx *s)
{
    if (!s)
        return;
    stop_helper(s);
    if (s->box_fd >= 0)
        close(s->box_fd);
    if (s->null_fd >= 0)
        close(s->null_fd);
    if (s->box_dir[0])
        umount_all(s->box_dir);
    if (s->lock_fd >= 0) {
        remove_cgroups(s);
        close(s->lock_fd);
    }
    free(s->setup);
    free(s->req);
    free(s);
}

int lc_sbx_slot(const lc_sbx *s)
{
    return s->slot;
}

unsigned lc_sbx_uid(const lc_sbx *s)
{
    return (unsigned)(LC_SBX_UID_BASE + s->slot);
}

int lc_sbx_box_fd(const lc_sbx *s)
{
    return s->box_fd;
}

/* /box is writable by the slot's uid during compile steps and sealed during
 * runs: everything in it owned by root, no group/other write bits. Ownership,
 * not a read-only remount, so the helper needs no mount call per run and can
 * live under the same seccomp filter as the programs it starts. */
static lc_code box_seal(int dirfd, int depth, lc_err *e)
{
    if (depth > 128)
        return lc_err_set(e, LC_ERR_LIMIT, "the files written to /box are nested too deeply");
    int fd = dup(dirfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return lc_err_sys(e, LC_ERR_SANDBOX, "box: opendir");
    }
    rewinddir(d);
    lc_code rc = LC_OK;
    struct dirent *de;
    while ((de = readdir(d)) != NULL && !rc) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        struct stat st;
        if (fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            continue;
        if (fchownat(dirfd, de->d_name, 0, 0, AT_SYMLINK_NOFOLLOW) < 0)
            rc = lc_err_sys(e, LC_ERR_SANDBOX, "box: chown %s", de->d_name);
        if (S_ISLNK(st.st_mode) || rc)
            continue;
        if (fchmodat(dirfd, de->d_name, st.st_mode & 0755, 0) < 0)
            rc = lc_err_sys(e, LC_ERR_SANDBOX, "box: chmod %s", de->d_name);
        if (S_ISDIR(st.st_mode) && !rc) {
            int sub = openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0)
                rc = lc_err_sys(e, LC_ERR_SANDBOX, "box: open %s", de->d_name);
            else {
                rc = box_seal(sub, depth + 1, e);
                close(sub);
            }
        }
    }
    closedir(d);
    return rc;
}

static lc_code box_set_writable(lc_sbx *s, int rw, lc_err *e)
{
    if (s->box_rw == rw)
        return LC_OK;
    uid_t uid = (uid_t)(LC_SBX_UID_BASE + s->slot);
    if (rw) {
        if (fchown(s->box_fd, uid, uid) < 0 || fchmod(s->box_fd, 0755) < 0)
            return lc_err_sys(e, LC_ERR_SANDBOX, "box: chown");
    } else {
        lc_code rc = box_seal(s->box_fd, 0, e);
        if (rc)
            return rc;
        if (fchown(s->box_fd, 0, 0) < 0 || fchmod(s->box_fd, 0755) < 0)
            return lc_err_sys(e, LC_ERR_SANDBOX, "box: chown");
    }
    s->box_rw = rw;
    return LC_OK;
}

lc_code lc_sbx_seal_box(lc_sbx *s, lc_err *e)
{
    return box_set_writable(s, 0, e);
}

lc_code lc_sbx_reset_box(lc_sbx *s, lc_err *e)
{
    lc_code rc = lc_empty_dir_at(s->box_fd, e);
    if (rc)
        return rc;
    s->box_rw = -1;
    return box_set_writable(s, 1, e);
}

static lc_code pack_strings(struct lc_sbx_req *r, const lc_sbx_cmd *cmd, lc_err *e)
{
    size_t off = 0;
    uint32_t argc = 0, envc = 0;
    const char *const *envp = cmd->envp ? cmd->envp : default_env;
#define PUT(str)                                                                                   \
    do {                                                                                           \
        size_t l_ = strlen(str) + 1;                                                               \
        if (l_ > sizeof r->strings - off)                                                          \
            return lc_err_set(e, LC_ERR_LIMIT, "command line and environment over %zu bytes",     \
                              sizeof r->strings);                                                  \
        memcpy(r->strings + off, (str), l_);                                                       \
        off += l_;                                                                                 \
    } while (0)
    for (const char *const *a = cmd->argv; *a; a++, argc++) {
        if (argc >= LC_SBX_MAX_ARGS)
            return lc_err_set(e, LC_ERR_LIMIT, "too many arguments");
        PUT(*a);
    }
    for (const char *const *v = envp; *v; v++, envc++) {
        if (envc >= LC_SBX_MAX_ARGS)
            return lc_err_set(e, LC_ERR_LIMIT, "too many environment variables");
        PUT(*v);
    }
    PUT(cmd->cwd ? cmd->cwd : "/box");
#undef PUT
    if (argc == 0 || cmd->argv[0][0] != '/')
        return lc_err_set(e, LC_ERR_INVALID, "argv[0] must be an absolute path");
    r->argc = argc;
    r->envc = envc;
    r->strings_len = (uint32_t)off;
    return LC_OK;
}

lc_code lc_sbx_exec(lc_sbx *s, const lc_sbx_cmd *cmd, lc_sbx_result *res, lc_err *e)
{
    memset(res, 0, sizeof *res);
    struct lc_sbx_req *r = s->req;
    lc_code rc = pack_strings(r, cmd, e);
    if (rc)
        return rc;
    const lc_sbx_limits *l = &cmd->limits;
    if ((unsigned)cmd->family >= LC_SBX_FAMILY_N)
        return lc_err_set(e, LC_ERR_INVALID, "no sandbox family %d", (int)cmd->family);
    r->magic = LC_SBX_MAGIC;
    r->box_writable = cmd->box_writable ? 1 : 0;
    r->family = (uint32_t)cmd->family;
    r->cpu_ms = l->cpu_ms ? l->cpu_ms : 10000;
    r->wall_ms = l->wall_ms ? l->wall_ms : 2 * r->cpu_ms + 1000;
    r->memory_kib = l->memory_kib ? l->memory_kib : 256 * 1024;
    r->memory_extra_kib = l->memory_extra_kib;
    r->stack_kib = l->stack_kib ? l->stack_kib : r->memory_kib;
    r->fsize_kib = l->fsize_kib ? l->fsize_kib : 64 * 1024;
    r->processes = l->processes ? l->processes : 64;
    r->open_files = l->open_files ? l->open_files : 256;
    if (r->open_files > LC_SBX_EXEC_FD) /* the exec descriptor stays out of reach */
        r->open_files = LC_SBX_EXEC_FD;

    if (s->sock < 0 && (rc = start_helper(s, e)))
        return rc;
    if ((rc = box_set_writable(s, cmd->box_writable ? 1 : 0, e)))
        return rc;

    if (cmd->n_extra_fds < 0 || cmd->n_extra_fds > LC_SBX_MAX_EXTRA_FDS)
        return lc_err_set(e, LC_ERR_INVALID, "too many extra fds");
    int fds[3 + LC_SBX_MAX_EXTRA_FDS] = {cmd->stdin_fd >= 0 ? cmd->stdin_fd : s->null_fd,
                                         cmd->stdout_fd >= 0 ? cmd->stdout_fd : s->null_fd,
                                         cmd->stderr_fd >= 0 ? cmd->stderr_fd : s->null_fd};
    int nfds = 3 + cmd->n_extra_fds;
    for (int i = 0; i < cmd->n_extra_fds; i++)
        fds[3 + i] = cmd->extra_fds[i];
    r->n_extra_fds = (uint32_t)cmd->n_extra_fds;
    char cbuf[CMSG_SPACE(sizeof fds)];
    memset(cbuf, 0, sizeof cbuf);
    struct iovec iov = {.iov_base = r, .iov_len = sizeof *r};
    struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
                        .msg_controllen = sizeof cbuf};
    struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
    memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
    mh.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
    ssize_t n;
    do
        n = sendmsg(s->sock, &mh, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    if (n != (ssize_t)sizeof *r) {
        lc_err_sys(e, LC_ERR_SANDBOX, "send run request");
        stop_helper(s);
        return LC_ERR_SANDBOX;
    }
    struct lc_sbx_resp resp;
    /* the helper enforces the wall limit; this is only a guard against a hung helper */
    int timeout = (int)(r->wall_ms + 10000 > INT32_MAX ? INT32_MAX : r->wall_ms + 10000);
    rc = recv_resp(s, &resp, timeout, e);
    if (rc) {
        stop_helper(s);
        return rc;
    }
    if (resp.status != LC_SBX_RESP_OK) {
        /* whatever went wrong in the helper, the next run starts from a new one */
        lc_err_set(e, LC_ERR_SANDBOX, "%s", resp.error);
        stop_helper(s);
        return LC_ERR_SANDBOX;
    }
    res->exit_code = resp.exit_code;
    res->signal = resp.signal;
    res->cpu_us = resp.cpu_us;
    res->wall_us = resp.wall_us;
    res->memory_kib = resp.memory_kib;
    res->limit = resp.limit <= LC_SBX_LIMIT_DISK ? (lc_sbx_limit)resp.limit : LC_SBX_LIMIT_NONE;
    return LC_OK;
}

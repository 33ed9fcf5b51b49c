/* litecode-sandbox-init: pid 1 of one sandbox slot. See sandbox.h for the
 * theory of operation. This program is linked statically and kept tiny: its
 * resident set is inherited as the floor of every run's ru_maxrss and is
 * charged to the slot's memory cgroup.
 *
 * Usage (by sandbox.c only): litecode-sandbox-init FD
 *   FD is a SOCK_SEQPACKET socket. The first message is a struct lc_sbx_setup;
 *   every later message is a struct lc_sbx_req with three fds attached, each
 *   answered by a struct lc_sbx_resp. EOF on FD ends the slot.
 * Errors during setup are sent back as a failed response and end the helper. */
#include "proto.h"

#include "../util/fs.h"

#include <dirent.h>
#include <errno.h>
#include <grp.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ipc.h>
#include <sys/mount.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { LIMIT_NONE, LIMIT_CPU, LIMIT_WALL, LIMIT_MEMORY, LIMIT_FSIZE, LIMIT_DISK };

static int sock = -1;
/* A run whose family's filter asks the helper (seccomp user notification)
 * sends the filter's listener from its child over this pair, before exec. */
static int notify_pair[2] = {-1, -1};
static struct lc_sbx_setup setup;
static int cg_fd_memlimit = -1, cg_fd_oom = -1, cg_fd_pids = -1, cg_fd_cpu = -1, cg_fd_usage = -1;
/* the slot's peak memory, reset before each run (-1 when it cannot be reset
 * per run: v2 before Linux 6.12) */
static int cg_fd_peak = -1;
/* A run is stopped the moment its memory reaches the limit (not later, when
 * the kernel, after reclaiming what it can, thrashes or kills): v1 signals an
 * eventfd registered on memory.usage_in_bytes at the limit's threshold
 * (cgroup.event_control); v2 flags memory.events (its "max" count) with
 * POLLPRI. -1 when neither is available: then the kernel's OOM kill and the
 * peak after the run decide alone. */
static int cg_fd_evctl = -1, mem_efd = -1, cg_fd_stat = -1;
static uint64_t mem_efd_threshold;
static uint64_t cur_mem_limit, cur_pids_limit;
static int ncpu = 1;
static int tmp_fd = -1;
static int oom_adj_fd = -1;
static uint64_t oom_seen; /* the cgroup's oom_kill count when last read */
static uint64_t cgroup_oom_kills(void);

static struct lc_sbx_resp resp;

static void reply(void)
{
    resp.magic = LC_SBX_MAGIC;
    ssize_t r;
    do
        r = send(sock, &resp, sizeof resp, MSG_NOSIGNAL);
    while (r < 0 && errno == EINTR);
}

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void fail(const char *fmt, ...)
{
    int saved = errno;
    memset(&resp, 0, sizeof resp);
    resp.status = LC_SBX_RESP_FAIL;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(resp.error, sizeof resp.error, fmt, ap);
    va_end(ap);
    if (saved && n > 0 && (size_t)n < sizeof resp.error)
        snprintf(resp.error + n, sizeof resp.error - (size_t)n, ": %s", strerror(saved));
    reply();
}

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    int saved = errno;
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    errno = saved;
    fail("sandbox setup: %s", msg);
    kill(-1, SIGKILL);
    _exit(2);
}

static uint64_t now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* ---- setup ------------------------------------------------------------- */

static void xmount(const char *src, const char *dst, const char *type, unsigned long flags,
                   const char *data)
{
    if (mount(src, dst, type, flags, data) < 0)
        die("mount %s on %s", src ? src : "none", dst);
}

static void mkdirs(const char *path, mode_t mode)
{
    char tmp[LC_SBX_PATH_MAX * 2];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, mode) < 0 && errno != EEXIST)
                die("mkdir %s", tmp);
            *p = '/';
        }
    }
    if (mkdir(tmp, mode) < 0 && errno != EEXIST)
        die("mkdir %s", tmp);
}

#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif
#ifndef SYS_mount_setattr
#define SYS_mount_setattr 442
#endif

/* mountinfo escapes space, tab, newline and backslash as \ooo */
static void unescape_mountinfo(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (p[0] == '\\' && p[1] >= '0' && p[1] <= '3' && p[2] >= '0' && p[2] <= '7' &&
            p[3] >= '0' && p[3] <= '7') {
            *o++ = (char)((p[1] - '0') * 64 + (p[2] - '0') * 8 + (p[3] - '0'));
            p += 3;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
}

/* Calls fn for every mount at or below dir (from /proc/self/mountinfo, in
 * its order: a parent before the mounts on top of it), with its mount point
 * and its per-mount options (both writable scratch). */
static void for_each_mount_under(const char *dir, void (*fn)(char *mp, char *opts, void *ctx),
                                 void *ctx)
{
    FILE *f = fopen("/proc/self/mountinfo", "re");
    if (!f)
        die("open /proc/self/mountinfo");
    size_t dl = strlen(dir);
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        /* id parent major:minor root mount-point options ... */
        char *fld[6] = {0};
        char *save = NULL, *tok = strtok_r(line, " ", &save);
        for (int i = 0; i < 6 && tok; i++, tok = strtok_r(NULL, " ", &save))
            fld[i] = tok;
        if (!fld[5])
            continue;
        char *mp = fld[4];
        unescape_mountinfo(mp);
        if (strncmp(mp, dir, dl) == 0 && (mp[dl] == '\0' || mp[dl] == '/'))
            fn(mp, fld[5], ctx);
    }
    free(line);
    fclose(f);
}

/* Remounts one mount read-only, nosuid, nodev, keeping its noexec and atime
 * flags (a bind remount sets them all). */
static void remount_one_ro(char *mp, char *opts, void *ctx)
{
    (void)ctx;
    unsigned long flags = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV;
    int atime = 0;
    char *osave = NULL;
    for (char *o = strtok_r(opts, ",", &osave); o; o = strtok_r(NULL, ",", &osave)) {
        if (strcmp(o, "noexec") == 0)
            flags |= MS_NOEXEC;
        else if (strcmp(o, "noatime") == 0)
            flags |= MS_NOATIME, atime = 1;
        else if (strcmp(o, "nodiratime") == 0)
            flags |= MS_NODIRATIME;
        else if (strcmp(o, "relatime") == 0)
            flags |= MS_RELATIME, atime = 1;
    }
    if (!atime)
        flags |= MS_STRICTATIME;
    if (mount(NULL, mp, NULL, flags, NULL) < 0)
        die("remount %s read-only", mp);
}

/* Fallback for kernels without mount_setattr (before 5.12): remounts dst and
 * every mount below it read-only, nosuid, nodev. */
static void remount_tree_ro(const char *dst)
{
    for_each_mount_under(dst, remount_one_ro, NULL);
}

/* Makes the mount at dst and every mount below it (host mounts under /usr,
 * say, which a recursive bind brings along) read-only, nosuid and nodev. A
 * plain remount would change the top mount only. */
static void make_tree_ro(const char *dst)
{
    struct mount_attr attr = {.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID |
                                          MOUNT_ATTR_NODEV};
    if (syscall(SYS_mount_setattr, AT_FDCWD, dst, AT_RECURSIVE, &attr, sizeof attr) == 0)
        return;
    if (errno != ENOSYS && errno != EPERM) /* EPERM: a container's filter that does not know it */
        die("mount_setattr %s", dst);
    remount_tree_ro(dst);
}

/* The empty directory (relative to the new root, the working directory
 * while the root is built) that is the second layer of every read-only
 * overlay: the kernel wants two lower layers when there is no upper one. */
#define EMPTY_LAYER ".empty"
/* Small files (/etc/ld.so.cache) are copied into the root instead of bound. */
#define COPY_MAX (256 * 1024)

/* Shows host directory src at dst as a read-only overlay whose only real
 * layer is src: /proc/self/mountinfo then names "overlay" and the path as the
 * program sees it, never the host's disk device or its mount options (a bind
 * shows both). Host mounts below src are not carried in. Returns false when
 * overlayfs is unavailable or src cannot be a layer (the caller binds). */
static bool overlay_one(const char *src, const char *dst)
{
    if (strpbrk(src, ":,\\ \t\n") || strlen(src) > LC_SBX_PATH_MAX - 64)
        return false;
    char opts[LC_SBX_PATH_MAX + 64];
    snprintf(opts, sizeof opts, "lowerdir=%s:" EMPTY_LAYER, src);
    return mount("overlay", dst, "overlay", MS_RDONLY | MS_NOSUID | MS_NODEV, opts) == 0;
}

struct sub_ctx {
    const char *src, *dst;
};

/* A host mount below an overlaid directory (an overlay layer does not cross
 * mounts): shown at the same place below dst, as an overlay of its own (a
 * read-only bind of the whole subtree when that fails). */
static void overlay_sub(char *mp, char *opts, void *ctx)
{
    (void)opts;
    struct sub_ctx *c = ctx;
    size_t sl = strlen(c->src);
    if (mp[sl] == '\0' || strncmp(mp, setup.root_dir, strlen(setup.root_dir)) == 0)
        return; /* src itself; the sandbox's own root */
    char dst[LC_SBX_PATH_MAX * 2];
    if ((size_t)snprintf(dst, sizeof dst, "%s%s", c->dst, mp + sl) >= sizeof dst)
        die("mount point too long: %s", mp);
    struct stat st;
    if (stat(dst, &st) < 0 || !S_ISDIR(st.st_mode) || overlay_one(mp, dst))
        return;
    xmount(mp, dst, NULL, MS_BIND | MS_REC, NULL);
    make_tree_ro(dst);
}

static bool overlay_ro(const char *src, const char *dst)
{
    if (!overlay_one(src, dst))
        return false;
    struct sub_ctx c = {.src = src, .dst = dst};
    for_each_mount_under(src, overlay_sub, &c);
    return true;
}

/* Copies a small host file to dst (read-only for everyone: the root tmpfs is
 * remounted read-only at the end). Returns false when it is too large. */
static bool copy_small(const char *src, const char *dst, const struct stat *st)
{
    if (st->st_size > COPY_MAX)
        return false;
    lc_buf b;
    lc_buf_init(&b, COPY_MAX);
    lc_err e = {0};
    if (lc_read_file(src, &b, &e) != LC_OK) {
        lc_buf_free(&b);
        return false;
    }
    lc_code rc = lc_write_file_at(AT_FDCWD, dst, b.data, b.len, 0444, &e);
    lc_buf_free(&b);
    if (rc != LC_OK)
        die("copy %s: %s", dst, e.msg);
    return true;
}

/* Shows host path src at root/target (root/src when target is empty)
 * read-only, nosuid and nodev: a directory as an overlay (overlay_ro), a small
 * file as a copy, else a recursive bind with every submount made read-only;
 * symlinks are recreated as symlinks. */
static void bind_ro(const char *root, const char *src, const char *target)
{
    char dst[LC_SBX_PATH_MAX * 2];
    snprintf(dst, sizeof dst, "%s%s", root, target && *target ? target : src);
    struct stat st;
    if (lstat(src, &st) < 0)
        return; /* optional: a toolchain path missing on this host */
    char parent[sizeof dst];
    snprintf(parent, sizeof parent, "%s", dst);
    char *slash = strrchr(parent, '/');
    if (slash && slash != parent) {
        *slash = '\0';
        mkdirs(parent, 0755);
    }
    if (S_ISLNK(st.st_mode)) {
        char link[LC_SBX_PATH_MAX];
        ssize_t n = readlink(src, link, sizeof link - 1);
        if (n < 0)
            die("readlink %s", src);
        link[n] = '\0';
        if (symlink(link, dst) < 0 && errno != EEXIST)
            die("symlink %s", dst);
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        if (mkdir(dst, 0755) < 0 && errno != EEXIST)
            die("mkdir %s", dst);
        if (overlay_ro(src, dst))
            return;
    } else {
        if (S_ISREG(st.st_mode) && copy_small(src, dst, &st))
            return;
        int fd = open(dst, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            die("create %s", dst);
        close(fd);
    }
    xmount(src, dst, NULL, MS_BIND | MS_REC, NULL);
    make_tree_ro(dst);
}

static int open_cg(const char *dir, const char *file, int flags)
{
    char path[LC_SBX_PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    int fd = open(path, flags | O_CLOEXEC);
    if (fd < 0)
        die("open %s", path);
    return fd;
}

static void build_root(void)
{
    const char *root = setup.root_dir;
    char path[LC_SBX_PATH_MAX * 2];

    xmount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
    xmount("litecode-root", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755");

    if (chdir(root) < 0)
        die("chdir %s", root);
    if (mkdir(EMPTY_LAYER, 0555) < 0 && errno != EEXIST)
        die("mkdir " EMPTY_LAYER);
    for (uint32_t i = 0; i < setup.n_binds; i++)
        bind_ro(root, setup.binds[i], setup.bind_dst[i]);

    /* /dev is a tiny tmpfs of its own with the five device nodes made here
     * (read-only once built); binding the host's nodes would show its
     * devtmpfs (and so the machine's memory size) in mountinfo. Binds stay
     * the fallback where mknod is not allowed. */
    static const struct {
        const char *path;
        unsigned minor;
    } devs[] = {{"/dev/null", 3}, {"/dev/zero", 5}, {"/dev/full", 7}, {"/dev/random", 8},
                {"/dev/urandom", 9}};
    snprintf(path, sizeof path, "%s/dev", root);
    mkdirs(path, 0755);
    xmount("litecode-dev", path, "tmpfs", MS_NOSUID | MS_NOEXEC, "size=16k,nr_inodes=32,mode=755");
    for (size_t i = 0; i < sizeof devs / sizeof devs[0]; i++) {
        snprintf(path, sizeof path, "%s%s", root, devs[i].path);
        if (mknod(path, S_IFCHR | 0666, makedev(1, devs[i].minor)) == 0 && chmod(path, 0666) == 0)
            continue;
        int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0)
            die("create %s", path);
        close(fd);
        xmount(devs[i].path, path, NULL, MS_BIND, NULL);
        xmount(NULL, path, NULL, MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NOEXEC, NULL);
    }
    static const char *links[][2] = {{"/proc/self/fd", "/dev/fd"},
                                     {"/proc/self/fd/0", "/dev/stdin"},
                                     {"/proc/self/fd/1", "/dev/stdout"},
                                     {"/proc/self/fd/2", "/dev/stderr"},
                                     {"/tmp", "/dev/shm"}};
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
        snprintf(path, sizeof path, "%s%s", root, links[i][1]);
        if (symlink(links[i][0], path) < 0 && errno != EEXIST)
            die("symlink %s", path);
    }
    snprintf(path, sizeof path, "%s/dev", root);
    xmount(NULL, path, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NOEXEC, "size=16k,nr_inodes=32,mode=755");

    snprintf(path, sizeof path, "%s/box", root);
    mkdirs(path, 0755);
    xmount(setup.box_dir, path, NULL, MS_BIND, NULL);
    xmount(NULL, path, NULL, MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NODEV, NULL);

    snprintf(path, sizeof path, "%s/tmp", root);
    mkdirs(path, 01777);
    char opts[96];
    snprintf(opts, sizeof opts, "size=%lluk,mode=1777,nr_inodes=4096",
             (unsigned long long)setup.tmp_kib);
    xmount("litecode-tmp", path, "tmpfs", MS_NOSUID | MS_NODEV, opts);
    snprintf(path, sizeof path, "%s/proc", root);
    mkdirs(path, 0555);
    xmount("proc", path, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=2");
    snprintf(path, sizeof path, "%s/.oldroot", root);
    mkdirs(path, 0700);

    if (syscall(SYS_pivot_root, root, path) < 0)
        die("pivot_root");
    if (chdir("/") < 0)
        die("chdir /");
    if (umount2("/.oldroot", MNT_DETACH) < 0)
        die("umount old root");
    rmdir("/.oldroot");
    /* The root tmpfs itself becomes read-only; /box and /tmp are their own mounts. */
    xmount(NULL, "/", NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL);
}

static void do_setup(void)
{
    ssize_t n = recv(sock, &setup, sizeof setup, 0);
    if (n != (ssize_t)sizeof setup || setup.magic != LC_SBX_MAGIC)
        die("bad setup message");
    setup.root_dir[LC_SBX_PATH_MAX - 1] = '\0';
    setup.box_dir[LC_SBX_PATH_MAX - 1] = '\0';
    if (setup.n_binds > LC_SBX_MAX_BINDS || setup.bpf_len > LC_SBX_MAX_BPF || setup.uid == 0 ||
        setup.gid == 0)
        die("bad setup values");
    for (int i = 0; i < LC_SBX_CG_N; i++)
        setup.cgroup[i][LC_SBX_PATH_MAX - 1] = '\0';
    for (uint32_t i = 0; i < setup.n_binds; i++) {
        setup.binds[i][LC_SBX_PATH_MAX - 1] = '\0';
        setup.bind_dst[i][LC_SBX_PATH_MAX - 1] = '\0';
        /* a target must be absolute, outside /tmp and /box (mounted over later), no ".." */
        const char *t = setup.bind_dst[i];
        if (*t && (t[0] != '/' || strstr(t, "..") || strncmp(t, "/tmp", 4) == 0 ||
                   strncmp(t, "/box", 4) == 0 || strncmp(t, "/proc", 5) == 0))
            die("bad bind target %s", t);
    }

    /* cgroup files, opened before the host's tree disappears */
    if (setup.cgroup_v2) {
        const char *d = setup.cgroup[0];
        cg_fd_memlimit = open_cg(d, "memory.max", O_WRONLY);
        cg_fd_oom = open_cg(d, "memory.events", O_RDONLY);
        cg_fd_pids = open_cg(d, "pids.max", O_WRONLY);
        cg_fd_cpu = open_cg(d, "cpu.stat", O_RDONLY);
        cg_fd_usage = open_cg(d, "memory.current", O_RDONLY);
        char path[LC_SBX_PATH_MAX + 64];
        snprintf(path, sizeof path, "%s/memory.peak", d);
        cg_fd_peak = open(path, O_RDWR | O_CLOEXEC); /* optional */
        cg_fd_stat = open_cg(d, "memory.stat", O_RDONLY);
    } else {
        const char *m = setup.cgroup[LC_SBX_CG_MEMORY];
        cg_fd_memlimit = open_cg(m, "memory.limit_in_bytes", O_WRONLY);
        cg_fd_oom = open_cg(m, "memory.oom_control", O_RDONLY);
        cg_fd_pids = open_cg(setup.cgroup[LC_SBX_CG_PIDS], "pids.max", O_WRONLY);
        cg_fd_cpu = open_cg(setup.cgroup[LC_SBX_CG_CPUACCT], "cpuacct.usage", O_RDONLY);
        cg_fd_usage = open_cg(m, "memory.usage_in_bytes", O_RDONLY);
        cg_fd_peak = open_cg(m, "memory.max_usage_in_bytes", O_RDWR);
        char path[LC_SBX_PATH_MAX + 64];
        snprintf(path, sizeof path, "%s/cgroup.event_control", m);
        cg_fd_evctl = open(path, O_WRONLY | O_CLOEXEC); /* optional */
        cg_fd_stat = open_cg(m, "memory.stat", O_RDONLY);
    }
    /* v1 resets the peak to the current usage on a write; v2 (Linux 6.12 and
     * later) does so for reads through the same fd. A peak that cannot be
     * reset tells nothing about one run: then only wait4's figure counts. */
    if (cg_fd_peak >= 0 && pwrite(cg_fd_peak, "0", 1, 0) != 1) {
        close(cg_fd_peak);
        cg_fd_peak = -1;
    }
    long nc = sysconf(_SC_NPROCESSORS_ONLN);
    ncpu = nc > 0 ? (int)nc : 1;

    build_root();
    if (sethostname("litecode", 8) < 0)
        die("sethostname");
    oom_seen = cgroup_oom_kills();
    oom_adj_fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (oom_adj_fd < 0)
        die("open oom_score_adj");
    tmp_fd = open("/tmp", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (tmp_fd < 0)
        die("open /tmp");
    /* The helper's filter (every family's calls and the helper's own) goes on
     * this helper itself: every run inherits it, and each run's child adds its
     * family's filter before exec (child_exec). */
    for (int i = 0; i < LC_SBX_FAMILY_N; i++)
        if (setup.family_bpf_len[i] == 0 || setup.family_bpf_len[i] > LC_SBX_MAX_BPF)
            die("bad seccomp program for family %d", i);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        die("no_new_privs");
    if (setup.bpf_len) {
        struct sock_fprog prog = {.len = (unsigned short)setup.bpf_len, .filter = setup.bpf};
        if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0)
            die("seccomp");
    }
    memset(&resp, 0, sizeof resp);
    resp.status = LC_SBX_RESP_OK;
    reply();
}

/* ---- per run ----------------------------------------------------------- */

static int write_num(int fd, uint64_t v, int allow_max)
{
    char b[32];
    int n = allow_max && v == 0 ? snprintf(b, sizeof b, "max") : snprintf(b, sizeof b, "%llu",
                                                                        (unsigned long long)v);
    return pwrite(fd, b, (size_t)n, 0) == n ? 0 : -1;
}

static uint64_t read_key(int fd, const char *key)
{
    char b[4096];
    ssize_t n = pread(fd, b, sizeof b - 1, 0);
    if (n <= 0)
        return 0;
    b[n] = '\0';
    if (!key)
        return strtoull(b, NULL, 10);
    size_t kl = strlen(key);
    for (char *p = b; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
        if (strncmp(p, key, kl) == 0 && p[kl] == ' ')
            return strtoull(p + kl + 1, NULL, 10);
    return 0;
}

static uint64_t cgroup_cpu_us(void)
{
    if (setup.cgroup_v2)
        return read_key(cg_fd_cpu, "usage_usec");
    return read_key(cg_fd_cpu, NULL) / 1000u;
}

static uint64_t cgroup_oom_kills(void)
{
    return read_key(cg_fd_oom, "oom_kill");
}

/* Times the cgroup hit its limit (v2's memory.events "max"). */
static uint64_t cgroup_max_hits(void)
{
    return setup.cgroup_v2 ? read_key(cg_fd_oom, "max") : 0;
}

/* The run's own memory in the cgroup: anonymous memory and shared memory
 * (tmpfs files in /tmp, System V segments), not the page cache that earlier
 * runs and compiles left charged to the slot, which the kernel reclaims. */
static uint64_t run_memory_bytes(void)
{
    if (setup.cgroup_v2)
        return read_key(cg_fd_stat, "anon") + read_key(cg_fd_stat, "shmem");
    return read_key(cg_fd_stat, "rss") + read_key(cg_fd_stat, "shmem");
}

/* The usage at which a run counts as having reached its memory limit: the
 * limit less one page's worth of slack per CPU (charges are batched). */
static uint64_t mem_threshold(uint64_t limit)
{
    uint64_t slack = (uint64_t)ncpu * 64 * 4096;
    return limit > 2 * slack ? limit - slack : limit;
}

/* v1: an eventfd that the kernel signals when usage crosses the threshold of
 * this limit; re-registered when the limit changes. */
static void arm_mem_event(uint64_t limit)
{
    if (setup.cgroup_v2 || cg_fd_evctl < 0)
        return;
    uint64_t thr = mem_threshold(limit);
    if (mem_efd >= 0 && thr == mem_efd_threshold)
        return;
    if (mem_efd >= 0)
        close(mem_efd); /* closing it removes its registration */
    mem_efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (mem_efd < 0)
        return;
    char b[96];
    int n = snprintf(b, sizeof b, "%d %d %llu", mem_efd, cg_fd_usage, (unsigned long long)thr);
    if (write(cg_fd_evctl, b, (size_t)n) != n) {
        close(mem_efd);
        mem_efd = -1;
        return;
    }
    mem_efd_threshold = thr;
}

/* The longest time any live task of the run has spent runnable but waiting
 * for a CPU (run_delay in /proc/PID/task/TID/schedstat), in us. Every task
 * in this PID namespace but pid 1 belongs to the current run. Read only when
 * a run reaches its wall limit, never on the way of an ordinary run. */
static uint64_t run_queue_wait_us(void)
{
    uint64_t most = 0;
    DIR *d = opendir("/proc");
    if (!d)
        return 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        char *end;
        long pid = strtol(de->d_name, &end, 10);
        if (*end || pid <= 1)
            continue;
        char p[64];
        snprintf(p, sizeof p, "/proc/%ld/task", pid);
        DIR *t = opendir(p);
        if (!t)
            continue;
        struct dirent *te;
        while ((te = readdir(t)) != NULL) {
            if (te->d_name[0] < '0' || te->d_name[0] > '9')
                continue;
            char q[96];
            snprintf(q, sizeof q, "/proc/%ld/task/%.20s/schedstat", pid, te->d_name);
            int fd = open(q, O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            char b[96];
            ssize_t n = read(fd, b, sizeof b - 1);
            close(fd);
            if (n <= 0)
                continue;
            b[n] = '\0';
            char *sp = strchr(b, ' '); /* on-CPU ns, run_delay ns, timeslices */
            uint64_t w = sp ? strtoull(sp + 1, NULL, 10) / 1000u : 0;
            if (w > most)
                most = w;
        }
        closedir(t);
    }
    closedir(d);
    return most;
}

/* /tmp is emptied whenever the last run left anything in it. No process of
 * that run is alive any more, and no user can mount or set immutable flags,
 * so removal (as root, never following symlinks) leaves it as new. */
static int clean_tmp(void)
{
    struct statfs sf;
    if (fstatfs(tmp_fd, &sf) == 0 && sf.f_files - sf.f_ffree <= 1 && sf.f_blocks == sf.f_bfree)
        return 0;
    if (lc_empty_dir_at(tmp_fd, NULL) != LC_OK)
        return -1;
    return fchmod(tmp_fd, 01777);
}

static int tmp_full(void)
{
    struct statfs sf;
    if (statfs("/tmp", &sf) == 0 && (sf.f_bavail == 0 || sf.f_ffree == 0))
        return 1;
    if (statfs("/box", &sf) == 0 && (sf.f_bavail == 0 || sf.f_ffree == 0))
        return 1;
    return 0;
}

static struct lc_sbx_req req;
static char *argvv[LC_SBX_MAX_ARGS + 1];
static char *envv[LC_SBX_MAX_ARGS + 1];
static const char *cwd;
static int fds[3 + LC_SBX_MAX_EXTRA_FDS];
static int nfds;
static volatile int child_errno;
static volatile const char *child_step;

static int parse_req(void)
{
    if (req.magic != LC_SBX_MAGIC || req.argc == 0 || req.argc > LC_SBX_MAX_ARGS ||
        req.envc > LC_SBX_MAX_ARGS || req.strings_len == 0 || req.strings_len > LC_SBX_STRINGS_MAX)
        return -1;
    if (req.strings[req.strings_len - 1] != '\0')
        return -1;
    char *p = req.strings, *end = req.strings + req.strings_len;
    for (uint32_t i = 0; i < req.argc; i++) {
        if (p >= end)
            return -1;
        argvv[i] = p;
        p += strlen(p) + 1;
    }
    argvv[req.argc] = NULL;
    for (uint32_t i = 0; i < req.envc; i++) {
        if (p >= end)
            return -1;
        envv[i] = p;
        p += strlen(p) + 1;
    }
    envv[req.envc] = NULL;
    if (p >= end)
        return -1;
    cwd = p;
    /* the exec descriptor must stay out of the program's reach */
    if (req.open_files == 0 || req.open_files > LC_SBX_EXEC_FD)
        return -1;
    return 0;
}

static void set_rlimit(int res, uint64_t v)
{
    struct rlimit rl = {.rlim_cur = v, .rlim_max = v};
    if (setrlimit(res, &rl) < 0) {
        child_errno = errno;
        child_step = "setrlimit";
        _exit(127);
    }
}

/* Runs in the vfork child: only async-signal-safe calls, no return. */
static void child_exec(void)
{
#define STEP(call, name)                                                                           \
    if ((call) < 0) {                                                                              \
        child_errno = errno;                                                                       \
        child_step = name;                                                                         \
        _exit(127);                                                                                \
    }
    /* move every received fd above the targets first, then into place */
    int high[3 + LC_SBX_MAX_EXTRA_FDS];
    for (int i = 0; i < nfds; i++)
        STEP(high[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 64), "dup");
    for (int i = 0; i < nfds; i++)
        STEP(dup2(high[i], i), "dup2");
    STEP(chdir(cwd), "chdir");
    uint64_t cpu_s = (req.cpu_ms + 999) / 1000 + 1;
    set_rlimit(RLIMIT_CPU, cpu_s);
    set_rlimit(RLIMIT_FSIZE, req.fsize_kib * 1024);
    set_rlimit(RLIMIT_STACK, req.stack_kib * 1024);
    set_rlimit(RLIMIT_CORE, 0);
    set_rlimit(RLIMIT_NOFILE, LC_SBX_EXEC_FD + 1); /* lowered once the program is open */
    set_rlimit(RLIMIT_MEMLOCK, 0);
    set_rlimit(RLIMIT_MSGQUEUE, 0);
    set_rlimit(RLIMIT_NPROC, req.processes);
    STEP(setgroups(0, NULL), "setgroups");
    STEP(setresgid(setup.gid, setup.gid, setup.gid), "setresgid");
    STEP(setresuid(setup.uid, setup.uid, setup.uid), "setresuid");
    umask(022);
    /* The program, opened with the slot's uid (the same path lookup as an
     * execve of it), at the one descriptor the filters let exec; then the
     * descriptor limit drops below that number for good. */
    int exe;
    STEP(exe = open(argvv[0], O_PATH | O_CLOEXEC), "open program");
    if (exe != LC_SBX_EXEC_FD) {
        STEP(dup3(exe, LC_SBX_EXEC_FD, O_CLOEXEC), "dup3 program");
        close(exe);
    }
    set_rlimit(RLIMIT_NOFILE, req.open_files);
    /* no_new_privs and the helper's filter are inherited; the run's family
     * filter narrows them (the last call before exec: it allows neither
     * setresuid nor seccomp) */
    if (req.family >= LC_SBX_FAMILY_N) {
        errno = EINVAL;
        STEP(-1, "seccomp family");
    }
    struct sock_fprog prog = {.len = (unsigned short)setup.family_bpf_len[req.family],
                              .filter = setup.family_bpf[req.family]};
    bool asks = setup.family_execs[req.family] > 0;
    long lfd;
    STEP(lfd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                       asks ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0, &prog),
         "seccomp");
    if (asks) {
        /* the listener goes to the helper (it is close-on-exec here) */
        char cbuf[CMSG_SPACE(sizeof(int))];
        memset(cbuf, 0, sizeof cbuf);
        char one = 'L';
        struct iovec iov = {.iov_base = &one, .iov_len = 1};
        struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
                            .msg_controllen = sizeof cbuf};
        struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        int l = (int)lfd;
        memcpy(CMSG_DATA(c), &l, sizeof l);
        STEP(sendmsg(notify_pair[1], &mh, MSG_DONTWAIT), "send the seccomp listener");
        close(l);
    }
    syscall(SYS_execveat, LC_SBX_EXEC_FD, "", argvv, envv, AT_EMPTY_PATH);
    child_errno = errno;
    child_step = "execve";
    _exit(127);
#undef STEP
}

/* The seccomp listener a run's child sent (-1: none); stale ones, from a run
 * that failed to start, are closed. */
static int recv_listener(void)
{
    int got = -1;
    for (;;) {
        char cbuf[CMSG_SPACE(sizeof(int))];
        char one;
        struct iovec iov = {.iov_base = &one, .iov_len = 1};
        struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
                            .msg_controllen = sizeof cbuf};
        if (recvmsg(notify_pair[0], &mh, MSG_DONTWAIT | MSG_CMSG_CLOEXEC) <= 0)
            return got;
        struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
        if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS &&
            c->cmsg_len == CMSG_LEN(sizeof(int))) {
            if (got >= 0)
                close(got);
            memcpy(&got, CMSG_DATA(c), sizeof got);
        }
    }
}

/* One call the run's filter put before the helper: an exec while the run has
 * grants left goes on (the BEAM's erl_child_setup at boot, before any code is
 * loaded); everything else is refused with EPERM. */
static void answer_call(int lfd, uint32_t *grants)
{
    struct seccomp_notif n;
    memset(&n, 0, sizeof n);
    if (ioctl(lfd, SECCOMP_IOCTL_NOTIF_RECV, &n) < 0)
        return; /* the caller is gone (ENOENT) or a signal came: nothing to answer */
    struct seccomp_notif_resp r;
    memset(&r, 0, sizeof r);
    r.id = n.id;
    if (n.data.nr == __NR_execve && *grants > 0) {
        (*grants)--;
        r.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
    } else {
        r.error = -EPERM;
    }
    (void)ioctl(lfd, SECCOMP_IOCTL_NOTIF_SEND, &r);
}

static void reap_all(void)
{
    kill(-1, SIGKILL);
    while (waitpid(-1, NULL, __WALL) > 0 || errno == EINTR)
        ;
}

/* System V IPC objects outlive processes: remove whatever a run created in
 * the slot's IPC namespace (three cheap *_INFO calls when there is nothing). */
static void ipc_clean(void)
{
    struct shm_info si;
    int max = shmctl(0, SHM_INFO, (struct shmid_ds *)(void *)&si);
    if (max >= 0 && si.used_ids > 0)
        for (int i = 0; i <= max; i++) {
            struct shmid_ds ds;
            int id = shmctl(i, SHM_STAT, &ds);
            if (id >= 0)
                shmctl(id, IPC_RMID, NULL);
        }
    struct msginfo mi;
    max = msgctl(0, MSG_INFO, (struct msqid_ds *)(void *)&mi);
    if (max >= 0 && mi.msgpool > 0)
        for (int i = 0; i <= max; i++) {
            struct msqid_ds ds;
            int id = msgctl(i, MSG_STAT, &ds);
            if (id >= 0)
                msgctl(id, IPC_RMID, NULL);
        }
    struct seminfo sm;
    max = semctl(0, 0, SEM_INFO, &sm);
    if (max >= 0 && sm.semusz > 0)
        for (int i = 0; i <= max; i++) {
            struct semid_ds ds;
            int id = semctl(i, 0, SEM_STAT, &ds);
            if (id >= 0)
                semctl(id, 0, IPC_RMID);
        }
}

static void do_run(void)
{
    memset(&resp, 0, sizeof resp);
    if (parse_req() < 0) {
        errno = 0;
        fail("bad run request");
        return;
    }
    uint64_t mem_limit = (req.memory_kib + req.memory_extra_kib) * 1024;
    /* /tmp first: what the last run left there is charged to the slot and
     * cannot be reclaimed, and must not count as the slot's leftovers below */
    if (clean_tmp() < 0) {
        fail("clean /tmp");
        return;
    }
    /* Earlier runs (compilers reading big files, runtimes' libraries) leave
     * page cache charged to the slot. Most of it is reclaimable: a low limit
     * makes the kernel reclaim it now. What cannot be reclaimed (pages still
     * mapped by processes elsewhere) would count against this run, so a slot
     * holding much of it is rebuilt by the parent with a fresh cgroup. */
    uint64_t usage = read_key(cg_fd_usage, NULL);
    if (usage > (16u << 20)) {
        write_num(cg_fd_memlimit, 16u << 20, 0);
        cur_mem_limit = 0;
        usage = read_key(cg_fd_usage, NULL);
        if (usage > mem_limit / 4 && usage > (32u << 20)) {
            errno = 0;
            fail("the slot's memory cgroup holds %llu KiB that cannot be reclaimed",
                 (unsigned long long)(usage >> 10));
            return;
        }
    }
    if (mem_limit != cur_mem_limit) {
        if (write_num(cg_fd_memlimit, mem_limit, 0) < 0) {
            fail("set memory limit");
            return;
        }
        cur_mem_limit = mem_limit;
    }
    /* an event left by an earlier run is drained (and judged stale) in the loop below */
    arm_mem_event(mem_limit);
    uint64_t max_hits0 = cgroup_max_hits();
    uint64_t pids = (uint64_t)req.processes + 1; /* + this helper */
    if (pids != cur_pids_limit) {
        if (write_num(cg_fd_pids, pids, 0) < 0) {
            fail("set pids limit");
            return;
        }
        cur_pids_limit = pids;
    }
    /* the cgroup's view of the run's memory starts here (see below) */
    if (cg_fd_peak >= 0 && pwrite(cg_fd_peak, "0", 1, 0) != 1) {
        fail("reset the memory peak");
        return;
    }

    struct rusage before;
    getrusage(RUSAGE_CHILDREN, &before);
    uint64_t cg_cpu0 = cgroup_cpu_us();
    child_errno = 0;
    child_step = NULL;
    int lfd = recv_listener(); /* none: a stale one is closed */
    if (lfd >= 0)
        close(lfd);
    uint64_t t0 = now_us();
    /* The memory cgroup's OOM killer must pick a process of the run, never this
     * helper (its death would end the slot). Lowering the helper's own score
     * would need CAP_SYS_RESOURCE; raising it needs nothing: the helper raises
     * its score for the vfork, the run inherits it, and the helper goes back
     * to 0 (never below where it started) once the run has exec'd. */
    if (pwrite(oom_adj_fd, "1000", 4, 0) != 4) {
        fail("raise oom_score_adj");
        return;
    }
    pid_t pid = vfork();
    if (pid == 0)
        child_exec();
    /* going back to the start value needs no privilege: this cannot fail */
    (void)!pwrite(oom_adj_fd, "0", 1, 0);
    if (pid < 0) {
        fail("vfork");
        return;
    }
    int limit = LIMIT_NONE;
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    if (child_errno) {
        waitpid(pid, NULL, 0);
        reap_all();
        errno = child_errno;
        fail("start program (%s)", child_step ? (const char *)child_step : "?");
        return;
    }
    uint32_t grants = setup.family_execs[req.family];
    if (grants > 0 && (lfd = recv_listener()) < 0) {
        kill(pid, SIGKILL);
        waitpid(pid, NULL, __WALL);
        reap_all();
        errno = 0;
        fail("start program (no seccomp listener)");
        return;
    }
    int pfd = (int)syscall(SYS_pidfd_open, pid, 0);
    uint64_t cpu_limit_us = req.cpu_ms * 1000u;
    uint64_t wall_limit_us = req.wall_ms * 1000u;
    /* The wall limit stands for CPU time the run could not get. When it is
     * reached, time the run's tasks spent runnable but waiting for a CPU (the
     * machine busy with other slots or the host) is given back, up to the
     * wall limit again and at most 8 s (the parent waits wall + 10 s). */
    uint64_t wall_deadline_us = wall_limit_us;
    uint64_t wall_max_us = wall_limit_us + (wall_limit_us < 8000000u ? wall_limit_us : 8000000u);
    int parent_gone = 0;
    for (;;) {
        pid_t w = wait4(pid, &status, WNOHANG | __WALL, &ru);
        if (w == pid)
            break;
        uint64_t now = now_us();
        uint64_t cpu = cgroup_cpu_us() - cg_cpu0;
        if (cpu >= cpu_limit_us) {
            limit = LIMIT_CPU;
            break;
        }
        if (now - t0 >= wall_deadline_us) {
            uint64_t want = wall_limit_us + run_queue_wait_us();
            if (want > wall_max_us)
                want = wall_max_us;
            if (want < now - t0 + 20000) { /* nothing (more) to give back */
                limit = LIMIT_WALL;
                break;
            }
            wall_deadline_us = want;
        }
        /* CPU can grow at most ncpu seconds per wall second: sleep until the
         * earliest moment the limit could be reached, at least 2 ms. */
        uint64_t wait_us = (cpu_limit_us - cpu) / (uint64_t)ncpu;
        if (wall_deadline_us - (now - t0) < wait_us)
            wait_us = wall_deadline_us - (now - t0);
        if (wait_us < 2000)
            wait_us = 2000;
        /* the memory event: v1's eventfd, or v2's memory.events (POLLPRI) */
        int mfd = setup.cgroup_v2 ? cg_fd_oom : mem_efd;
        /* (poll skips an entry whose fd is -1) */
        struct pollfd pf[4] = {{.fd = pfd, .events = POLLIN},
                               {.fd = sock, .events = 0},
                               {.fd = mfd, .events = setup.cgroup_v2 ? POLLPRI : POLLIN},
                               {.fd = lfd, .events = POLLIN}};
        int timeout_ms = (int)((wait_us + 999) / 1000);
        int pr = pfd >= 0 ? poll(pf, 4, timeout_ms) : poll(pf + 3, 1, 2);
        short lev = pf[3].revents;
        if (pr > 0 && lfd >= 0 && (lev & POLLIN))
            answer_call(lfd, &grants);
        else if (pr > 0 && lfd >= 0 && (lev & (POLLHUP | POLLERR))) {
            close(lfd); /* no task of the run has the filter any more */
            lfd = -1;
        }
        if (pfd < 0 && pr >= 0)
            continue; /* no pidfd: wait4 is asked again every 2 ms */
        if (pr > 0 && (pf[1].revents & (POLLHUP | POLLERR))) {
            parent_gone = 1; /* our parent is gone: end everything */
            break;
        }
        if (pr > 0 && mfd >= 0 && (pf[2].revents & (POLLIN | POLLPRI))) {
            uint64_t ev;
            if (!setup.cgroup_v2)
                (void)!read(mem_efd, &ev, sizeof ev);
            /* the cgroup reached its limit: when the run's own memory is what
               filled it (not reclaimable page cache), stop the run now, as over
               its memory limit */
            if ((setup.cgroup_v2 ? cgroup_max_hits() != max_hits0 : 1) &&
                run_memory_bytes() >= mem_threshold(mem_limit)) {
                limit = LIMIT_MEMORY;
                break;
            }
        }
    }
    uint64_t t1 = now_us();
    if (limit != LIMIT_NONE || parent_gone) {
        kill(pid, SIGKILL);
        kill(-1, SIGKILL);
        wait4(pid, &status, __WALL, &ru);
    }
    if (pfd >= 0)
        close(pfd);
    if (lfd >= 0)
        close(lfd);
    reap_all();
    if (parent_gone)
        _exit(0);
    /* The slot's cgroup counts every process of the run, also children the
     * kernel reaped itself (SIGCHLD ignored), which wait4 and RUSAGE_CHILDREN
     * never see. Memory: the peak since the reset less what is still charged
     * now that every process of the run is gone, which is nobody's memory:
     * page cache, the run's files in /tmp and IPC objects (read before they
     * are removed), kernel objects that outlive the run, this helper. What
     * remains is the memory of the run's processes at the peak. Three preads
     * on fds opened at setup. */
    uint64_t cg_cpu_us = cgroup_cpu_us() - cg_cpu0;
    uint64_t cg_mem_kib = 0;
    bool near_mem_limit = true; /* without a per-run peak: always check for OOM kills */
    if (cg_fd_peak >= 0) {
        uint64_t peak = read_key(cg_fd_peak, NULL);
        uint64_t left = read_key(cg_fd_usage, NULL);
        cg_mem_kib = peak > left ? (peak - left) >> 10 : 0;
        uint64_t margin = mem_limit / 32 > (4u << 20) ? mem_limit / 32 : (4u << 20);
        near_mem_limit = peak + margin >= mem_limit;
    }
    ipc_clean();

    struct rusage after;
    getrusage(RUSAGE_CHILDREN, &after);
    uint64_t cpu_us =
        (uint64_t)(after.ru_utime.tv_sec - before.ru_utime.tv_sec) * 1000000u +
        (uint64_t)(after.ru_utime.tv_usec - before.ru_utime.tv_usec) +
        (uint64_t)(after.ru_stime.tv_sec - before.ru_stime.tv_sec) * 1000000u +
        (uint64_t)(after.ru_stime.tv_usec - before.ru_stime.tv_usec);
    if (cg_cpu_us > cpu_us)
        cpu_us = cg_cpu_us;
    /* killed at the limit by the slot's counter, which also holds this helper's
     * own few microseconds: never report less than the limit that was hit */
    if (limit == LIMIT_CPU && cpu_us < cpu_limit_us)
        cpu_us = cpu_limit_us;
    resp.status = LC_SBX_RESP_OK;
    resp.cpu_us = cpu_us;
    resp.wall_us = t1 - t0;
    resp.memory_kib = (uint64_t)ru.ru_maxrss > cg_mem_kib ? (uint64_t)ru.ru_maxrss : cg_mem_kib;
    if (WIFSIGNALED(status)) {
        resp.exit_code = -1;
        resp.signal = WTERMSIG(status);
    } else {
        resp.exit_code = WEXITSTATUS(status);
        resp.signal = 0;
    }
    int failed = resp.signal != 0 || resp.exit_code != 0;
    /* The cgroup's kill count, read only when the run failed or its peak came
     * near the limit (an OOM kill of a child leaves the main process well); its
     * value after the last read is kept: only this slot's runs can change it. */
    uint64_t ooms = (failed && limit == LIMIT_NONE) || near_mem_limit ? cgroup_oom_kills()
                                                                       : oom_seen;
    bool oom_killed = ooms != oom_seen;
    oom_seen = ooms;
    /* A run whose memory went over the limit is over the memory limit whatever
     * else it crossed: a run thrashing at its cgroup's limit also burns CPU and
     * wall time, and which of those it reached first is chance. */
    if (oom_killed || resp.memory_kib > req.memory_kib + req.memory_extra_kib)
        limit = LIMIT_MEMORY;
    else if (limit == LIMIT_NONE) {
        if (resp.signal == SIGXFSZ)
            limit = LIMIT_FSIZE;
        else if (cpu_us > cpu_limit_us || resp.signal == SIGXCPU)
            limit = LIMIT_CPU;
        else if (failed && tmp_full())
            limit = LIMIT_DISK;
    }
    resp.limit = (uint32_t)limit;
    reply();
}

static int recv_req(void)
{
    char cbuf[CMSG_SPACE(sizeof(int) * (3 + LC_SBX_MAX_EXTRA_FDS))];
    struct iovec iov = {.iov_base = &req, .iov_len = sizeof req};
    struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
                        .msg_controllen = sizeof cbuf};
    ssize_t n;
    do
        n = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    if (n <= 0)
        return -1; /* EOF: the parent closed the slot */
    int got = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int nf = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
            int tmp[3 + LC_SBX_MAX_EXTRA_FDS];
            memcpy(tmp, CMSG_DATA(c), sizeof(int) * (size_t)nf);
            for (int i = 0; i < nf; i++) {
                if (got < 3 + LC_SBX_MAX_EXTRA_FDS)
                    fds[got++] = tmp[i];
                else
                    close(tmp[i]);
            }
        }
    }
    nfds = got;
    if (n != (ssize_t)sizeof req || req.n_extra_fds > LC_SBX_MAX_EXTRA_FDS ||
        got != 3 + (int)req.n_extra_fds || (mh.msg_flags & (MSG_TRUNC | MSG_CTRUNC))) {
        for (int i = 0; i < got; i++)
            close(fds[i]);
        nfds = 0;
        return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2 || getpid() != 1) {
        fprintf(stderr, "litecode-sandbox-init: started by the sandbox only\n");
        return 2;
    }
    sock = atoi(argv[1]);
    if (fcntl(sock, F_SETFD, FD_CLOEXEC) < 0) /* never inherited by a run */
        return 2;
    /* fds 0-2 point at /dev/null so received fds are never 0-2 */
    int nul = open("/dev/null", O_RDWR);
    for (int i = 0; i < 3; i++)
        if (nul != i)
            dup2(nul, i);
    if (nul > 2)
        close(nul);
    signal(SIGPIPE, SIG_IGN);
    /* before do_setup: the helper's own filter has no socketpair */
    if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, notify_pair) < 0)
        return 2;
    do_setup();
    for (;;) {
        int r = recv_req();
        if (r < 0)
            break;
        if (r == 0) {
            errno = 0;
            fail("malformed run request");
            continue;
        }
        do_run();
        for (int i = 0; i < nfds; i++)
            close(fds[i]);
        nfds = 0;
    }
    reap_all();
    return 0;
}

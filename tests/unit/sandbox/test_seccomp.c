/* lib/sandbox/seccomp.c: the allow lists, loaded into a forked child (no root
 * needed: no_new_privs) and probed with raw system calls. */
#include "sandbox/seccomp.h"
#include "sandbox/proto.h"
#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/seccomp.h>

static struct sock_filter progs[LC_SBX_SECCOMP_HELPER + 1][LC_SBX_MAX_BPF];
static size_t lens[LC_SBX_SECCOMP_HELPER + 1];

static void build_all(void)
{
    for (int f = 0; f <= LC_SBX_SECCOMP_HELPER; f++) {
        lc_err e = {0};
        lc_code rc = lc_sbx_seccomp_build(f, progs[f], LC_SBX_MAX_BPF, &lens[f], &e);
        cr_assert_eq(rc, LC_OK, "family %d: %s", f, e.msg);
    }
}

TestSuite(seccomp, .init = build_all, .timeout = 30);

/* A child under the helper's filter and then family's (as a run is); what
 * the probe writes to fd 1 comes back in msg; the child's exit code is 0
 * when every check held. */
static int probe(int family, int (*fn)(int family, char *msg, size_t msgsz), char *msg,
                 size_t msgsz)
{
    int p[2];
    cr_assert_eq(pipe(p), 0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        close(p[0]);
        char m[512] = "";
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
            _exit(100);
        struct sock_fprog h = {.len = (unsigned short)lens[LC_SBX_SECCOMP_HELPER],
                               .filter = progs[LC_SBX_SECCOMP_HELPER]};
        if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &h) < 0)
            _exit(101);
        if (family != LC_SBX_SECCOMP_HELPER) {
            struct sock_fprog f = {.len = (unsigned short)lens[family], .filter = progs[family]};
            if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &f) < 0)
                _exit(102);
        }
        int rc = fn(family, m, sizeof m);
        (void)!write(p[1], m, strlen(m));
        _exit(rc);
    }
    close(p[1]);
    ssize_t n = read(p[0], msg, msgsz - 1);
    msg[n > 0 ? n : 0] = '\0';
    close(p[0]);
    int st;
    waitpid(pid, &st, 0);
    cr_assert(WIFEXITED(st), "family %d: the probe was killed (signal %d)", family,
              WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    return WEXITSTATUS(st);
}

#define EXPECT(call, want_errno)                                                                   \
    do {                                                                                           \
        errno = 0;                                                                                 \
        long r_ = (long)(call);                                                                    \
        int e_ = errno;                                                                            \
        if ((want_errno) == 0 ? r_ < 0 : (r_ >= 0 || e_ != (want_errno))) {                        \
            snprintf(msg, msgsz, "%s: %ld, %s (want %s)", #call, r_, strerror(e_),                 \
                     (want_errno) ? strerror(want_errno) : "success");                             \
            return 1;                                                                              \
        }                                                                                          \
    } while (0)

static int refused_everywhere(int family, char *msg, size_t msgsz)
{
    (void)family;
    unsigned long ctx = 0;
    EXPECT(syscall(SYS_getpid), 0);
    EXPECT(syscall(SYS_io_setup, 16, &ctx), ENOSYS);
    EXPECT(syscall(SYS_io_uring_setup, 8, NULL), ENOSYS);
    EXPECT(syscall(458 /* listmount */, 0, 0, 0, 0), ENOSYS);
    EXPECT(syscall(457 /* statmount */, 0, 0, 0, 0), ENOSYS);
    EXPECT(syscall(467 /* open_tree_attr */, 0, 0, 0, 0, 0), ENOSYS);
    EXPECT(syscall(500), ENOSYS);
    EXPECT(syscall(SYS_inotify_init1, 0), ENOSYS);
    EXPECT(syscall(SYS_mincore, NULL, 4096, NULL), ENOSYS);
    EXPECT(syscall(SYS_clone3, NULL, 0), ENOSYS);
    EXPECT(syscall(SYS_ptrace, 0, 0, 0, 0), EPERM);
    EXPECT(syscall(SYS_bpf, 0, NULL, 0), EPERM);
    EXPECT(syscall(SYS_unshare, CLONE_NEWUSER), EPERM);
    EXPECT(syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0), EPERM);
    EXPECT(socket(AF_INET, SOCK_STREAM, 0), EACCES);
    EXPECT(syscall(SYS_connect, 0, NULL, 0), EPERM);
    int fd = open("/dev/null", O_RDONLY);
    EXPECT(fd, 0);
    EXPECT(flock(fd, LOCK_SH | LOCK_NB), ENOLCK);
    struct flock fl = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_len = 1};
    EXPECT(fcntl(fd, F_SETLK, &fl), ENOLCK);
    EXPECT(fcntl(fd, F_OFD_GETLK, &fl), ENOLCK);
    EXPECT(fcntl(fd, F_NOTIFY, 0), ENOSYS);
    EXPECT(fcntl(fd, F_GETFD), 0);
    /* the kernel looks at the low 32 bits of cmd: high bits must not slip by */
    EXPECT(syscall(SYS_fcntl, fd, (1UL << 32) | F_SETLK, &fl), ENOSYS);
    return 0;
}

Test(seccomp, programs_fit_and_count)
{
    for (int f = 0; f <= LC_SBX_SECCOMP_HELPER; f++) {
        cr_assert_gt(lens[f], 100, "family %d: %zu instructions", f, lens[f]);
        cr_assert_lt(lens[f], LC_SBX_MAX_BPF);
        cr_assert_gt(lc_sbx_seccomp_count(f), 150);
        cr_assert_leq(lc_sbx_seccomp_count(f), lc_sbx_seccomp_count(LC_SBX_SECCOMP_HELPER));
    }
    lc_err e = {0};
    size_t len;
    cr_assert_neq(lc_sbx_seccomp_build(LC_SBX_SECCOMP_HELPER + 1, progs[0], LC_SBX_MAX_BPF, &len, &e),
                  LC_OK);
}

Test(seccomp, refused_in_every_family)
{
    for (int f = 0; f <= LC_SBX_SECCOMP_HELPER; f++) {
        char msg[512];
        cr_expect_eq(probe(f, refused_everywhere, msg, sizeof msg), 0, "family %d: %s", f, msg);
    }
}

static int helper_only(int family, char *msg, size_t msgsz)
{
    int want = family == LC_SBX_SECCOMP_HELPER ? 0 : EPERM;
    EXPECT(syscall(SYS_setresuid, -1, -1, -1), want); /* a no-op, root or not */
    EXPECT(syscall(SYS_setuid, getuid()), EPERM);
    return 0;
}

Test(seccomp, uid_changes_are_the_helpers)
{
    for (int f = 0; f <= LC_SBX_SECCOMP_HELPER; f++) {
        char msg[512];
        cr_expect_eq(probe(f, helper_only, msg, sizeof msg), 0, "family %d: %s", f, msg);
    }
}

static int sockets(int family, char *msg, size_t msgsz)
{
    int sv[2];
    int want = family == LC_SBX_FAMILY_NATIVE ? EACCES : 0;
    EXPECT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), want);
    EXPECT(socket(AF_UNIX, SOCK_STREAM, 0), want);
    return 0;
}

Test(seccomp, unix_sockets_by_family)
{
    for (int f = 0; f < LC_SBX_FAMILY_N; f++) {
        char msg[512];
        cr_expect_eq(probe(f, sockets, msg, sizeof msg), 0, "family %d: %s", f, msg);
    }
}

/* The BEAM family: execve goes to the filter's listener (the helper), which
 * lets the first one through (the kernel then runs it: here ENOENT) and
 * refuses the next (EPERM). Every other family refuses exec outright. */
Test(seccomp, beam_exec_asks_the_listener)
{
    cr_assert_eq(lc_sbx_seccomp_granted_execs(LC_SBX_FAMILY_BEAM), 1);
    for (int f = 0; f < LC_SBX_FAMILY_N; f++)
        if (f != LC_SBX_FAMILY_BEAM)
            cr_assert_eq(lc_sbx_seccomp_granted_execs(f), 0, "family %d", f);
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        close(sv[0]);
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
            _exit(100);
        struct sock_fprog h = {.len = (unsigned short)lens[LC_SBX_SECCOMP_HELPER],
                               .filter = progs[LC_SBX_SECCOMP_HELPER]};
        struct sock_fprog f = {.len = (unsigned short)lens[LC_SBX_FAMILY_BEAM],
                               .filter = progs[LC_SBX_FAMILY_BEAM]};
        if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &h) < 0)
            _exit(101);
        long lfd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &f);
        if (lfd < 0)
            _exit(102);
        char cbuf[CMSG_SPACE(sizeof(int))] = {0};
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
        if (sendmsg(sv[1], &mh, 0) < 0)
            _exit(103);
        close(l);
        char *argv[] = {"x", NULL};
        errno = 0;
        syscall(SYS_execve, "/nonexistent/litecode-probe", argv, argv + 1);
        if (errno != ENOENT)
            _exit(104); /* the first exec went on (and found nothing) */
        errno = 0;
        syscall(SYS_execve, "/nonexistent/litecode-probe", argv, argv + 1);
        _exit(errno == EPERM ? 0 : 105); /* the second was refused */
    }
    close(sv[1]);
    char cbuf[CMSG_SPACE(sizeof(int))];
    char one;
    struct iovec iov = {.iov_base = &one, .iov_len = 1};
    struct msghdr mh = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
                        .msg_controllen = sizeof cbuf};
    cr_assert_eq(recvmsg(sv[0], &mh, 0), 1);
    int lfd;
    memcpy(&lfd, CMSG_DATA(CMSG_FIRSTHDR(&mh)), sizeof lfd);
    for (int k = 0; k < 2; k++) {
        struct seccomp_notif n;
        memset(&n, 0, sizeof n);
        cr_assert_eq(ioctl(lfd, SECCOMP_IOCTL_NOTIF_RECV, &n), 0, "%s", strerror(errno));
        cr_assert_eq(n.data.nr, SYS_execve);
        struct seccomp_notif_resp r;
        memset(&r, 0, sizeof r);
        r.id = n.id;
        if (k == 0)
            r.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
        else
            r.error = -EPERM;
        cr_assert_eq(ioctl(lfd, SECCOMP_IOCTL_NOTIF_SEND, &r), 0, "%s", strerror(errno));
    }
    int st;
    waitpid(pid, &st, 0);
    close(lfd);
    close(sv[0]);
    cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child: status %d", st);
}

static int no_exec(int family, char *msg, size_t msgsz)
{
    char *argv[] = {"x", NULL};
    /* without a listener the BEAM family's exec fails too (ENOSYS) */
    int want = family == LC_SBX_SECCOMP_HELPER                             ? ENOENT
               : family == LC_SBX_FAMILY_BEAM                              ? ENOSYS
               : family == LC_SBX_FAMILY_COMPILER || family == LC_SBX_FAMILY_ANY ? ENOENT
                                                                            : EPERM;
    EXPECT(syscall(SYS_execve, "/nonexistent/litecode-probe", argv, argv + 1), want);
    return 0;
}

Test(seccomp, exec_by_family)
{
    for (int f = 0; f <= LC_SBX_SECCOMP_HELPER; f++) {
        char msg[512];
        cr_expect_eq(probe(f, no_exec, msg, sizeof msg), 0, "family %d: %s", f, msg);
    }
}

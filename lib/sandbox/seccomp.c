#include "seccomp.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

/* What namespaces and an unprivileged uid do not already isolate, plus the
 * kernel attack surface judged programs never need. Every rule fails the call
 * with an errno: a forbidden call must not kill the program (ARCHITECTURE.md). */
static const struct {
    const char *name;
    int err;
} deny[] = {
    {"ptrace", EPERM}, {"process_vm_readv", EPERM}, {"process_vm_writev", EPERM},
    {"kcmp", EPERM}, {"pidfd_getfd", EPERM},
    {"kexec_load", EPERM}, {"kexec_file_load", EPERM}, {"init_module", EPERM},
    {"finit_module", EPERM}, {"delete_module", EPERM}, {"reboot", EPERM},
    {"mount", EPERM}, {"umount2", EPERM}, {"pivot_root", EPERM}, {"chroot", EPERM},
    {"move_mount", EPERM}, {"fsopen", EPERM}, {"fsmount", EPERM}, {"fsconfig", EPERM},
    {"fspick", EPERM}, {"open_tree", EPERM}, {"mount_setattr", EPERM},
    {"unshare", EPERM}, {"setns", EPERM},
    {"swapon", EPERM}, {"swapoff", EPERM}, {"sethostname", EPERM}, {"setdomainname", EPERM},
    {"iopl", EPERM}, {"ioperm", EPERM}, {"acct", EPERM}, {"settimeofday", EPERM},
    {"clock_settime", EPERM}, {"clock_adjtime", EPERM}, {"adjtimex", EPERM},
    {"bpf", EPERM}, {"perf_event_open", EPERM}, {"userfaultfd", EPERM},
    {"keyctl", EPERM}, {"add_key", EPERM}, {"request_key", EPERM},
    {"open_by_handle_at", EPERM}, {"name_to_handle_at", EPERM}, {"quotactl", EPERM},
    {"fanotify_init", EPERM}, {"vhangup", EPERM}, {"syslog", EPERM}, {"personality", EPERM},
    {"lookup_dcookie", EPERM}, {"mknod", EPERM}, {"mknodat", EPERM},
    {"io_uring_setup", ENOSYS}, {"io_uring_enter", ENOSYS}, {"io_uring_register", ENOSYS},
    {"clone3", ENOSYS}, /* libc falls back to clone, whose flags we can inspect */
    {"connect", EPERM}, {"bind", EPERM}, {"listen", EPERM}, {"accept", EPERM},
    {"accept4", EPERM},
    /* socketpair stays allowed: the JDK's FileDispatcherImpl needs an AF_UNIX pair,
     * and a connected pair of its own reaches nothing outside the process tree */
};

static const unsigned long clone_ns_flags[] = {CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC,
                                               CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET,
                                               CLONE_NEWCGROUP, 0x00000080 /* CLONE_NEWTIME */};

lc_code lc_sbx_seccomp_build(struct sock_filter *out, size_t max, size_t *len, lc_err *e)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx)
        return lc_err_set(e, LC_ERR_SANDBOX, "seccomp_init failed");
    lc_code rc = LC_OK;
    /* A syscall of another ABI (int 0x80, x32) kills: no judged program needs one. */
    if (seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS) < 0)
        rc = lc_err_set(e, LC_ERR_SANDBOX, "seccomp badarch");
    for (size_t i = 0; !rc && i < sizeof deny / sizeof deny[0]; i++) {
        int nr = seccomp_syscall_resolve_name(deny[i].name);
        if (nr == __NR_SCMP_ERROR)
            continue; /* not on this architecture */
        if (seccomp_rule_add(ctx, SCMP_ACT_ERRNO(deny[i].err), nr, 0) < 0)
            rc = lc_err_set(e, LC_ERR_SANDBOX, "seccomp rule %s", deny[i].name);
    }
    for (size_t i = 0; !rc && i < sizeof clone_ns_flags / sizeof clone_ns_flags[0]; i++) {
        if (seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                             SCMP_A0(SCMP_CMP_MASKED_EQ, clone_ns_flags[i], clone_ns_flags[i])) < 0)
            rc = lc_err_set(e, LC_ERR_SANDBOX, "seccomp rule clone");
    }
    /* sockets: only AF_UNIX may be created (some runtimes probe it); nothing can connect */
    if (!rc && seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), 1,
                                SCMP_A0(SCMP_CMP_NE, AF_UNIX)) < 0)
        rc = lc_err_set(e, LC_ERR_SANDBOX, "seccomp rule socket");
    if (rc) {
        seccomp_release(ctx);
        return rc;
    }
    int fd = memfd_create("litecode-bpf", MFD_CLOEXEC);
    if (fd < 0) {
        seccomp_release(ctx);
        return lc_err_sys(e, LC_ERR_SANDBOX, "memfd_create");
    }
    if (seccomp_export_bpf(ctx, fd) < 0) {
        close(fd);
        seccomp_release(ctx);
        return lc_err_set(e, LC_ERR_SANDBOX, "seccomp_export_bpf failed");
    }
    seccomp_release(ctx);
    off_t size = lseek(fd, 0, SEEK_END);
    if (size <= 0 || size % (off_t)sizeof(struct sock_filter) != 0 ||
        (size_t)size / sizeof(struct sock_filter) > max) {
        close(fd);
        return lc_err_set(e, LC_ERR_SANDBOX, "seccomp program of odd size %lld", (long long)size);
    }
    if (pread(fd, out, (size_t)size, 0) != size) {
        close(fd);
        return lc_err_sys(e, LC_ERR_SANDBOX, "read seccomp program");
    }
    close(fd);
    *len = (size_t)size / sizeof(struct sock_filter);
    return LC_OK;
}

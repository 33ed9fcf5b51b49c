/* Wire format between the sandbox's parent (sandbox.c) and its helper
 * (init.c). Both sides are built from this header in the same build, so the
 * format is versioned only by a magic number. Every message has a fixed size
 * and every string field is length-checked and NUL-terminated by the reader. */
#ifndef LC_SBX_PROTO_H
#define LC_SBX_PROTO_H

#include "sandbox.h"

#include <linux/filter.h>
#include <stdint.h>

#define LC_SBX_MAGIC 0x4c435342u /* "LCSB" */
#define LC_SBX_PATH_MAX 512
#define LC_SBX_MAX_BINDS 32
/* seccomp programs: the helper's own and one per family (lc_sbx_family), each
 * about 460 instructions today (a binary search over some 230 calls) */
#define LC_SBX_MAX_BPF 1024
#define LC_SBX_STRINGS_MAX 65536
#define LC_SBX_MAX_ARGS 256
#define LC_SBX_MAX_EXTRA_FDS 4
/* The run's own exec goes through this descriptor (execveat with
 * AT_EMPTY_PATH), the only execveat the run families' filters allow. It is
 * close-on-exec and at or above every run's RLIMIT_NOFILE, so the program can
 * never have a descriptor with this number: no second exec. */
#define LC_SBX_EXEC_FD 1023

/* v1 controllers, one dir each: CPUACCT holds the CPU counter the helper reads,
 * CPU the slot's own CPU share (cpu.shares; "" when the host has no cpu
 * controller). v2: everything in cgroup[0]. */
enum { LC_SBX_CG_MEMORY, LC_SBX_CG_PIDS, LC_SBX_CG_CPUACCT, LC_SBX_CG_CPU, LC_SBX_CG_N };

struct lc_sbx_setup {
    uint32_t magic;
    uint32_t uid, gid;
    uint32_t cgroup_v2;                      /* 1: one unified dir in cgroup[0] */
    uint64_t tmp_kib;
    char root_dir[LC_SBX_PATH_MAX];          /* host dir where the root tmpfs is built */
    char box_dir[LC_SBX_PATH_MAX];           /* host dir of the box (already a tmpfs) */
    char cgroup[LC_SBX_CG_N][LC_SBX_PATH_MAX];
    uint32_t n_binds;
    char binds[LC_SBX_MAX_BINDS][LC_SBX_PATH_MAX];
    char bind_dst[LC_SBX_MAX_BINDS][LC_SBX_PATH_MAX]; /* inside the sandbox; "" = same path */
    uint32_t bpf_len;                        /* the helper's filter, installed at setup */
    struct sock_filter bpf[LC_SBX_MAX_BPF];
    uint32_t family_bpf_len[LC_SBX_FAMILY_N]; /* each run's, by lc_sbx_req.family */
    struct sock_filter family_bpf[LC_SBX_FAMILY_N][LC_SBX_MAX_BPF];
    /* execs a run of the family makes beyond its own, granted in order by the
       helper when the family's filter asks (lc_sbx_seccomp_granted_execs) */
    uint32_t family_execs[LC_SBX_FAMILY_N];
};

struct lc_sbx_req {
    uint32_t magic;
    uint32_t box_writable;
    uint32_t argc, envc;
    uint64_t cpu_ms, wall_ms, memory_kib, memory_extra_kib, stack_kib, fsize_kib;
    uint32_t processes, open_files;
    uint32_t n_extra_fds;                    /* fds after stdin/out/err, become 3.. */
    uint32_t family;                         /* enum lc_sbx_family: the run's seccomp filter */
    uint32_t strings_len;                    /* argv\0...envp\0...cwd\0 */
    char strings[LC_SBX_STRINGS_MAX];
};

enum { LC_SBX_RESP_OK = 0, LC_SBX_RESP_FAIL = 1 };

struct lc_sbx_resp {
    uint32_t magic;
    uint32_t status;                         /* LC_SBX_RESP_* */
    int32_t exit_code, signal;
    uint64_t cpu_us, wall_us, memory_kib;
    uint32_t limit;                          /* enum lc_sbx_limit */
    char error[256];
};

#endif

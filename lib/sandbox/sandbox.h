/* The sandbox: runs untrusted programs in a pre-built, long-lived jail.
 *
 * Theory of operation
 * -------------------
 * lc_sbx_open() takes one *slot* (a locked file /run/litecode/slot-N.lock, an
 * unprivileged uid/gid 60000+N, cgroups named litecode-slot-N, a size-capped
 * tmpfs "box" at /run/litecode/slot-N/box) and starts the slot's helper, a tiny
 * static program (litecode-sandbox-init) cloned into new PID, mount, network,
 * IPC and UTS namespaces. The helper is pid 1 of its namespace: it builds a
 * read-only root once (a tmpfs holding read-only binds of /usr and the few
 * files toolchains read, a fresh /proc, /dev/{null,zero,full,random,urandom},
 * the box at /box and a per-run tmpfs at /tmp), pivots into it, and then serves
 * runs over a SOCK_SEQPACKET socketpair. Nothing of that is rebuilt per run.
 *
 * Per run the parent sends the argv, env, limits and the three standard fds
 * (SCM_RIGHTS; usually memfds for output and the test's own file for input).
 * The helper empties /tmp when the last run left anything there, adjusts the
 * cgroup limits when they changed, and vforks. The child drops to the slot's
 * uid with no groups and no capabilities, sets rlimits and execs. The seccomp
 * filter (compiled once by the parent with libseccomp) and no_new_privs were
 * installed on the helper itself at the end of its setup, so every run
 * inherits them at no cost and the helper can never do what runs cannot.
 * /box is writable by the slot's uid only for compile steps: before a run the
 * parent seals it (everything root-owned, no write bits). Around the vfork the
 * helper raises its own OOM score to the maximum, so the run inherits it and
 * the memory cgroup's OOM killer always picks a process of the run, never the
 * helper; it goes back to 0 once the run has exec'd. Before a run the helper
 * makes the kernel reclaim what earlier runs left charged to the slot; a slot
 * still holding much memory it cannot reclaim is rebuilt with a new cgroup. The helper
 * waits on a pidfd, checks the slot's CPU counter at an interval that cannot
 * let the limit be overshot by more than a few ms, and kills at the CPU or wall
 * limit. When the main process ends, the helper kill(-1, SIGKILL)s the whole
 * namespace and reaps everything, so no process of a run survives it. It then
 * replies with facts: exit code, signal, CPU time of every process of the run
 * (RUSAGE_CHILDREN), wall time, peak resident memory of the main process
 * (wait4's ru_maxrss: exact because the helper is tiny), and which limit ended
 * the run. A helper that dies takes its PID namespace with it; if the parent
 * dies the socket closes and the helper kills everything and exits.
 *
 * Failures of the sandbox itself return LC_ERR_SANDBOX from lc_sbx_exec and
 * are never reported as the program's fault.
 */
#ifndef LC_SANDBOX_H
#define LC_SANDBOX_H

#include "../util/err.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct lc_sbx lc_sbx;

typedef struct lc_sbx_config {
    int slot;                  /* slot number, or -1 for the first free one */
    const char *run_dir;       /* default /run/litecode (or $LITECODE_RUN_DIR) */
    const char *helper_path;   /* default: litecode-sandbox-init beside the executable */
    const char *const *ro_paths; /* NULL-terminated extra host paths bound read-only */
    const char *const *ro_targets; /* where each appears inside (NULL or "" = the same path; must
                                    not be under /tmp, /box or /proc, which are mounted over) */
    uint64_t box_kib;          /* size cap of /box (default 256 MiB) */
    uint64_t tmp_kib;          /* size cap of /tmp per run (default 64 MiB) */
} lc_sbx_config;

typedef struct lc_sbx_limits {
    uint64_t cpu_ms;           /* CPU time of all processes of the run (0 = 10 s) */
    uint64_t wall_ms;          /* wall time (0 = 2 * cpu + 1 s) */
    uint64_t memory_kib;       /* peak resident memory allowed (0 = 256 MiB) */
    uint64_t memory_extra_kib; /* cgroup slack above memory_kib (runtimes' own overhead) */
    uint64_t stack_kib;        /* RLIMIT_STACK (0 = memory_kib) */
    uint64_t fsize_kib;        /* RLIMIT_FSIZE: largest file written, stdout included (0 = 64 MiB) */
    uint32_t processes;        /* tasks (processes + threads) at once (0 = 64) */
    uint32_t open_files;       /* RLIMIT_NOFILE (0 = 256) */
} lc_sbx_limits;

typedef struct lc_sbx_cmd {
    const char *const *argv;   /* argv[0]: absolute path inside the sandbox */
    const char *const *envp;   /* NULL = a minimal PATH/HOME/LANG */
    const char *cwd;           /* inside the sandbox; NULL = /box */
    bool box_writable;         /* compile steps write /box (owned by the slot's uid); otherwise
                                  everything in it is sealed: root-owned, not writable */
    int stdin_fd;              /* -1 = /dev/null */
    int stdout_fd;             /* -1 = /dev/null */
    int stderr_fd;             /* -1 = /dev/null */
    const int *extra_fds;      /* become fds 3, 4, ... in the program (at most 4) */
    int n_extra_fds;
    lc_sbx_limits limits;
} lc_sbx_cmd;

typedef enum lc_sbx_limit {
    LC_SBX_LIMIT_NONE = 0,
    LC_SBX_LIMIT_CPU,          /* killed at the CPU limit, or used more */
    LC_SBX_LIMIT_WALL,         /* killed at the wall limit */
    LC_SBX_LIMIT_MEMORY,       /* the cgroup killed it at the memory limit, or peak > limit */
    LC_SBX_LIMIT_FSIZE,        /* a file (stdout included) grew past fsize (SIGXFSZ) */
    LC_SBX_LIMIT_DISK,         /* /tmp or /box filled up and the program failed */
} lc_sbx_limit;

typedef struct lc_sbx_result {
    int exit_code;             /* -1 when killed by a signal */
    int signal;                /* 0 when it exited */
    uint64_t cpu_us;           /* user+system CPU of every process of the run */
    uint64_t wall_us;
    uint64_t memory_kib;       /* peak resident set of the main process */
    lc_sbx_limit limit;        /* which limit ended or was exceeded by the run */
} lc_sbx_result;

lc_code lc_sbx_open(const lc_sbx_config *cfg, lc_sbx **out, lc_err *e);
void lc_sbx_close(lc_sbx *s);
/* Runs one command. LC_ERR_SANDBOX when the sandbox failed (the slot is then
 * restarted on the next call); LC_ERR_LIMIT when /box could not be sealed
 * because a compile step nested files too deeply (the submission's fault);
 * LC_OK with facts in *res otherwise. */
lc_code lc_sbx_exec(lc_sbx *s, const lc_sbx_cmd *cmd, lc_sbx_result *res, lc_err *e);
int lc_sbx_slot(const lc_sbx *s);
/* The unprivileged uid (and gid) the slot's runs have. */
unsigned lc_sbx_uid(const lc_sbx *s);
/* A directory fd (host side) of the slot's /box, for writing sources and
 * reading build products. Never follow symlinks found there. */
int lc_sbx_box_fd(const lc_sbx *s);
/* Seals /box now (as before any run with box_writable false), e.g. before
 * granting one directory in it to a trusted step. */
lc_code lc_sbx_seal_box(lc_sbx *s, lc_err *e);
/* Empties /box (between submissions). */
lc_code lc_sbx_reset_box(lc_sbx *s, lc_err *e);
const char *lc_sbx_limit_name(lc_sbx_limit l);
/* Kills and removes whatever a dead owner of slot N left behind (processes,
 * mounts, cgroups) — called by lc_sbx_open when it takes the slot's lock. */
lc_code lc_sbx_cleanup_slot(const char *run_dir, int slot, lc_err *e);

#endif

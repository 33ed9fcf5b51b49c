/* The sandbox: runs untrusted programs in a pre-built, long-lived jail.
 *
 * Theory of operation
 * -------------------
 * lc_sbx_open() takes one *slot* (a locked file /run/litecode/slot-N.lock, an
 * unprivileged uid/gid 60000+N, cgroups named litecode-slot-N, a size-capped
 * tmpfs "box" at /run/litecode/slot-N/box) and starts the slot's helper, a tiny
 * static program (litecode-sandbox-init) cloned into new PID, mount, network,
 * IPC and UTS namespaces and attached once to the slot's cgroups (v1: memory,
 * pids, cpuacct for the CPU counter, cpu for the slot's CPU share; v2: one
 * cgroup). The helper is pid 1 of its namespace: it builds a read-only root
 * once (a tmpfs showing /usr and the few directories toolchains read as
 * read-only, nosuid, nodev overlays whose one real layer is the host directory
 * — host mounts below it shown the same way — and small files as copies, so
 * /proc/self/mountinfo shows neither host paths nor the host's disk device and
 * options; read-only binds, recursive, where overlayfs is missing; a fresh
 * /proc, a small read-only tmpfs /dev with the nodes null, zero, full, random
 * and urandom, the box at /box and a per-run tmpfs at /tmp), pivots into it,
 * and then serves
 * runs over a SOCK_SEQPACKET socketpair. Nothing of that is rebuilt per run.
 *
 * Every slot has the same CPU share (cpu.shares 1024 / cpu.weight 100) in a
 * group of its own: the scheduler divides the CPUs between the slots (and the
 * host's own tasks) first, then between the threads inside each, so a run with
 * 63 busy threads gets no larger share of a busy machine than a run with one.
 * With as many slots as CPUs (the server's default) a single-threaded run gets
 * a whole CPU however busy the other slots are; with more slots, its equal
 * share. As far as the wall limit can still meet contention (more slots than
 * CPUs, a busy host), the helper gives back, when a run reaches it, the time
 * the run's tasks spent runnable but waiting for a CPU (their schedstat run
 * delay), up to the wall limit again: the verdict follows CPU time, not a
 * contended clock.
 *
 * Per run the parent sends the argv, env, limits and the three standard fds
 * (SCM_RIGHTS; usually memfds for output and the test's own file for input).
 * The helper empties /tmp when the last run left anything there, adjusts the
 * cgroup limits when they changed, resets the memory cgroup's peak, and vforks.
 * The child drops to the slot's uid with no groups and no capabilities, sets
 * rlimits, loads its family's seccomp allow list and execs. The seccomp
 * programs are compiled once by the parent with libseccomp (seccomp.c): the
 * helper's own filter (every family's calls and the few the helper needs) and
 * no_new_privs were installed on the helper itself at the end of its setup, so
 * every run inherits them and the helper can never do what no run may; each
 * run's family filter then narrows that to what its toolchain needs. /box is
 * writable by the slot's uid only for compile steps: before a run the parent
 * seals it (everything root-owned, no write bits). Around the vfork the helper
 * raises its own OOM score to the maximum, so the run inherits it and the
 * memory cgroup's OOM killer always picks a process of the run, never the
 * helper; it goes back to 0 once the run has exec'd. Before a run, once /tmp
 * is empty (files left there are charged to the slot and cannot be reclaimed:
 * they must never count), the helper makes the kernel reclaim what earlier
 * runs left charged to the slot; a slot still holding much memory it cannot
 * reclaim is rebuilt with a new cgroup. The
 * helper waits on a pidfd, checks the slot's CPU counter at an interval that
 * cannot let the limit be overshot by more than a few ms, and kills at the CPU
 * or wall limit (the latter with CPU waits given back, see above). When the
 * main process ends, the helper kill(-1, SIGKILL)s the whole namespace and
 * reaps everything, so no process of a run survives it. It then replies with
 * facts: exit code, signal, CPU time of every process of the run (the larger of
 * RUSAGE_CHILDREN and the slot's cgroup counter, which also counts children the
 * kernel reaped itself because SIGCHLD was ignored), wall time, peak memory
 * (the larger of the main process's resident set from wait4, exact because the
 * helper is tiny, and the cgroup's view of every process of the run: its peak
 * less what is still charged once they are all gone, i.e. page cache, the run's
 * files in /tmp, this helper), and which limit ended the run. An OOM kill in
 * the slot's cgroup is a memory limit even when the main process ended well (a
 * killed child). A helper that dies takes its PID namespace with it; if the
 * parent dies the socket closes and the helper kills everything and exits.
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

/* Which seccomp allow list a run gets, by the toolchain it execs (the table is
 * in seccomp.c). Every run is also under the helper's own filter, the union of
 * them all. */
typedef enum lc_sbx_family {
    LC_SBX_FAMILY_ANY = 0,     /* the union of the families below (the default) */
    LC_SBX_FAMILY_NATIVE,      /* compiled C/C++ programs (runs, validators) */
    LC_SBX_FAMILY_COMPILER,    /* compile steps: gcc/g++ (cc1, as, ld), javac, syntax checks */
    LC_SBX_FAMILY_JVM,         /* java */
    LC_SBX_FAMILY_PYTHON,      /* python3 (runs, validators) */
    LC_SBX_FAMILY_NODE,        /* node */
    LC_SBX_FAMILY_BEAM,        /* the Erlang VM (Erlang, Elixir): like NATIVE, and the one exec
                                  the VM makes at boot (its erl_child_setup), granted by the
                                  helper; every later exec is refused */
    LC_SBX_FAMILY_N
} lc_sbx_family;

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
    lc_sbx_family family;      /* the system calls the program may make (0: any family's) */
    lc_sbx_limits limits;
} lc_sbx_cmd;

typedef enum lc_sbx_limit {
    LC_SBX_LIMIT_NONE = 0,
    LC_SBX_LIMIT_CPU,          /* killed at the CPU limit, or used more */
    LC_SBX_LIMIT_WALL,         /* killed at the wall limit (time spent waiting for a CPU
                                  given back, up to the limit again) */
    LC_SBX_LIMIT_MEMORY,       /* the cgroup killed it at the memory limit, or peak > limit */
    LC_SBX_LIMIT_FSIZE,        /* a file (stdout included) grew past fsize (SIGXFSZ) */
    LC_SBX_LIMIT_DISK,         /* /tmp or /box filled up and the program failed */
} lc_sbx_limit;

typedef struct lc_sbx_result {
    int exit_code;             /* -1 when killed by a signal */
    int signal;                /* 0 when it exited */
    uint64_t cpu_us;           /* user+system CPU of every process of the run */
    uint64_t wall_us;
    uint64_t memory_kib;       /* peak memory: the main process's resident set, or the
                                  cgroup's figure for all processes of the run if larger */
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

/* The sandbox's seccomp filters: an allow list of system calls per toolchain
 * family (a data table in seccomp.c), compiled once with libseccomp into
 * classic BPF. Two levels: the helper's filter (every family's calls and the
 * helper's own, installed on litecode-sandbox-init and inherited by every run)
 * and one family filter per run, loaded by the helper's child just before
 * exec. A call a filter does not allow fails with an errno (ENOSYS, EPERM for
 * privileged ones, see the table); it never kills, except a foreign ABI. */
#ifndef LC_SBX_SECCOMP_H
#define LC_SBX_SECCOMP_H

#include "sandbox.h"

#include "../util/err.h"

#include <linux/filter.h>
#include <stddef.h>
#include <stdint.h>

/* The program for one family (LC_SBX_FAMILY_ANY: the union of all families),
 * or with LC_SBX_SECCOMP_HELPER the helper's own. */
#define LC_SBX_SECCOMP_HELPER LC_SBX_FAMILY_N
lc_code lc_sbx_seccomp_build(int family, struct sock_filter *out, size_t max, size_t *len,
                             lc_err *e);

/* How many execs beyond its own a run of the family is granted by the helper,
 * which the family's filter asks (SECCOMP_RET_USER_NOTIF): the BEAM's 1 (its
 * erl_child_setup, at boot); 0 for every other family (their filters refuse
 * exec outright). */
uint32_t lc_sbx_seccomp_granted_execs(int family);

/* How many system calls (by number) that program lets through, conditionally
 * or not. */
size_t lc_sbx_seccomp_count(int family);

#endif

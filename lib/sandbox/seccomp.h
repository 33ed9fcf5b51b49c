/* The sandbox's seccomp filter, compiled once with libseccomp into classic BPF
 * that the helper loads in each run's child just before exec (no per-run
 * compilation). Denied calls fail with EPERM/ENOSYS/EACCES; they never kill. */
#ifndef LC_SBX_SECCOMP_H
#define LC_SBX_SECCOMP_H

#include "../util/err.h"

#include <linux/filter.h>
#include <stddef.h>

lc_code lc_sbx_seccomp_build(struct sock_filter *out, size_t max, size_t *len, lc_err *e);

#endif

/* The problem statement users read: the package's Markdown (or its legacy
 * LaTeX shown as text) followed by examples rendered from the sample tests,
 * as LeetCode shows them ("Input: nums = [2,7,11,15], target = 9"). */
#ifndef LC_STATEMENT_H
#define LC_STATEMENT_H

#include "../util/buf.h"
#include "../util/err.h"
#include "package.h"

#define LC_STATEMENT_MAX (256 * 1024)
#define LC_EXAMPLE_FIELD_MAX 2048

lc_code lc_statement_markdown(const lc_package *p, lc_buf *out, lc_err *e);

#endif

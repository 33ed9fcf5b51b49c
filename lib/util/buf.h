/* A growable byte buffer with a hard cap (curl's dynbuf). Every buffer that
 * holds outside data is an lc_buf with a max: appends past it fail with
 * LC_ERR_LIMIT (or, with lc_buf_append_trunc, keep the first max bytes and
 * set the truncated flag). The data is always NUL-terminated. */
#ifndef LC_BUF_H
#define LC_BUF_H

#include "err.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct lc_buf {
    char *data;     /* NUL-terminated; NULL until the first append */
    size_t len;
    size_t cap;
    size_t max;     /* hard cap on len */
    bool truncated; /* set by lc_buf_append_trunc when bytes were dropped */
} lc_buf;

void lc_buf_init(lc_buf *b, size_t max);
void lc_buf_free(lc_buf *b);
void lc_buf_reset(lc_buf *b);
lc_code lc_buf_append(lc_buf *b, const void *p, size_t n);
/* Appends what fits under max and drops the rest; never fails on the cap. */
lc_code lc_buf_append_trunc(lc_buf *b, const void *p, size_t n);
lc_code lc_buf_printf(lc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The data (or "" when empty); owned by b. */
const char *lc_buf_str(const lc_buf *b);
/* Takes the data out of b (caller frees); b is reset. Returns "" copy when empty. */
char *lc_buf_take(lc_buf *b);

#endif

#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void lc_buf_init(lc_buf *b, size_t max)
{
    memset(b, 0, sizeof *b);
    b->max = max;
}

void lc_buf_free(lc_buf *b)
{
    free(b->data);
    size_t max = b->max;
    lc_buf_init(b, max);
}

void lc_buf_reset(lc_buf *b)
{
    b->len = 0;
    b->truncated = false;
    if (b->data)
        b->data[0] = '\0';
}

static lc_code grow(lc_buf *b, size_t need)
{
    if (need + 1 <= b->cap)
        return LC_OK;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need + 1)
        cap *= 2;
    if (cap > b->max + 1)
        cap = b->max + 1;
    char *p = realloc(b->data, cap);
    if (!p)
        return LC_ERR_NOMEM;
    b->data = p;
    b->cap = cap;
    return LC_OK;
}

lc_code lc_buf_append(lc_buf *b, const void *p, size_t n)
{
    if (n > b->max - b->len)
        return LC_ERR_LIMIT;
    lc_code rc = grow(b, b->len + n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return LC_OK;
}

lc_code lc_buf_append_trunc(lc_buf *b, const void *p, size_t n)
{
    size_t room = b->max - b->len;
    if (n > room) {
        b->truncated = true;
        n = room;
    }
    return lc_buf_append(b, p, n);
}

lc_code lc_buf_printf(lc_buf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return LC_ERR_INVALID;
    if ((size_t)n < sizeof small)
        return lc_buf_append(b, small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big)
        return LC_ERR_NOMEM;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    lc_code rc = lc_buf_append(b, big, (size_t)n);
    free(big);
    return rc;
}

const char *lc_buf_str(const lc_buf *b)
{
    return b->data ? b->data : "";
}

char *lc_buf_take(lc_buf *b)
{
    char *p = b->data ? b->data : strdup("");
    size_t max = b->max;
    lc_buf_init(b, max);
    return p;
}

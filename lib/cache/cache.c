#include "cache.h"

#include <string.h>

static const lc_cache_ops *const backends[] = {&lc_cache_memory_ops, NULL};

lc_code lc_cache_open(const char *url, lc_cache **out, lc_err *e)
{
    *out = NULL;
    const char *colon = url ? strchr(url, ':') : NULL;
    if (!colon)
        return lc_err_set(e, LC_ERR_INVALID, "cache URL '%s': expected SCHEME:...",
                          url ? url : "");
    size_t n = (size_t)(colon - url);
    for (const lc_cache_ops *const *b = backends; *b; b++)
        if (strlen((*b)->scheme) == n && strncmp((*b)->scheme, url, n) == 0)
            return (*b)->open(colon + 1, out, e);
    return lc_err_set(e, LC_ERR_INVALID, "cache URL '%s': unknown scheme '%.*s'", url, (int)n, url);
}

void lc_cache_close(lc_cache *c)
{
    if (c)
        c->ops->close(c);
}

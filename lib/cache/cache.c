#include "cache.h"

#include "../util/url.h"

#include <string.h>

static const lc_cache_ops *const backends[] = {&lc_cache_memory_ops, &lc_cache_redis_ops, NULL};

lc_code lc_cache_open(const char *url, lc_cache **out, lc_err *e)
{
    *out = NULL;
    size_t n = lc_url_scheme(url);
    if (!n)
        return lc_err_set(e, LC_ERR_INVALID, "cache URL '%s': expected SCHEME:...",
                          url ? url : "");
    for (const lc_cache_ops *const *b = backends; *b; b++)
        if (lc_url_is(url, n, (*b)->scheme))
            return (*b)->open(url + n + 1, out, e);
    return lc_err_set(e, LC_ERR_INVALID, "cache URL '%s': unknown scheme '%.*s'", url, (int)n, url);
}

void lc_cache_close(lc_cache *c)
{
    if (c)
        c->ops->close(c);
}

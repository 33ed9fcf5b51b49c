#include "queue.h"

#include "../util/url.h"

#include <stdlib.h>
#include <string.h>

static const lc_queue_ops *const backends[] = {&lc_queue_memory_ops, &lc_queue_kafka_ops, NULL};

lc_code lc_queue_open(const char *url, lc_queue **out, lc_err *e)
{
    *out = NULL;
    size_t n = lc_url_scheme(url);
    if (!n)
        return lc_err_set(e, LC_ERR_INVALID, "queue URL '%s': expected SCHEME:...",
                          url ? url : "");
    for (const lc_queue_ops *const *b = backends; *b; b++)
        if (lc_url_is(url, n, (*b)->scheme))
            return (*b)->open(url + n + 1, out, e);
    return lc_err_set(e, LC_ERR_INVALID, "queue URL '%s': unknown scheme '%.*s'", url, (int)n, url);
}

void lc_queue_close(lc_queue *q)
{
    if (q)
        q->ops->close(q);
}

void lc_msg_free(lc_msg *m)
{
    free(m->topic);
    free(m->key);
    free(m->value);
    memset(m, 0, sizeof *m);
}

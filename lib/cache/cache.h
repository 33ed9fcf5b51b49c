/* The cache: cached responses, rate-limit counters. Backends by URL:
 *   memory:[MAX_ENTRIES]   in process (the embedded default)
 *   redis://[[USER]:PASSWORD@]HOST[:PORT][/DB][?prefix=P]   shared by every API
 *                          process of the distributed deployment (cache_redis.c)
 * Values are byte strings; every entry has a time to live. */
#ifndef LC_CACHE_H
#define LC_CACHE_H

#include "../util/err.h"

#include <stddef.h>
#include <stdint.h>

#define LC_CACHE_VALUE_MAX (4 * 1024 * 1024)

typedef struct lc_cache lc_cache;

/* A subscriber's callback: msg is NUL-terminated, valid during the call. */
typedef void (*lc_cache_msg_fn)(void *arg, const char *msg, size_t len);

typedef struct lc_cache_ops {
    const char *scheme;
    lc_code (*open)(const char *rest, lc_cache **out, lc_err *e);
    void (*close)(lc_cache *c);
    /* LC_ERR_NOTFOUND when absent or expired; *value is malloc'ed (NUL-terminated) */
    lc_code (*get)(lc_cache *c, const char *key, char **value, size_t *len, lc_err *e);
    lc_code (*set)(lc_cache *c, const char *key, const char *value, size_t len, int64_t ttl_ms,
                   lc_err *e);
    lc_code (*del)(lc_cache *c, const char *key, lc_err *e);
    /* Adds 1 to a counter that expires ttl_ms after its creation (a fixed
     * window): the value after the increment. */
    lc_code (*incr)(lc_cache *c, const char *key, int64_t ttl_ms, int64_t *value, lc_err *e);
    /* Removes every key starting with prefix. */
    lc_code (*del_prefix)(lc_cache *c, const char *prefix, lc_err *e);
    /* Whether the backend answers (for /readyz); NULL: always. */
    lc_code (*ping)(lc_cache *c, lc_err *e);
    /* Live notices between processes (Redis PUBLISH/SUBSCRIBE; memory: within
     * this process): publish hands msg to the subscriber of channel in every
     * process sharing the backend, at most once, without history — nobody
     * may depend on one message arriving. One subscription per handle; its
     * callback runs on a thread of the backend (memory: the publisher's), and
     * the subscription survives a Redis restart (it reconnects each second). */
    lc_code (*publish)(lc_cache *c, const char *channel, const char *msg, size_t len, lc_err *e);
    lc_code (*subscribe)(lc_cache *c, const char *channel, lc_cache_msg_fn fn, void *arg,
                         lc_err *e);
} lc_cache_ops;

struct lc_cache {
    const lc_cache_ops *ops;
};

lc_code lc_cache_open(const char *url, lc_cache **out, lc_err *e);
void lc_cache_close(lc_cache *c);

extern const lc_cache_ops lc_cache_memory_ops;
extern const lc_cache_ops lc_cache_redis_ops;

#endif

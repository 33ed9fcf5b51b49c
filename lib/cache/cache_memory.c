/* The in-process cache: a hash table (uthash) under one mutex, entries with
 * an expiry (checked when read), at most MAX_ENTRIES of them (the least
 * recently set goes first). */
#include "cache.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uthash.h>

typedef struct entry {
    char *key;
    char *value;
    size_t len;
    int64_t expires_ms;
    UT_hash_handle hh;
} entry;

typedef struct memcache {
    lc_cache base;
    pthread_mutex_t mu;
    entry *table;
    size_t max;
    char sub_channel[128]; /* the one subscription ("" for none) */
    lc_cache_msg_fn sub_fn;
    void *sub_arg;
} memcache;

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void drop(memcache *c, entry *en)
{
    HASH_DEL(c->table, en);
    free(en->key);
    free(en->value);
    free(en);
}

/* Makes room for one more entry. Called with the lock held. */
static void make_room(memcache *c)
{
    if (HASH_COUNT(c->table) < c->max)
        return;
    /* drop the oldest insertions (uthash keeps insertion order): O(1) per
     * insert, where sweeping every expired entry would be O(n) under the lock */
    while (HASH_COUNT(c->table) >= c->max && c->table)
        drop(c, c->table);
}

static entry *find_live(memcache *c, const char *key)
{
    entry *en;
    HASH_FIND_STR(c->table, key, en);
    if (en && en->expires_ms <= now_ms()) {
        drop(c, en);
        en = NULL;
    }
    return en;
}

static lc_code mc_open(const char *rest, lc_cache **out, lc_err *e)
{
    long max = 100000;
    if (rest && *rest) {
        char *end;
        max = strtol(rest, &end, 10);
        if (*end || max <= 0 || max > 100000000)
            return lc_err_set(e, LC_ERR_INVALID, "memory cache: size '%s' is not 1..100000000",
                              rest);
    }
    memcache *c = calloc(1, sizeof *c);
    if (!c)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    c->base.ops = &lc_cache_memory_ops;
    c->max = (size_t)max;
    pthread_mutex_init(&c->mu, NULL);
    *out = &c->base;
    return LC_OK;
}

static void mc_close(lc_cache *base)
{
    memcache *c = (memcache *)base;
    entry *en, *tmp;
    HASH_ITER(hh, c->table, en, tmp)
    {
        drop(c, en);
    }
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static lc_code mc_get(lc_cache *base, const char *key, char **value, size_t *len, lc_err *e)
{
    memcache *c = (memcache *)base;
    *value = NULL;
    pthread_mutex_lock(&c->mu);
    entry *en = find_live(c, key);
    lc_code rc = LC_OK;
    if (!en) {
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "not cached");
    } else {
        *value = malloc(en->len + 1);
        if (*value) {
            memcpy(*value, en->value, en->len + 1);
            if (len)
                *len = en->len;
        } else {
            rc = lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        }
    }
    pthread_mutex_unlock(&c->mu);
    return rc;
}

static lc_code mc_set(lc_cache *base, const char *key, const char *value, size_t len,
                      int64_t ttl_ms, lc_err *e)
{
    memcache *c = (memcache *)base;
    if (len > LC_CACHE_VALUE_MAX)
        return lc_err_set(e, LC_ERR_LIMIT, "cache value larger than %d bytes", LC_CACHE_VALUE_MAX);
    entry *n = calloc(1, sizeof *n);
    if (!n)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    n->key = strdup(key);
    n->value = malloc(len + 1);
    if (!n->key || !n->value) {
        free(n->key);
        free(n->value);
        free(n);
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    }
    memcpy(n->value, value, len);
    n->value[len] = '\0';
    n->len = len;
    n->expires_ms = now_ms() + (ttl_ms > 0 ? ttl_ms : 1);
    pthread_mutex_lock(&c->mu);
    entry *old;
    HASH_FIND_STR(c->table, key, old);
    if (old)
        drop(c, old);
    make_room(c);
    HASH_ADD_KEYPTR(hh, c->table, n->key, strlen(n->key), n);
    pthread_mutex_unlock(&c->mu);
    return LC_OK;
}

static lc_code mc_del(lc_cache *base, const char *key, lc_err *e)
{
    (void)e;
    memcache *c = (memcache *)base;
    pthread_mutex_lock(&c->mu);
    entry *en;
    HASH_FIND_STR(c->table, key, en);
    if (en)
        drop(c, en);
    pthread_mutex_unlock(&c->mu);
    return LC_OK;
}

static lc_code mc_del_prefix(lc_cache *base, const char *prefix, lc_err *e)
{
    (void)e;
    memcache *c = (memcache *)base;
    size_t pl = strlen(prefix);
    pthread_mutex_lock(&c->mu);
    entry *en, *tmp;
    HASH_ITER(hh, c->table, en, tmp)
    {
        if (strncmp(en->key, prefix, pl) == 0)
            drop(c, en);
    }
    pthread_mutex_unlock(&c->mu);
    return LC_OK;
}

static lc_code mc_incr(lc_cache *base, const char *key, int64_t ttl_ms, int64_t *value, lc_err *e)
{
    memcache *c = (memcache *)base;
    pthread_mutex_lock(&c->mu);
    entry *en = find_live(c, key);
    int64_t v = 1;
    if (en) {
        v = strtoll(en->value, NULL, 10) + 1;
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v);
        char *nv = strdup(buf);
        if (nv) {
            free(en->value);
            en->value = nv;
            en->len = (size_t)n;
        }
        pthread_mutex_unlock(&c->mu);
        *value = v;
        return LC_OK;
    }
    pthread_mutex_unlock(&c->mu);
    *value = 1;
    return mc_set(base, key, "1", 1, ttl_ms, e);
}

static lc_code mc_publish(lc_cache *base, const char *channel, const char *msg, size_t len,
                          lc_err *e)
{
    (void)e;
    memcache *c = (memcache *)base;
    pthread_mutex_lock(&c->mu);
    lc_cache_msg_fn fn = strcmp(c->sub_channel, channel) == 0 ? c->sub_fn : NULL;
    void *arg = c->sub_arg;
    pthread_mutex_unlock(&c->mu);
    if (fn) {
        char *copy = strndup(msg, len);
        if (!copy)
            return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
        fn(arg, copy, len);
        free(copy);
    }
    return LC_OK;
}

static lc_code mc_subscribe(lc_cache *base, const char *channel, lc_cache_msg_fn fn, void *arg,
                            lc_err *e)
{
    memcache *c = (memcache *)base;
    if (!channel || !*channel || strlen(channel) >= sizeof c->sub_channel || !fn)
        return lc_err_set(e, LC_ERR_INVALID, "cache: bad channel");
    pthread_mutex_lock(&c->mu);
    lc_code rc = LC_OK;
    if (c->sub_fn) {
        rc = lc_err_set(e, LC_ERR_CONFLICT, "cache: one subscription per handle");
    } else {
        snprintf(c->sub_channel, sizeof c->sub_channel, "%s", channel);
        c->sub_fn = fn;
        c->sub_arg = arg;
    }
    pthread_mutex_unlock(&c->mu);
    return rc;
}

const lc_cache_ops lc_cache_memory_ops = {
    .publish = mc_publish,
    .subscribe = mc_subscribe,
    .scheme = "memory",
    .open = mc_open,
    .close = mc_close,
    .get = mc_get,
    .set = mc_set,
    .del = mc_del,
    .incr = mc_incr,
    .del_prefix = mc_del_prefix,
};

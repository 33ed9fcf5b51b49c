/* The Redis cache (hiredis): shared by every API process of the distributed
 * deployment — cached problems and lists, session lookups, rate-limit
 * counters. URL: redis://[[USER]:PASSWORD@]HOST[:PORT][/DB][?prefix=P]
 * (port 6379, db 0, prefix "litecode:" by default; every key is prefixed so
 * one Redis can serve several installations).
 *
 * hiredis contexts are not thread-safe: a small pool of connections, each
 * used by one request at a time, made on demand. Every command has a time
 * limit (LC_REDIS_TIMEOUT_MS); a connection that failed is dropped. While
 * Redis is unreachable the cache answers LC_ERR_IO at once for a second after
 * each failed connect, so requests are served without the cache instead of
 * each waiting for a connect timeout (the callers treat any error as a miss). */
#include "cache.h"

#include <hiredis/hiredis.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <unistd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define POOL_MAX 16
#define LC_REDIS_TIMEOUT_MS 500
#define RETRY_AFTER_MS 1000
#define KEY_MAX 512

typedef struct rcache {
    lc_cache base;
    char host[256];
    int port;
    int db;
    char user[128];
    char password[256];
    char prefix[64];
    pthread_mutex_t mu;
    redisContext *idle[POOL_MAX];
    int n_idle;
    int64_t down_until_ms; /* no connect attempt before this (monotonic) */
    /* the subscription: a thread with a connection of its own (SUBSCRIBE holds it) */
    char sub_channel[KEY_MAX];
    lc_cache_msg_fn sub_fn;
    void *sub_arg;
    pthread_t sub_thread;
    bool sub_running;
    atomic_bool closing;
    redisContext *sub_ctx; /* under mu: close() shuts its socket to wake the thread */
} rcache;

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Parses //[[user]:password@]host[:port][/db][?prefix=p] into c. */
static lc_code parse_url(rcache *c, const char *rest, lc_err *e)
{
    const char *url = rest;
    if (strncmp(rest, "//", 2) != 0)
        return lc_err_set(e, LC_ERR_INVALID, "cache URL redis:%s: expected redis://HOST[:PORT]", url);
    rest += 2;
    size_t alen = strcspn(rest, "/?");
    const char *at = memchr(rest, '@', alen);
    if (at) {
        const char *colon = memchr(rest, ':', (size_t)(at - rest));
        size_t ulen = colon ? (size_t)(colon - rest) : 0;
        size_t plen = colon ? (size_t)(at - colon - 1) : (size_t)(at - rest);
        if (ulen >= sizeof c->user || plen >= sizeof c->password)
            return lc_err_set(e, LC_ERR_INVALID, "cache URL: user or password too long");
        memcpy(c->user, rest, ulen);
        memcpy(c->password, colon ? colon + 1 : rest, plen);
        alen -= (size_t)(at + 1 - rest);
        rest = at + 1;
    }
    const char *hp_end = rest + alen;
    const char *port = NULL;
    const char *host = rest;
    size_t hlen;
    if (*rest == '[') { /* [v6]:port */
        const char *close = memchr(rest, ']', alen);
        if (!close)
            return lc_err_set(e, LC_ERR_INVALID, "cache URL redis:%s: unclosed '['", url);
        host = rest + 1;
        hlen = (size_t)(close - host);
        if (close + 1 < hp_end && close[1] == ':')
            port = close + 2;
    } else {
        const char *colon = memchr(rest, ':', alen);
        hlen = colon ? (size_t)(colon - rest) : alen;
        if (colon)
            port = colon + 1;
    }
    if (hlen == 0 || hlen >= sizeof c->host)
        return lc_err_set(e, LC_ERR_INVALID, "cache URL redis:%s: bad host", url);
    memcpy(c->host, host, hlen);
    c->host[hlen] = '\0';
    c->port = 6379;
    if (port) {
        char *end;
        long p = strtol(port, &end, 10);
        if (end != hp_end || p < 1 || p > 65535)
            return lc_err_set(e, LC_ERR_INVALID, "cache URL redis:%s: bad port", url);
        c->port = (int)p;
    }
    rest = hp_end;
    if (*rest == '/') {
        rest++;
        if (*rest && *rest != '?') {
            char *end;
            long db = strtol(rest, &end, 10);
            if (end == rest || (*end && *end != '?') || db < 0 || db > 1000000)
                return lc_err_set(e, LC_ERR_INVALID, "cache URL redis:%s: bad database number", url);
            c->db = (int)db;
            rest = end;
        }
    }
    snprintf(c->prefix, sizeof c->prefix, "litecode:");
    if (*rest == '?') {
        rest++;
        if (strncmp(rest, "prefix=", 7) != 0 || strlen(rest + 7) >= sizeof c->prefix ||
            strpbrk(rest + 7, "&*?[]\\"))
            return lc_err_set(e, LC_ERR_INVALID,
                              "cache URL redis:%s: the only option is prefix=NAME", url);
        snprintf(c->prefix, sizeof c->prefix, "%s", rest + 7);
    } else if (*rest) {
        return lc_err_set(e, LC_ERR_INVALID, "cache URL redis:%s: unexpected '%s'", url, rest);
    }
    return LC_OK;
}

/* A reply that is an error or absent, as an lc_code (the reply is freed). */
static lc_code reply_error(redisContext *ctx, redisReply *r, const char *what, lc_err *e)
{
    lc_code rc;
    if (!r)
        rc = lc_err_set(e, LC_ERR_IO, "redis %s: %s", what, ctx->errstr[0] ? ctx->errstr : "no reply");
    else
        rc = lc_err_set(e, LC_ERR_IO, "redis %s: %.*s", what, (int)r->len, r->str ? r->str : "");
    if (r)
        freeReplyObject(r);
    return rc;
}

static redisContext *connect_new(rcache *c, lc_err *e)
{
    int64_t now = now_ms();
    pthread_mutex_lock(&c->mu);
    int64_t down = c->down_until_ms;
    pthread_mutex_unlock(&c->mu);
    if (now < down) {
        lc_err_set(e, LC_ERR_IO, "redis %s:%d is unreachable (retrying shortly)", c->host, c->port);
        return NULL;
    }
    struct timeval tv = {.tv_sec = 0, .tv_usec = LC_REDIS_TIMEOUT_MS * 1000};
    redisContext *ctx = redisConnectWithTimeout(c->host, c->port, tv);
    if (!ctx || ctx->err) {
        lc_err_set(e, LC_ERR_IO, "redis %s:%d: %s", c->host, c->port,
                   ctx ? ctx->errstr : "out of memory");
        goto fail;
    }
    if (redisSetTimeout(ctx, tv) != REDIS_OK) {
        lc_err_set(e, LC_ERR_IO, "redis: cannot set a timeout");
        goto fail;
    }
    if (c->password[0]) {
        redisReply *r = c->user[0] ? redisCommand(ctx, "AUTH %s %s", c->user, c->password)
                                   : redisCommand(ctx, "AUTH %s", c->password);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            reply_error(ctx, r, "AUTH", e);
            goto fail;
        }
        freeReplyObject(r);
    }
    if (c->db) {
        redisReply *r = redisCommand(ctx, "SELECT %d", c->db);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            reply_error(ctx, r, "SELECT", e);
            goto fail;
        }
        freeReplyObject(r);
    }
    return ctx;
fail:
    if (ctx)
        redisFree(ctx);
    pthread_mutex_lock(&c->mu);
    c->down_until_ms = now_ms() + RETRY_AFTER_MS;
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

static redisContext *acquire(rcache *c, bool *pooled, lc_err *e)
{
    pthread_mutex_lock(&c->mu);
    redisContext *ctx = c->n_idle ? c->idle[--c->n_idle] : NULL;
    pthread_mutex_unlock(&c->mu);
    *pooled = ctx != NULL;
    return ctx ? ctx : connect_new(c, e);
}

static void release(rcache *c, redisContext *ctx)
{
    if (ctx->err) {
        redisFree(ctx);
        return;
    }
    pthread_mutex_lock(&c->mu);
    if (c->n_idle < POOL_MAX) {
        c->idle[c->n_idle++] = ctx;
        ctx = NULL;
    }
    pthread_mutex_unlock(&c->mu);
    if (ctx)
        redisFree(ctx);
}

/* Runs one command (binary-safe arguments). A pooled connection that the
 * server closed meanwhile (a Redis restart) is replaced once. *out is the
 * reply (never an error reply) for the caller to free. */
static lc_code command(rcache *c, int argc, const char **argv, const size_t *lens,
                       redisReply **out, lc_err *e)
{
    for (int attempt = 0; attempt < 2; attempt++) {
        bool pooled;
        redisContext *ctx = acquire(c, &pooled, e);
        if (!ctx)
            return LC_ERR_IO;
        redisReply *r = redisCommandArgv(ctx, argc, argv, lens);
        if (!r && pooled && attempt == 0) {
            redisFree(ctx); /* stale: try a fresh connection */
            continue;
        }
        if (!r || r->type == REDIS_REPLY_ERROR) {
            lc_code rc = reply_error(ctx, r, argv[0], e);
            release(c, ctx);
            return rc;
        }
        release(c, ctx);
        *out = r;
        return LC_OK;
    }
    return lc_err_set(e, LC_ERR_IO, "redis: no connection");
}

static lc_code full_key(rcache *c, const char *key, char *out, lc_err *e)
{
    if ((size_t)snprintf(out, KEY_MAX, "%s%s", c->prefix, key) >= KEY_MAX)
        return lc_err_set(e, LC_ERR_INVALID, "cache key too long");
    return LC_OK;
}

static lc_code rc_open(const char *rest, lc_cache **out, lc_err *e)
{
    rcache *c = calloc(1, sizeof *c);
    if (!c)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    c->base.ops = &lc_cache_redis_ops;
    lc_code rc = parse_url(c, rest, e);
    if (rc != LC_OK) {
        free(c);
        return rc;
    }
    pthread_mutex_init(&c->mu, NULL);
    /* a first connection now, so that a wrong address is said at start-up */
    bool pooled;
    redisContext *ctx = acquire(c, &pooled, e);
    if (!ctx) {
        pthread_mutex_destroy(&c->mu);
        free(c);
        return LC_ERR_IO;
    }
    release(c, ctx);
    *out = &c->base;
    return LC_OK;
}

static void rc_close(lc_cache *base)
{
    rcache *c = (rcache *)base;
    atomic_store(&c->closing, true);
    if (c->sub_running) {
        pthread_mutex_lock(&c->mu);
        if (c->sub_ctx)
            shutdown(c->sub_ctx->fd, SHUT_RDWR);
        pthread_mutex_unlock(&c->mu);
        pthread_join(c->sub_thread, NULL);
    }
    for (int i = 0; i < c->n_idle; i++)
        redisFree(c->idle[i]);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static lc_code rc_get(lc_cache *base, const char *key, char **value, size_t *len, lc_err *e)
{
    rcache *c = (rcache *)base;
    char k[KEY_MAX];
    lc_code rc = full_key(c, key, k, e);
    if (rc != LC_OK)
        return rc;
    const char *argv[] = {"GET", k};
    size_t lens[] = {3, strlen(k)};
    redisReply *r;
    if ((rc = command(c, 2, argv, lens, &r, e)) != LC_OK)
        return rc;
    if (r->type == REDIS_REPLY_NIL) {
        freeReplyObject(r);
        return LC_ERR_NOTFOUND;
    }
    if (r->type != REDIS_REPLY_STRING || r->len > LC_CACHE_VALUE_MAX) {
        freeReplyObject(r);
        return lc_err_set(e, LC_ERR_IO, "redis GET %s: not a value of at most %d bytes", key,
                          LC_CACHE_VALUE_MAX);
    }
    char *v = malloc(r->len + 1);
    if (!v) {
        freeReplyObject(r);
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    }
    memcpy(v, r->str, r->len);
    v[r->len] = '\0';
    if (len)
        *len = r->len;
    *value = v;
    freeReplyObject(r);
    return LC_OK;
}

static lc_code rc_set(lc_cache *base, const char *key, const char *value, size_t len,
                      int64_t ttl_ms, lc_err *e)
{
    rcache *c = (rcache *)base;
    if (len > LC_CACHE_VALUE_MAX)
        return lc_err_set(e, LC_ERR_LIMIT, "cache value over %d bytes", LC_CACHE_VALUE_MAX);
    char k[KEY_MAX], ttl[24];
    lc_code rc = full_key(c, key, k, e);
    if (rc != LC_OK)
        return rc;
    snprintf(ttl, sizeof ttl, "%lld", (long long)(ttl_ms > 0 ? ttl_ms : 1));
    const char *argv[] = {"SET", k, value, "PX", ttl};
    size_t lens[] = {3, strlen(k), len, 2, strlen(ttl)};
    redisReply *r;
    if ((rc = command(c, 5, argv, lens, &r, e)) != LC_OK)
        return rc;
    freeReplyObject(r);
    return LC_OK;
}

static lc_code rc_del(lc_cache *base, const char *key, lc_err *e)
{
    rcache *c = (rcache *)base;
    char k[KEY_MAX];
    lc_code rc = full_key(c, key, k, e);
    if (rc != LC_OK)
        return rc;
    const char *argv[] = {"DEL", k};
    size_t lens[] = {3, strlen(k)};
    redisReply *r;
    if ((rc = command(c, 2, argv, lens, &r, e)) != LC_OK)
        return rc;
    freeReplyObject(r);
    return LC_OK;
}

/* INCR and, for a new counter, its expiry, in one atomic step (a counter
 * left without an expiry by a crash between the two would block forever). */
static const char INCR_SCRIPT[] =
    "local v = redis.call('INCR', KEYS[1]) "
    "if v == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end "
    "return v";

static lc_code rc_incr(lc_cache *base, const char *key, int64_t ttl_ms, int64_t *value, lc_err *e)
{
    rcache *c = (rcache *)base;
    char k[KEY_MAX], ttl[24];
    lc_code rc = full_key(c, key, k, e);
    if (rc != LC_OK)
        return rc;
    snprintf(ttl, sizeof ttl, "%lld", (long long)(ttl_ms > 0 ? ttl_ms : 1));
    const char *argv[] = {"EVAL", INCR_SCRIPT, "1", k, ttl};
    size_t lens[] = {4, sizeof INCR_SCRIPT - 1, 1, strlen(k), strlen(ttl)};
    redisReply *r;
    if ((rc = command(c, 5, argv, lens, &r, e)) != LC_OK)
        return rc;
    if (r->type != REDIS_REPLY_INTEGER) {
        freeReplyObject(r);
        return lc_err_set(e, LC_ERR_IO, "redis INCR %s: not an integer", key);
    }
    *value = r->integer;
    freeReplyObject(r);
    return LC_OK;
}

/* SCAN for prefix* (glob characters in it escaped), UNLINK what it finds. */
static lc_code rc_del_prefix(lc_cache *base, const char *prefix, lc_err *e)
{
    rcache *c = (rcache *)base;
    char k[KEY_MAX], pat[KEY_MAX * 2 + 2];
    lc_code rc = full_key(c, prefix, k, e);
    if (rc != LC_OK)
        return rc;
    size_t o = 0;
    for (const char *p = k; *p; p++) {
        if (strchr("*?[]\\", *p))
            pat[o++] = '\\';
        pat[o++] = *p;
    }
    pat[o++] = '*';
    pat[o] = '\0';
    char cursor[32] = "0";
    do {
        const char *argv[] = {"SCAN", cursor, "MATCH", pat, "COUNT", "1000"};
        size_t lens[] = {4, strlen(cursor), 5, o, 5, 4};
        redisReply *r;
        if ((rc = command(c, 6, argv, lens, &r, e)) != LC_OK)
            return rc;
        if (r->type != REDIS_REPLY_ARRAY || r->elements != 2 ||
            r->element[0]->type != REDIS_REPLY_STRING || r->element[1]->type != REDIS_REPLY_ARRAY ||
            r->element[0]->len >= sizeof cursor) {
            freeReplyObject(r);
            return lc_err_set(e, LC_ERR_IO, "redis SCAN: unexpected reply");
        }
        memcpy(cursor, r->element[0]->str, r->element[0]->len);
        cursor[r->element[0]->len] = '\0';
        redisReply *keys = r->element[1];
        if (keys->elements) {
            size_t n = keys->elements + 1;
            const char **av = calloc(n, sizeof *av);
            size_t *al = calloc(n, sizeof *al);
            if (!av || !al) {
                free(av);
                free(al);
                freeReplyObject(r);
                return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
            }
            av[0] = "UNLINK";
            al[0] = 6;
            for (size_t i = 0; i < keys->elements; i++) {
                av[i + 1] = keys->element[i]->str ? keys->element[i]->str : "";
                al[i + 1] = keys->element[i]->len;
            }
            redisReply *d;
            rc = command(c, (int)n, av, al, &d, e);
            free(av);
            free(al);
            if (rc == LC_OK)
                freeReplyObject(d);
        }
        freeReplyObject(r);
        if (rc != LC_OK)
            return rc;
    } while (strcmp(cursor, "0") != 0);
    return LC_OK;
}

static lc_code rc_ping(lc_cache *base, lc_err *e)
{
    rcache *c = (rcache *)base;
    const char *argv[] = {"PING"};
    size_t lens[] = {4};
    redisReply *r;
    lc_code rc = command(c, 1, argv, lens, &r, e);
    if (rc == LC_OK)
        freeReplyObject(r);
    return rc;
}

static lc_code rc_publish(lc_cache *base, const char *channel, const char *msg, size_t len,
                          lc_err *e)
{
    rcache *c = (rcache *)base;
    char key[KEY_MAX];
    lc_code rc = full_key(c, channel, key, e);
    if (rc)
        return rc;
    const char *argv[] = {"PUBLISH", key, msg};
    size_t lens[] = {7, strlen(key), len};
    redisReply *r;
    rc = command(c, 3, argv, lens, &r, e);
    if (rc == LC_OK)
        freeReplyObject(r);
    return rc;
}

static void *sub_main(void *arg)
{
    rcache *c = arg;
    while (!atomic_load(&c->closing)) {
        lc_err e = {0};
        redisContext *ctx = connect_new(c, &e);
        if (!ctx) {
            for (int i = 0; i < 10 && !atomic_load(&c->closing); i++)
                usleep(100000); /* Redis is down: again in a second */
            continue;
        }
        struct timeval none = {0, 0}; /* a subscriber waits as long as it takes */
        redisSetTimeout(ctx, none);
        pthread_mutex_lock(&c->mu);
        c->sub_ctx = ctx;
        pthread_mutex_unlock(&c->mu);
        redisReply *r = atomic_load(&c->closing)
                            ? NULL
                            : redisCommand(ctx, "SUBSCRIBE %s", c->sub_channel);
        if (r) {
            freeReplyObject(r);
            void *v;
            while (!atomic_load(&c->closing) && redisGetReply(ctx, &v) == REDIS_OK) {
                r = v;
                if (r && r->type == REDIS_REPLY_ARRAY && r->elements == 3 &&
                    r->element[0]->type == REDIS_REPLY_STRING &&
                    strcmp(r->element[0]->str, "message") == 0 &&
                    r->element[2]->type == REDIS_REPLY_STRING)
                    c->sub_fn(c->sub_arg, r->element[2]->str, r->element[2]->len);
                if (r)
                    freeReplyObject(r);
            }
        }
        pthread_mutex_lock(&c->mu);
        c->sub_ctx = NULL;
        pthread_mutex_unlock(&c->mu);
        redisFree(ctx);
    }
    return NULL;
}

static lc_code rc_subscribe(lc_cache *base, const char *channel, lc_cache_msg_fn fn, void *arg,
                            lc_err *e)
{
    rcache *c = (rcache *)base;
    if (!channel || !*channel || !fn)
        return lc_err_set(e, LC_ERR_INVALID, "cache: bad channel");
    if (c->sub_running)
        return lc_err_set(e, LC_ERR_CONFLICT, "cache: one subscription per handle");
    lc_code rc = full_key(c, channel, c->sub_channel, e);
    if (rc)
        return rc;
    c->sub_fn = fn;
    c->sub_arg = arg;
    if (pthread_create(&c->sub_thread, NULL, sub_main, c) != 0)
        return lc_err_set(e, LC_ERR_IO, "cache: cannot start the subscriber");
    c->sub_running = true;
    return LC_OK;
}

const lc_cache_ops lc_cache_redis_ops = {
    .publish = rc_publish,
    .subscribe = rc_subscribe,
    .scheme = "redis",
    .open = rc_open,
    .close = rc_close,
    .get = rc_get,
    .set = rc_set,
    .del = rc_del,
    .incr = rc_incr,
    .del_prefix = rc_del_prefix,
    .ping = rc_ping,
};

/* lib/cache: every backend passes the same tests. The URL comes from
 * LC_TEST_CACHE_URL (tests/redis/with_redis.sh sets a real Redis's), else the
 * in-process cache; tests of one backend only say so and skip the others. */
#include "cache/cache.h"

#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *url(void)
{
    const char *u = getenv("LC_TEST_CACHE_URL");
    return u && *u ? u : "memory:";
}

static bool is_redis(void)
{
    return strncmp(url(), "redis:", 6) == 0;
}

static lc_cache *open_c(const char *u)
{
    lc_cache *c;
    lc_err e = {0};
    cr_assert_eq(lc_cache_open(u, &c, &e), LC_OK, "%s: %s", u, e.msg);
    return c;
}

/* a fresh cache of the run's backend, with keys of its own (a unique prefix
 * on Redis, so runs and tests never see each other's keys) */
static const char *fresh_url(char *u, size_t n)
{
    if (!is_redis())
        return url();
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    snprintf(u, n, "%s?prefix=t%d.%ld:", url(), (int)getpid(), (long)ts.tv_nsec);
    return u;
}

static lc_cache *fresh(void)
{
    char u[512];
    return open_c(fresh_url(u, sizeof u));
}

Test(cache, set_get_del)
{
    lc_cache *c = fresh();
    char *v;
    size_t n;
    cr_assert_eq(c->ops->set(c, "k", "hello", 5, 10000, NULL), LC_OK);
    cr_assert_eq(c->ops->get(c, "k", &v, &n, NULL), LC_OK);
    cr_assert_str_eq(v, "hello");
    cr_assert_eq(n, 5);
    free(v);
    cr_assert_eq(c->ops->set(c, "k", "bye", 3, 10000, NULL), LC_OK, "overwrite");
    cr_assert_eq(c->ops->get(c, "k", &v, &n, NULL), LC_OK);
    cr_assert_str_eq(v, "bye");
    free(v);
    cr_assert_eq(c->ops->del(c, "k", NULL), LC_OK);
    cr_assert_eq(c->ops->get(c, "k", &v, &n, NULL), LC_ERR_NOTFOUND);
    lc_cache_close(c);
}

Test(cache, values_may_hold_nul_bytes)
{
    lc_cache *c = fresh();
    char *v;
    size_t n;
    cr_assert_eq(c->ops->set(c, "bin", "a\0b", 3, 10000, NULL), LC_OK);
    cr_assert_eq(c->ops->get(c, "bin", &v, &n, NULL), LC_OK);
    cr_assert_eq(n, 3);
    cr_assert_eq(memcmp(v, "a\0b", 3), 0);
    free(v);
    lc_cache_close(c);
}

Test(cache, entries_expire)
{
    lc_cache *c = fresh();
    char *v;
    c->ops->set(c, "short", "x", 1, 30, NULL);
    usleep(60000);
    cr_assert_eq(c->ops->get(c, "short", &v, NULL, NULL), LC_ERR_NOTFOUND);
    lc_cache_close(c);
}

Test(cache, incr_is_a_fixed_window)
{
    lc_cache *c = fresh();
    int64_t n;
    for (int i = 1; i <= 5; i++) {
        cr_assert_eq(c->ops->incr(c, "rl", 80, &n, NULL), LC_OK);
        cr_assert_eq(n, i);
    }
    usleep(120000);
    cr_assert_eq(c->ops->incr(c, "rl", 80, &n, NULL), LC_OK);
    cr_assert_eq(n, 1, "a new window starts from 1");
    lc_cache_close(c);
}

Test(cache, bounded_size_evicts)
{
    if (is_redis())
        cr_skip_test("the in-process cache's own bound (Redis has maxmemory)");
    lc_cache *c = open_c("memory:3");
    char key[16];
    for (int i = 0; i < 10; i++) {
        snprintf(key, sizeof key, "k%d", i);
        cr_assert_eq(c->ops->set(c, key, "v", 1, 100000, NULL), LC_OK);
    }
    int live = 0;
    for (int i = 0; i < 10; i++) {
        char *v;
        snprintf(key, sizeof key, "k%d", i);
        if (c->ops->get(c, key, &v, NULL, NULL) == LC_OK) {
            live++;
            free(v);
        }
    }
    cr_assert_leq(live, 3);
    char *v;
    cr_assert_eq(c->ops->get(c, "k9", &v, NULL, NULL), LC_OK, "the newest survives");
    free(v);
    lc_cache_close(c);
}

Test(cache, del_prefix)
{
    lc_cache *c = fresh();
    c->ops->set(c, "prob:1", "a", 1, 10000, NULL);
    c->ops->set(c, "prob:two-sum", "b", 1, 10000, NULL);
    c->ops->set(c, "sess:x", "c", 1, 10000, NULL);
    c->ops->del_prefix(c, "prob", NULL);
    char *v;
    cr_assert_eq(c->ops->get(c, "prob:1", &v, NULL, NULL), LC_ERR_NOTFOUND);
    cr_assert_eq(c->ops->get(c, "prob:two-sum", &v, NULL, NULL), LC_ERR_NOTFOUND);
    cr_assert_eq(c->ops->get(c, "sess:x", &v, NULL, NULL), LC_OK);
    free(v);
    lc_cache_close(c);
}

Test(cache, caps_and_bad_urls)
{
    lc_cache *c = fresh();
    char *big = calloc(1, LC_CACHE_VALUE_MAX + 1);
    cr_assert_eq(c->ops->set(c, "big", big, LC_CACHE_VALUE_MAX + 1, 1000, NULL), LC_ERR_LIMIT);
    free(big);
    lc_cache_close(c);
    lc_err e = {0};
    cr_assert_eq(lc_cache_open("redis-not:x", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("redis:x", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("redis://", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("redis://h:0", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("redis://h:70000", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("redis://h/x", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("redis://h?db=2", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("redis://h?prefix=a*", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("memory:-1", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("memory", &c, &e), LC_ERR_INVALID);
}

Test(cache, del_prefix_takes_the_prefix_literally)
{
    lc_cache *c = fresh();
    c->ops->set(c, "pr*b:1", "a", 1, 10000, NULL);
    c->ops->set(c, "prXb:1", "b", 1, 10000, NULL);
    c->ops->set(c, "pr[a]:1", "c", 1, 10000, NULL);
    cr_assert_eq(c->ops->del_prefix(c, "pr*b", NULL), LC_OK);
    char *v;
    cr_assert_eq(c->ops->get(c, "pr*b:1", &v, NULL, NULL), LC_ERR_NOTFOUND);
    cr_assert_eq(c->ops->get(c, "prXb:1", &v, NULL, NULL), LC_OK, "a glob must not match");
    free(v);
    cr_assert_eq(c->ops->get(c, "pr[a]:1", &v, NULL, NULL), LC_OK);
    free(v);
    lc_cache_close(c);
}

Test(cache, many_keys_under_one_prefix)
{
    lc_cache *c = fresh();
    char key[32];
    for (int i = 0; i < 2500; i++) {
        snprintf(key, sizeof key, "list:%d", i);
        cr_assert_eq(c->ops->set(c, key, "v", 1, 100000, NULL), LC_OK);
    }
    cr_assert_eq(c->ops->del_prefix(c, "list:", NULL), LC_OK);
    char *v;
    for (int i = 0; i < 2500; i += 97) {
        snprintf(key, sizeof key, "list:%d", i);
        cr_assert_eq(c->ops->get(c, key, &v, NULL, NULL), LC_ERR_NOTFOUND, "%s survived", key);
    }
    lc_cache_close(c);
}

Test(cache, redis_prefixes_keep_installations_apart)
{
    if (!is_redis())
        cr_skip_test("Redis only");
    lc_cache *a = fresh();
    lc_cache *b = fresh();
    cr_assert_eq(a->ops->set(a, "prob:1", "from a", 6, 10000, NULL), LC_OK);
    char *v;
    cr_assert_eq(b->ops->get(b, "prob:1", &v, NULL, NULL), LC_ERR_NOTFOUND);
    cr_assert_eq(b->ops->set(b, "prob:1", "from b", 6, 10000, NULL), LC_OK);
    cr_assert_eq(b->ops->del_prefix(b, "prob", NULL), LC_OK);
    cr_assert_eq(a->ops->get(a, "prob:1", &v, NULL, NULL), LC_OK, "b's invalidation reached a");
    cr_assert_str_eq(v, "from a");
    free(v);
    lc_cache_close(a);
    lc_cache_close(b);
}

Test(cache, redis_unreachable_is_an_error_not_a_hang)
{
    lc_cache *c;
    lc_err e = {0};
    /* port 1 on loopback: nothing listens there */
    cr_assert_eq(lc_cache_open("redis://127.0.0.1:1", &c, &e), LC_ERR_IO);
    cr_assert(strstr(e.msg, "127.0.0.1:1"), "the message names the address: %s", e.msg);
}

Test(cache, shared_between_handles_like_between_processes)
{
    if (!is_redis())
        cr_skip_test("Redis only: two handles are two API processes");
    char u[512];
    snprintf(u, sizeof u, "%s?prefix=shared%d:", url(), (int)getpid());
    lc_cache *a = open_c(u), *b = open_c(u);
    int64_t n = 0;
    cr_assert_eq(a->ops->incr(a, "rl:user:1", 10000, &n, NULL), LC_OK);
    cr_assert_eq(b->ops->incr(b, "rl:user:1", 10000, &n, NULL), LC_OK);
    cr_assert_eq(n, 2, "one counter for both processes");
    cr_assert_eq(a->ops->set(a, "prob:1", "x", 1, 10000, NULL), LC_OK);
    cr_assert_eq(b->ops->del_prefix(b, "prob", NULL), LC_OK);
    char *v;
    cr_assert_eq(a->ops->get(a, "prob:1", &v, NULL, NULL), LC_ERR_NOTFOUND,
                 "an admin write on one process invalidates the other's cache");
    a->ops->del(a, "rl:user:1", NULL);
    lc_cache_close(a);
    lc_cache_close(b);
}

Test(cache, ping_answers_when_the_backend_does)
{
    lc_cache *c = fresh();
    lc_err e = {0};
    if (c->ops->ping)
        cr_assert_eq(c->ops->ping(c, &e), LC_OK, "%s", e.msg);
    else
        cr_assert(!is_redis(), "the Redis cache must be able to say whether it answers");
    lc_cache_close(c);
}

/* ---- live notices (publish / subscribe) ------------------------------------------------- */

static pthread_mutex_t got_mu = PTHREAD_MUTEX_INITIALIZER;
static char got[16][64];
static int ngot;

static void on_msg(void *arg, const char *msg, size_t len)
{
    cr_assert_eq(strlen(msg), len);
    pthread_mutex_lock(&got_mu);
    if (ngot < 16)
        snprintf(got[ngot++], sizeof got[0], "%s:%s", (const char *)arg, msg);
    pthread_mutex_unlock(&got_mu);
}

static int wait_got(int n)
{
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&got_mu);
        int k = ngot;
        pthread_mutex_unlock(&got_mu);
        if (k >= n)
            return k;
        usleep(20000);
    }
    return ngot;
}

Test(cache, publish_reaches_the_subscriber_of_the_channel)
{
    /* on Redis the publisher is another handle (another process's); in memory: the same */
    char u[512];
    const char *where = fresh_url(u, sizeof u);
    lc_cache *sub = open_c(where);
    lc_err e = {0};
    cr_assert_eq(sub->ops->subscribe(sub, "live", on_msg, "s", &e), LC_OK, "%s", e.msg);
    cr_assert_eq(sub->ops->subscribe(sub, "other", on_msg, "s", &e), LC_ERR_CONFLICT);
    /* Redis: a second handle of the same installation (prefix), as another process's */
    lc_cache *pub = is_redis() ? open_c(where) : sub;
    /* the subscriber's connection may still be connecting: publish until heard */
    int n = 0;
    for (int i = 0; i < 50 && n == 0; i++) {
        cr_assert_eq(pub->ops->publish(pub, "live", "sub-1", 5, &e), LC_OK, "%s", e.msg);
        n = wait_got(1);
    }
    cr_assert_geq(n, 1);
    cr_assert_str_eq(got[0], "s:sub-1");
    int before = wait_got(0);
    cr_assert_eq(pub->ops->publish(pub, "elsewhere", "x", 1, &e), LC_OK);
    cr_assert_eq(pub->ops->publish(pub, "live", "sub-2", 5, &e), LC_OK);
    cr_assert_geq(wait_got(before + 1), before + 1);
    usleep(100000);
    pthread_mutex_lock(&got_mu);
    for (int i = 0; i < ngot; i++)
        cr_assert(strcmp(got[i], "s:x") != 0, "a message of another channel arrived");
    cr_assert_str_eq(got[ngot - 1], "s:sub-2");
    pthread_mutex_unlock(&got_mu);
    if (pub != sub)
        lc_cache_close(pub);
    lc_cache_close(sub);
}

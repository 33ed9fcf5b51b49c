#include "cache/cache.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static lc_cache *open_c(const char *url)
{
    lc_cache *c;
    lc_err e = {0};
    cr_assert_eq(lc_cache_open(url, &c, &e), LC_OK, "%s", e.msg);
    return c;
}

Test(cache_memory, set_get_del)
{
    lc_cache *c = open_c("memory:");
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

Test(cache_memory, values_may_hold_nul_bytes)
{
    lc_cache *c = open_c("memory:");
    char *v;
    size_t n;
    cr_assert_eq(c->ops->set(c, "bin", "a\0b", 3, 10000, NULL), LC_OK);
    cr_assert_eq(c->ops->get(c, "bin", &v, &n, NULL), LC_OK);
    cr_assert_eq(n, 3);
    cr_assert_eq(memcmp(v, "a\0b", 3), 0);
    free(v);
    lc_cache_close(c);
}

Test(cache_memory, entries_expire)
{
    lc_cache *c = open_c("memory:");
    char *v;
    c->ops->set(c, "short", "x", 1, 30, NULL);
    usleep(60000);
    cr_assert_eq(c->ops->get(c, "short", &v, NULL, NULL), LC_ERR_NOTFOUND);
    lc_cache_close(c);
}

Test(cache_memory, incr_is_a_fixed_window)
{
    lc_cache *c = open_c("memory:");
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

Test(cache_memory, bounded_size_evicts)
{
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

Test(cache_memory, del_prefix)
{
    lc_cache *c = open_c("memory:");
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

Test(cache_memory, caps_and_bad_urls)
{
    lc_cache *c = open_c("memory:");
    char *big = calloc(1, LC_CACHE_VALUE_MAX + 1);
    cr_assert_eq(c->ops->set(c, "big", big, LC_CACHE_VALUE_MAX + 1, 1000, NULL), LC_ERR_LIMIT);
    free(big);
    lc_cache_close(c);
    lc_err e = {0};
    cr_assert_eq(lc_cache_open("redis-not:x", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("memory:-1", &c, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_cache_open("memory", &c, &e), LC_ERR_INVALID);
}

#include "queue/queue.h"

#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static lc_queue *open_q(const char *url)
{
    lc_queue *q;
    lc_err e = {0};
    cr_assert_eq(lc_queue_open(url, &q, &e), LC_OK, "%s", e.msg);
    return q;
}

Test(queue_memory, publish_consume_ack_in_order)
{
    lc_queue *q = open_q("memory:");
    lc_err e = {0};
    for (int i = 0; i < 3; i++) {
        char v[16];
        snprintf(v, sizeof v, "{\"n\":%d}", i);
        cr_assert_eq(q->ops->publish(q, "t", "k", v, strlen(v), &e), LC_OK);
    }
    cr_assert_eq(q->ops->depth(q, "t"), 3);
    for (int i = 0; i < 3; i++) {
        lc_msg m;
        cr_assert_eq(q->ops->consume(q, "t", 100, &m, &e), LC_OK);
        char want[16];
        snprintf(want, sizeof want, "{\"n\":%d}", i);
        cr_assert_str_eq(m.value, want);
        cr_assert_str_eq(m.key, "k");
        cr_assert_eq(q->ops->ack(q, &m, &e), LC_OK);
        lc_msg_free(&m);
    }
    cr_assert_eq(q->ops->depth(q, "t"), 0);
    lc_queue_close(q);
}

Test(queue_memory, nack_redelivers_first)
{
    lc_queue *q = open_q("memory:");
    lc_err e = {0};
    q->ops->publish(q, "t", "a", "1", 1, &e);
    q->ops->publish(q, "t", "b", "2", 1, &e);
    lc_msg m;
    cr_assert_eq(q->ops->consume(q, "t", 100, &m, &e), LC_OK);
    cr_assert_str_eq(m.value, "1");
    cr_assert_eq(q->ops->nack(q, &m, &e), LC_OK);
    lc_msg_free(&m);
    cr_assert_eq(q->ops->consume(q, "t", 100, &m, &e), LC_OK);
    cr_assert_str_eq(m.value, "1", "a nacked message is delivered again, first");
    cr_assert_eq(q->ops->ack(q, &m, &e), LC_OK);
    cr_assert_eq(q->ops->ack(q, &m, &e), LC_ERR_NOTFOUND, "acking twice is reported");
    lc_msg_free(&m);
    lc_queue_close(q);
}

Test(queue_memory, bounded_capacity_is_busy)
{
    lc_queue *q = open_q("memory:2");
    lc_err e = {0};
    cr_assert_eq(q->ops->publish(q, "t", "", "x", 1, &e), LC_OK);
    cr_assert_eq(q->ops->publish(q, "t", "", "x", 1, &e), LC_OK);
    cr_assert_eq(q->ops->publish(q, "t", "", "x", 1, &e), LC_ERR_BUSY);
    cr_assert_eq(q->ops->publish(q, "other", "", "x", 1, &e), LC_OK, "capacity is per topic");
    lc_queue_close(q);
}

Test(queue_memory, consume_times_out)
{
    lc_queue *q = open_q("memory:");
    lc_err e = {0};
    lc_msg m;
    cr_assert_eq(q->ops->consume(q, "empty", 50, &m, &e), LC_ERR_NOTFOUND);
    lc_queue_close(q);
}

Test(queue_memory, bad_urls)
{
    lc_queue *q;
    lc_err e = {0};
    cr_assert_eq(lc_queue_open("nope:", &q, &e), LC_ERR_INVALID);
    cr_assert(strstr(e.msg, "nope"));
    cr_assert_eq(lc_queue_open("memory:abc", &q, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_queue_open("memory", &q, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_queue_open("memory:0", &q, &e), LC_ERR_INVALID);
}

static lc_queue *shared;
static int consumed[4];

static void *consumer(void *arg)
{
    int id = (int)(long)arg;
    lc_err e = {0};
    for (;;) {
        lc_msg m;
        if (shared->ops->consume(shared, "t", 300, &m, &e) != LC_OK)
            break;
        consumed[id]++;
        shared->ops->ack(shared, &m, &e);
        lc_msg_free(&m);
    }
    return NULL;
}

Test(queue_memory, each_message_to_one_consumer)
{
    shared = open_q("memory:");
    lc_err e = {0};
    for (int i = 0; i < 1000; i++)
        cr_assert_eq(shared->ops->publish(shared, "t", "", "x", 1, &e), LC_OK);
    pthread_t th[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&th[i], NULL, consumer, (void *)i);
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    cr_assert_eq(consumed[0] + consumed[1] + consumed[2] + consumed[3], 1000);
    cr_assert_eq(shared->ops->depth(shared, "t"), 0);
    lc_queue_close(shared);
}

Test(queue_memory, shutdown_wakes_consumers)
{
    lc_queue *q = open_q("memory:");
    q->ops->shutdown(q);
    lc_err e = {0};
    lc_msg m;
    cr_assert_eq(q->ops->consume(q, "t", 5000, &m, &e), LC_ERR_NOTFOUND);
    cr_assert_eq(q->ops->publish(q, "t", "", "x", 1, &e), LC_ERR_BUSY);
    lc_queue_close(q);
}

/* lib/queue/queue_kafka.c against a Kafka-protocol cluster: librdkafka's mock
 * cluster, a new one per test, held by this process (its brokers listen on
 * 127.0.0.1 and speak the protocol over TCP, as a real broker). Each queue
 * handle below is what one `litecode` process holds. */
#include "queue/queue.h"
#include <criterion/criterion.h>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static rd_kafka_t *mock_rk;
static char url[512];

static void setup(void)
{
    char err[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    cr_assert_eq(rd_kafka_conf_set(conf, "test.mock.num.brokers", "1", err, sizeof err),
                 RD_KAFKA_CONF_OK, "%s", err);
    rd_kafka_conf_set(conf, "log_level", "2", err, sizeof err);
    mock_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    cr_assert_not_null(mock_rk, "%s", err);
    rd_kafka_mock_cluster_t *mc = rd_kafka_handle_mock_cluster(mock_rk);
    cr_assert_not_null(mc);
    cr_assert_eq(rd_kafka_mock_topic_create(mc, LC_TOPIC_SUBMISSIONS, 4, 1), 0);
    cr_assert_eq(rd_kafka_mock_topic_create(mc, LC_TOPIC_RESULTS, 4, 1), 0);
    snprintf(url, sizeof url, "kafka://%s", rd_kafka_mock_cluster_bootstraps(mc));
}

static void teardown(void)
{
    rd_kafka_destroy(mock_rk);
    mock_rk = NULL;
}

TestSuite(queue_kafka, .init = setup, .fini = teardown, .timeout = 120);

static lc_queue *open_q(void)
{
    lc_queue *q = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_queue_open(url, &q, &e), LC_OK, "%s: %s", url, e.msg);
    return q;
}

static void pub(lc_queue *q, const char *topic, const char *key, const char *value)
{
    lc_err e = {0};
    cr_assert_eq(q->ops->publish(q, topic, key, value, strlen(value), &e), LC_OK, "%s", e.msg);
}

/* The next message within seconds (the first join of a group takes ~3 s). */
static bool next(lc_queue *q, const char *topic, double seconds, lc_msg *m)
{
    struct timespec t0, t;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    do {
        if (q->ops->consume(q, topic, 200, m, NULL) == LC_OK)
            return true;
        clock_gettime(CLOCK_MONOTONIC, &t);
    } while ((double)(t.tv_sec - t0.tv_sec) + (double)(t.tv_nsec - t0.tv_nsec) / 1e9 < seconds);
    return false;
}

Test(queue_kafka, publish_consume_ack_round_trip)
{
    lc_queue *q = open_q();
    pub(q, LC_TOPIC_SUBMISSIONS, "sub-1", "{\"submission_id\":\"sub-1\"}");
    pub(q, LC_TOPIC_RESULTS, "sub-1", "{\"verdict\":\"AC\"}");
    lc_msg m;
    cr_assert(next(q, LC_TOPIC_SUBMISSIONS, 20, &m));
    cr_assert_str_eq(m.topic, LC_TOPIC_SUBMISSIONS);
    cr_assert_str_eq(m.key, "sub-1");
    cr_assert_str_eq(m.value, "{\"submission_id\":\"sub-1\"}");
    cr_assert_eq(m.len, strlen(m.value));
    cr_assert_eq(q->ops->depth(q, LC_TOPIC_SUBMISSIONS), 1);
    lc_err e = {0};
    cr_assert_eq(q->ops->ack(q, &m, &e), LC_OK, "%s", e.msg);
    cr_assert_eq(q->ops->depth(q, LC_TOPIC_SUBMISSIONS), 0);
    lc_msg_free(&m);
    cr_assert(next(q, LC_TOPIC_RESULTS, 20, &m));
    cr_assert_str_eq(m.value, "{\"verdict\":\"AC\"}");
    q->ops->ack(q, &m, NULL);
    lc_msg_free(&m);
    cr_assert_eq(q->ops->publish(q, "other", "k", "v", 1, &e), LC_ERR_INVALID);
    lc_queue_close(q);
}

Test(queue_kafka, acked_messages_stay_consumed_unacked_come_back)
{
    lc_queue *q = open_q();
    for (int i = 0; i < 3; i++) {
        char v[32];
        snprintf(v, sizeof v, "m%d", i);
        pub(q, LC_TOPIC_SUBMISSIONS, "same-key", v); /* one partition, in order */
    }
    lc_msg m[3];
    for (int i = 0; i < 3; i++)
        cr_assert(next(q, LC_TOPIC_SUBMISSIONS, 20, &m[i]), "message %d", i);
    cr_assert_str_eq(m[0].value, "m0");
    cr_assert_str_eq(m[2].value, "m2");
    /* acks out of order: m0 and m2 handled, m1 still in work when the process dies */
    q->ops->ack(q, &m[2], NULL);
    q->ops->ack(q, &m[0], NULL);
    for (int i = 0; i < 3; i++)
        lc_msg_free(&m[i]);
    lc_queue_close(q); /* "dies" with m1 unacked */

    lc_queue *q2 = open_q(); /* the same group: a restarted worker */
    lc_msg r;
    cr_assert(next(q2, LC_TOPIC_SUBMISSIONS, 30, &r), "m1 was not redelivered");
    cr_assert_str_eq(r.value, "m1"); /* never m0: its offset was committed */
    q2->ops->ack(q2, &r, NULL);
    lc_msg_free(&r);
    /* m2 comes again (committed only up to m1), and nothing after it */
    cr_assert(next(q2, LC_TOPIC_SUBMISSIONS, 10, &r));
    cr_assert_str_eq(r.value, "m2");
    q2->ops->ack(q2, &r, NULL);
    lc_msg_free(&r);
    cr_assert_not(next(q2, LC_TOPIC_SUBMISSIONS, 2, &r));
    lc_queue_close(q2);

    lc_queue *q3 = open_q(); /* everything acked: nothing comes back */
    cr_assert_not(next(q3, LC_TOPIC_SUBMISSIONS, 6, &r), "got %s again", r.value);
    lc_queue_close(q3);
}

Test(queue_kafka, nack_delivers_again)
{
    lc_queue *q = open_q();
    pub(q, LC_TOPIC_RESULTS, "k", "again");
    lc_msg m;
    cr_assert(next(q, LC_TOPIC_RESULTS, 20, &m));
    lc_err e = {0};
    cr_assert_eq(q->ops->nack(q, &m, &e), LC_OK, "%s", e.msg);
    lc_msg_free(&m);
    cr_assert(next(q, LC_TOPIC_RESULTS, 20, &m));
    cr_assert_str_eq(m.value, "again");
    cr_assert_str_eq(m.key, "k");
    q->ops->ack(q, &m, NULL);
    lc_msg_free(&m);
    lc_queue_close(q);
}

Test(queue_kafka, two_processes_share_a_topic_without_loss)
{
    /* two handles in one group, as two worker processes: the partitions are split */
    lc_queue *a = open_q(), *b = open_q();
    lc_msg m;
    /* both join before anything is published (a join takes ~3 s; a rebalance more) */
    for (int i = 0; i < 40; i++) {
        if (a->ops->consume(a, LC_TOPIC_SUBMISSIONS, 100, &m, NULL) == LC_OK)
            cr_assert_fail("nothing was published yet");
        if (b->ops->consume(b, LC_TOPIC_SUBMISSIONS, 100, &m, NULL) == LC_OK)
            cr_assert_fail("nothing was published yet");
    }
    enum { N = 40 };
    for (int i = 0; i < N; i++) {
        char k[16];
        snprintf(k, sizeof k, "%d", i);
        pub(a, LC_TOPIC_SUBMISSIONS, k, k);
    }
    int seen[N] = {0}, got_a = 0, got_b = 0, distinct = 0;
    struct timespec t0, t;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    while (distinct < N) {
        clock_gettime(CLOCK_MONOTONIC, &t);
        if (t.tv_sec - t0.tv_sec > 60)
            break;
        for (int h = 0; h < 2; h++) {
            lc_queue *q = h ? b : a;
            if (q->ops->consume(q, LC_TOPIC_SUBMISSIONS, 50, &m, NULL) != LC_OK)
                continue;
            int i = atoi(m.value);
            cr_assert(i >= 0 && i < N);
            distinct += seen[i]++ == 0;
            *(h ? &got_b : &got_a) += 1;
            q->ops->ack(q, &m, NULL);
            lc_msg_free(&m);
        }
    }
    cr_assert_eq(distinct, N, "only %d of %d messages arrived", distinct, N);
    cr_assert_gt(got_a, 0, "a got nothing (b: %d)", got_b);
    cr_assert_gt(got_b, 0, "b got nothing (a: %d)", got_a);
    lc_queue_close(a);
    lc_queue_close(b);
}

Test(queue_kafka, bad_urls_fail_at_open)
{
    lc_queue *q = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_queue_open("kafka://", &q, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_queue_open("kafka://127.0.0.1:9092?color=red", &q, &e), LC_ERR_INVALID);
    cr_assert_not_null(strstr(e.msg, "color"), "%s", e.msg);
    cr_assert_eq(lc_queue_open("kafka://127.0.0.1:9092?group=a/b", &q, &e), LC_ERR_INVALID);
    cr_assert_eq(lc_queue_open("kafka://127.0.0.1:1", &q, &e), LC_ERR_IO); /* nobody there */
    cr_assert_null(q);
}

/* The Kafka queue: "kafka://HOST:PORT[,HOST:PORT...][?group=PREFIX&fetch_wait_ms=N]" (librdkafka).
 *
 * - Publish: one idempotent producer (acks=all, enable.idempotence) per
 *   queue; publish returns once the broker acknowledged the message (its
 *   delivery report), so "published" means "on the broker". Keyed by the
 *   submission id: one submission's messages stay in one partition.
 * - Consume: per topic one consumer in the group PREFIX.TOPIC (default
 *   prefix "litecode": every worker process shares "litecode.submissions",
 *   every API process "litecode.submission-results"), so the topic's
 *   partitions are split among the processes. Offsets are never committed
 *   automatically: ack commits, synchronously, the partition's offset up to
 *   which every delivered message has been acked (several threads consume
 *   and ack out of order), so a message is committed only after its effect
 *   is done. A consumer that dies, or a partition that moves to another
 *   process, redelivers what was not committed: at least once, and every
 *   consumer of ours is idempotent.
 * - fetch_wait_ms (default 100): how long a fetch may wait at the broker for
 *   new messages. A real broker answers as soon as one arrives; librdkafka's
 *   mock cluster waits the whole time, so with it this bounds each hop's latency.
 * - Nack: the message is published again (to the end of its partition) and
 *   the original acked.
 * - depth counts this process's messages in flight; capacity is unbounded
 *   (the broker is the buffer): POST /submissions is never refused for a full
 *   queue here.
 */
#include "queue.h"

#include "../util/log.h"

#include <librdkafka/rdkafka.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KQ_TOPICS 2
#define KQ_MAX_BROKERS 1024
#define KQ_SESSION_MS "10000" /* the mock cluster hangs the first join below 6000 */

typedef struct kpart {
    int32_t partition;
    int64_t *flying; /* offsets delivered, not acked */
    size_t n, cap;
    int64_t next;      /* highest delivered + 1 */
    int64_t committed; /* last offset committed */
} kpart;

typedef struct kcons {
    const char *topic;
    rd_kafka_t *rk;
    pthread_mutex_t poll_mu;   /* one poll at a time (rebalances are served there) */
    pthread_mutex_t commit_mu; /* commits in offset order */
    kpart *parts;              /* guarded by the queue's mu */
    size_t nparts;
} kcons;

typedef struct kq {
    lc_queue base;
    char *brokers;
    char group[128];
    char fetch_wait[16]; /* fetch.wait.max.ms */
    rd_kafka_t *prod;
    pthread_t poller;
    bool polling;
    atomic_bool closing;     /* consumers: shutdown() */
    atomic_bool poller_stop; /* the producer's reports are served until close() */
    pthread_mutex_t mu;
    kcons cons[KQ_TOPICS];
} kq;

static const char *const topics[KQ_TOPICS] = {LC_TOPIC_SUBMISSIONS, LC_TOPIC_RESULTS};

static int topic_index(const char *t)
{
    for (int i = 0; i < KQ_TOPICS; i++)
        if (t && strcmp(t, topics[i]) == 0)
            return i;
    return -1;
}

/* ---- delivery reports ----------------------------------------------------------------------- */

typedef struct dr_wait {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool done;
    rd_kafka_resp_err_t err;
} dr_wait;

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    (void)rk;
    (void)opaque;
    dr_wait *w = m->_private;
    if (!w)
        return;
    pthread_mutex_lock(&w->mu);
    w->err = m->err;
    w->done = true;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

static void *poller_main(void *arg)
{
    kq *q = arg;
    /* not `closing`: a worker stopping publishes the verdict it just finished */
    while (!atomic_load(&q->poller_stop))
        rd_kafka_poll(q->prod, 100);
    return NULL;
}

static lc_code kq_publish(lc_queue *base, const char *topic, const char *key, const char *value,
                          size_t len, lc_err *e)
{
    kq *q = (kq *)base;
    if (topic_index(topic) < 0)
        return lc_err_set(e, LC_ERR_INVALID, "queue: unknown topic '%.64s'", topic ? topic : "");
    if (len > LC_QUEUE_MSG_MAX)
        return lc_err_set(e, LC_ERR_LIMIT, "queue: message of %zu bytes (max %d)", len,
                          LC_QUEUE_MSG_MAX);
    dr_wait w = {.done = false};
    pthread_mutex_init(&w.mu, NULL);
    pthread_cond_init(&w.cv, NULL);
    rd_kafka_resp_err_t err = rd_kafka_producev(
        q->prod, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, key ? strlen(key) : 0),
        RD_KAFKA_V_VALUE((void *)value, len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_OPAQUE(&w), RD_KAFKA_V_END);
    lc_code rc = LC_OK;
    if (err) {
        rc = lc_err_set(e, err == RD_KAFKA_RESP_ERR__QUEUE_FULL ? LC_ERR_BUSY : LC_ERR_IO,
                        "queue: kafka: %s", rd_kafka_err2str(err));
    } else {
        /* every message gets its report: delivered, or failed after delivery.timeout.ms */
        pthread_mutex_lock(&w.mu);
        while (!w.done)
            pthread_cond_wait(&w.cv, &w.mu);
        pthread_mutex_unlock(&w.mu);
        if (w.err)
            rc = lc_err_set(e, LC_ERR_IO, "queue: kafka: not delivered: %s",
                            rd_kafka_err2str(w.err));
    }
    pthread_cond_destroy(&w.cv);
    pthread_mutex_destroy(&w.mu);
    return rc;
}

/* ---- consumers ---------------------------------------------------------------------------- */

static kpart *part_get(kcons *c, int32_t partition, bool create)
{
    for (size_t i = 0; i < c->nparts; i++)
        if (c->parts[i].partition == partition)
            return &c->parts[i];
    if (!create)
        return NULL;
    kpart *p = realloc(c->parts, (c->nparts + 1) * sizeof *p);
    if (!p)
        return NULL;
    c->parts = p;
    p = &c->parts[c->nparts++];
    memset(p, 0, sizeof *p);
    p->partition = partition;
    p->committed = -1;
    return p;
}

/* Records a delivered offset (under the queue's mu); false without memory. */
static bool track(kcons *c, int32_t partition, int64_t offset)
{
    kpart *p = part_get(c, partition, true);
    if (!p)
        return false;
    if (p->n == p->cap) {
        size_t ncap = p->cap ? 2 * p->cap : 16;
        int64_t *f = realloc(p->flying, ncap * sizeof *f);
        if (!f)
            return false;
        p->flying = f;
        p->cap = ncap;
    }
    p->flying[p->n++] = offset;
    if (offset + 1 > p->next)
        p->next = offset + 1;
    return true;
}

static void parts_clear(kcons *c)
{
    for (size_t i = 0; i < c->nparts; i++)
        free(c->parts[i].flying);
    free(c->parts);
    c->parts = NULL;
    c->nparts = 0;
}

static kcons *cons_of(kq *q, rd_kafka_t *rk)
{
    for (int i = 0; i < KQ_TOPICS; i++)
        if (q->cons[i].rk == rk)
            return &q->cons[i];
    return NULL;
}

/* Eager rebalancing (the mock cluster misbehaves with cooperative-sticky):
 * what is revoked forgets its messages in flight (the next owner gets them). */
static void on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    kq *q = opaque;
    kcons *c = cons_of(q, rk);
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        rd_kafka_assign(rk, parts);
    } else {
        if (c) {
            pthread_mutex_lock(&q->mu);
            parts_clear(c);
            pthread_mutex_unlock(&q->mu);
        }
        rd_kafka_assign(rk, NULL);
    }
}

/* librdkafka's own log lines (a broker down, a reconnect) into ours. */
static void on_log(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    (void)rk;
    if (level <= 3)
        LC_WARN("event=kafka facility=%s message=\"%s\"", fac, buf);
    else
        LC_DEBUG("event=kafka facility=%s message=\"%s\"", fac, buf);
}

static lc_code set(rd_kafka_conf_t *conf, const char *k, const char *v, lc_err *e)
{
    char err[256];
    if (rd_kafka_conf_set(conf, k, v, err, sizeof err) != RD_KAFKA_CONF_OK)
        return lc_err_set(e, LC_ERR_INVALID, "queue: kafka: %s=%s: %s", k, v, err);
    return LC_OK;
}

/* A configuration with our logging and the brokers of q. */
static rd_kafka_conf_t *conf_new(const char *brokers, lc_err *e)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set_log_cb(conf, on_log);
    if (set(conf, "bootstrap.servers", brokers, e) || set(conf, "log_level", "3", e)) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    return conf;
}

static lc_code cons_start(kq *q, kcons *c, lc_err *e)
{
    char group[200], err[256];
    snprintf(group, sizeof group, "%s.%s", q->group, c->topic);
    rd_kafka_conf_t *conf = conf_new(q->brokers, e);
    if (!conf)
        return LC_ERR_INVALID;
    lc_code rc = set(conf, "group.id", group, e);
    if (!rc)
        rc = set(conf, "enable.auto.commit", "false", e);
    if (!rc)
        rc = set(conf, "enable.auto.offset.store", "false", e);
    if (!rc)
        rc = set(conf, "auto.offset.reset", "earliest", e);
    if (!rc)
        rc = set(conf, "session.timeout.ms", KQ_SESSION_MS, e);
    if (!rc)
        rc = set(conf, "partition.assignment.strategy", "range", e);
    if (!rc) /* a fetch waits this long for new messages when a broker does not answer early */
        rc = set(conf, "fetch.wait.max.ms", q->fetch_wait, e);
    if (rc) {
        rd_kafka_conf_destroy(conf);
        return rc;
    }
    rd_kafka_conf_set_rebalance_cb(conf, on_rebalance);
    rd_kafka_conf_set_opaque(conf, q);
    c->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!c->rk) {
        rd_kafka_conf_destroy(conf);
        return lc_err_set(e, LC_ERR_IO, "queue: kafka consumer: %s", err);
    }
    rd_kafka_poll_set_consumer(c->rk);
    rd_kafka_topic_partition_list_t *sub = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(sub, c->topic, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t r = rd_kafka_subscribe(c->rk, sub);
    rd_kafka_topic_partition_list_destroy(sub);
    if (r) {
        rd_kafka_destroy(c->rk);
        c->rk = NULL;
        return lc_err_set(e, LC_ERR_IO, "queue: kafka subscribe %s: %s", c->topic,
                          rd_kafka_err2str(r));
    }
    return LC_OK;
}

static lc_code kq_consume(lc_queue *base, const char *topic, int timeout_ms, lc_msg *out,
                          lc_err *e)
{
    kq *q = (kq *)base;
    memset(out, 0, sizeof *out);
    int ti = topic_index(topic);
    if (ti < 0)
        return lc_err_set(e, LC_ERR_INVALID, "queue: unknown topic '%.64s'", topic ? topic : "");
    kcons *c = &q->cons[ti];
    pthread_mutex_lock(&c->poll_mu);
    if (atomic_load(&q->closing)) {
        pthread_mutex_unlock(&c->poll_mu);
        return lc_err_set(e, LC_ERR_NOTFOUND, "queue: closing");
    }
    if (!c->rk) {
        lc_code rc = cons_start(q, c, e);
        if (rc) {
            pthread_mutex_unlock(&c->poll_mu);
            return rc;
        }
    }
    rd_kafka_message_t *m = rd_kafka_consumer_poll(c->rk, timeout_ms);
    pthread_mutex_unlock(&c->poll_mu);
    if (!m)
        return lc_err_set(e, LC_ERR_NOTFOUND, "queue: nothing on %s", topic);
    if (m->err) {
        lc_code rc = m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF
                         ? lc_err_set(e, LC_ERR_NOTFOUND, "queue: nothing on %s", topic)
                         : lc_err_set(e, LC_ERR_IO, "queue: kafka %s: %s", topic,
                                      rd_kafka_message_errstr(m));
        rd_kafka_message_destroy(m);
        return rc;
    }
    pthread_mutex_lock(&q->mu);
    bool tracked = track(c, m->partition, m->offset);
    pthread_mutex_unlock(&q->mu);
    lc_code rc = LC_OK;
    if (!tracked) {
        rc = lc_err_set(e, LC_ERR_NOMEM, "queue: out of memory");
    } else if (m->len > LC_QUEUE_MSG_MAX || m->offset < 0 || m->offset >= ((int64_t)1 << 47) ||
               m->partition < 0 || m->partition >= (1 << 15)) {
        rc = lc_err_set(e, LC_ERR_NOTFOUND, "queue: a message of %zu bytes on %s dropped", m->len,
                        topic);
    } else {
        out->topic = strdup(topic);
        out->key = m->key ? strndup(m->key, m->key_len) : NULL;
        out->value = malloc(m->len + 1);
        if (out->value) {
            memcpy(out->value, m->payload ? m->payload : "", m->len);
            out->value[m->len] = '\0';
        }
        out->len = m->len;
        out->tag = ((uint64_t)m->partition << 48) | (uint64_t)m->offset;
        if (!out->topic || !out->value || (m->key && !out->key)) {
            lc_msg_free(out);
            rc = lc_err_set(e, LC_ERR_NOMEM, "queue: out of memory");
        }
    }
    if (rc && tracked) { /* not handed out: done with it */
        lc_msg tmp = {.topic = (char *)topic,
                      .tag = ((uint64_t)m->partition << 48) | (uint64_t)m->offset};
        base->ops->ack(base, &tmp, NULL);
    }
    rd_kafka_message_destroy(m);
    return rc;
}

static lc_code kq_ack(lc_queue *base, const lc_msg *m, lc_err *e)
{
    kq *q = (kq *)base;
    int ti = topic_index(m->topic);
    if (ti < 0)
        return lc_err_set(e, LC_ERR_INVALID, "queue: unknown topic");
    kcons *c = &q->cons[ti];
    int32_t partition = (int32_t)(m->tag >> 48);
    int64_t offset = (int64_t)(m->tag & (((uint64_t)1 << 48) - 1));
    pthread_mutex_lock(&c->commit_mu);
    pthread_mutex_lock(&q->mu);
    kpart *p = part_get(c, partition, false);
    int64_t safe = -1;
    if (p) {
        for (size_t i = 0; i < p->n; i++)
            if (p->flying[i] == offset) {
                p->flying[i] = p->flying[--p->n];
                break;
            }
        safe = p->next;
        for (size_t i = 0; i < p->n; i++)
            if (p->flying[i] < safe)
                safe = p->flying[i];
        if (safe <= p->committed)
            safe = -1;
    }
    pthread_mutex_unlock(&q->mu);
    lc_code rc = LC_OK;
    if (safe >= 0) {
        rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(l, c->topic, partition)->offset = safe;
        rd_kafka_resp_err_t err = rd_kafka_commit(c->rk, l, 0);
        rd_kafka_topic_partition_list_destroy(l);
        if (err) {
            /* a rebalance took the partition: its next owner gets the message again */
            rc = lc_err_set(e, LC_ERR_IO, "queue: kafka commit: %s", rd_kafka_err2str(err));
        } else {
            pthread_mutex_lock(&q->mu);
            p = part_get(c, partition, false);
            if (p && safe > p->committed)
                p->committed = safe;
            pthread_mutex_unlock(&q->mu);
        }
    }
    pthread_mutex_unlock(&c->commit_mu);
    return rc;
}

static lc_code kq_nack(lc_queue *base, const lc_msg *m, lc_err *e)
{
    lc_code rc = kq_publish(base, m->topic, m->key, m->value, m->len, e);
    if (rc)
        return rc; /* not acked either: redelivered after a restart or a rebalance */
    return kq_ack(base, m, e);
}

static int64_t kq_depth(lc_queue *base, const char *topic)
{
    kq *q = (kq *)base;
    int ti = topic_index(topic);
    if (ti < 0)
        return 0;
    int64_t n = 0;
    pthread_mutex_lock(&q->mu);
    for (size_t i = 0; i < q->cons[ti].nparts; i++)
        n += (int64_t)q->cons[ti].parts[i].n;
    pthread_mutex_unlock(&q->mu);
    return n;
}

static int64_t kq_capacity(lc_queue *base)
{
    (void)base;
    return INT64_MAX;
}

static lc_code kq_ping(lc_queue *base, lc_err *e)
{
    kq *q = (kq *)base;
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err = rd_kafka_metadata(q->prod, 0, NULL, &md, 1000);
    if (err)
        return lc_err_set(e, LC_ERR_IO, "kafka %s: %s", q->brokers, rd_kafka_err2str(err));
    rd_kafka_metadata_destroy(md);
    return LC_OK;
}

static void kq_shutdown(lc_queue *base) { atomic_store(&((kq *)base)->closing, true); }

static void kq_close(lc_queue *base)
{
    kq *q = (kq *)base;
    if (!q)
        return;
    atomic_store(&q->closing, true);
    for (int i = 0; i < KQ_TOPICS; i++) {
        kcons *c = &q->cons[i];
        if (c->rk) {
            rd_kafka_consumer_close(c->rk);
            rd_kafka_destroy(c->rk);
        }
        parts_clear(c);
        pthread_mutex_destroy(&c->poll_mu);
        pthread_mutex_destroy(&c->commit_mu);
    }
    if (q->prod)
        rd_kafka_flush(q->prod, 5000); /* serves the last reports too */
    atomic_store(&q->poller_stop, true);
    if (q->polling)
        pthread_join(q->poller, NULL);
    if (q->prod) {
        rd_kafka_destroy(q->prod);
    }
    pthread_mutex_destroy(&q->mu);
    free(q->brokers);
    free(q);
}

/* "HOST:PORT,HOST:PORT[?group=PREFIX]" after "kafka:" (with or without "//"). */
static lc_code kq_open(const char *rest, lc_queue **out, lc_err *e)
{
    *out = NULL;
    if (strncmp(rest, "//", 2) == 0)
        rest += 2;
    size_t n = strcspn(rest, "?");
    if (n == 0 || n > KQ_MAX_BROKERS)
        return lc_err_set(e, LC_ERR_INVALID, "queue: kafka://HOST:PORT[,HOST:PORT...] needs a broker");
    kq *q = calloc(1, sizeof *q);
    if (!q)
        return lc_err_set(e, LC_ERR_NOMEM, "queue: out of memory");
    q->base.ops = &lc_queue_kafka_ops;
    snprintf(q->group, sizeof q->group, "litecode");
    snprintf(q->fetch_wait, sizeof q->fetch_wait, "100");
    pthread_mutex_init(&q->mu, NULL);
    for (int i = 0; i < KQ_TOPICS; i++) {
        q->cons[i].topic = topics[i];
        pthread_mutex_init(&q->cons[i].poll_mu, NULL);
        pthread_mutex_init(&q->cons[i].commit_mu, NULL);
    }
    q->brokers = strndup(rest, n);
    lc_code rc = q->brokers ? LC_OK : lc_err_set(e, LC_ERR_NOMEM, "queue: out of memory");
    const char *query = rest[n] == '?' ? rest + n + 1 : NULL;
    while (!rc && query && *query) {
        size_t k = strcspn(query, "&");
        if (strncmp(query, "group=", 6) == 0 && k > 6 && k - 6 < sizeof q->group) {
            snprintf(q->group, sizeof q->group, "%.*s", (int)(k - 6), query + 6);
        } else if (strncmp(query, "fetch_wait_ms=", 14) == 0 && k > 14 && k - 14 <= 5 &&
                   strspn(query + 14, "0123456789") >= k - 14 && atoi(query + 14) >= 1 &&
                   atoi(query + 14) <= 10000) {
            snprintf(q->fetch_wait, sizeof q->fetch_wait, "%d", atoi(query + 14));
        } else {
            rc = lc_err_set(e, LC_ERR_INVALID,
                            "queue: kafka: unknown option '%.*s' (known: group=, fetch_wait_ms=)",
                            (int)(k > 64 ? 64 : k), query);
        }
        query += k;
        if (*query == '&')
            query++;
    }
    for (const char *p = q->group; !rc && *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_' || *p == '.'))
            rc = lc_err_set(e, LC_ERR_INVALID, "queue: kafka: group may hold [A-Za-z0-9._-] only");

    rd_kafka_conf_t *conf = rc ? NULL : conf_new(q->brokers, e);
    if (!rc && !conf)
        rc = LC_ERR_INVALID;
    if (!rc)
        rc = set(conf, "enable.idempotence", "true", e);
    if (!rc)
        rc = set(conf, "acks", "all", e);
    if (!rc)
        rc = set(conf, "linger.ms", "1", e);
    if (!rc)
        rc = set(conf, "delivery.timeout.ms", "15000", e);
    if (!rc) {
        char err[256];
        rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
        q->prod = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
        if (!q->prod)
            rc = lc_err_set(e, LC_ERR_IO, "queue: kafka producer: %s", err);
        conf = NULL;
    }
    if (conf)
        rd_kafka_conf_destroy(conf);
    if (!rc) {
        q->polling = pthread_create(&q->poller, NULL, poller_main, q) == 0;
        if (!q->polling)
            rc = lc_err_set(e, LC_ERR_INTERNAL, "queue: kafka: no thread");
    }
    if (!rc) {
        /* the brokers must answer now: a wrong address fails at start, not at the first submission */
        const struct rd_kafka_metadata *md = NULL;
        rd_kafka_resp_err_t err = rd_kafka_metadata(q->prod, 0, NULL, &md, 5000);
        if (err)
            rc = lc_err_set(e, LC_ERR_IO, "queue: kafka %s: %s", q->brokers, rd_kafka_err2str(err));
        else
            rd_kafka_metadata_destroy(md);
    }
    if (rc) {
        kq_close(&q->base);
        return rc;
    }
    *out = &q->base;
    return LC_OK;
}

const lc_queue_ops lc_queue_kafka_ops = {
    .scheme = "kafka",
    .open = kq_open,
    .close = kq_close,
    .publish = kq_publish,
    .consume = kq_consume,
    .ack = kq_ack,
    .nack = kq_nack,
    .depth = kq_depth,
    .capacity = kq_capacity,
    .shutdown = kq_shutdown,
    .ping = kq_ping,
};

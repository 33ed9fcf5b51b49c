/* The in-process queue: per topic a bounded FIFO of waiting messages plus the
 * messages in flight (delivered, not yet acked). Same contract as Kafka's
 * backend: at-least-once, nack (or close) redelivers. Durability across a
 * crash comes from the store, not from here: on start the service re-queues
 * every submission without a verdict. */
#include "queue.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_TOPICS 8

typedef struct node {
    struct node *next;
    char *key, *value;
    size_t len;
    uint64_t tag;
} node;

typedef struct topic {
    char name[64];
    node *head, *tail;        /* waiting */
    node *inflight;           /* delivered, not acked (singly linked) */
    int64_t waiting, flying;
    pthread_cond_t cv;        /* its consumers wait here: a publish wakes one of them */
} topic;

typedef struct memq {
    lc_queue base;
    pthread_mutex_t mu;
    topic topics[MAX_TOPICS];
    int ntopics;
    int64_t capacity;
    uint64_t next_tag;
    bool closing;
} memq;

static topic *get_topic(memq *q, const char *name, bool create)
{
    for (int i = 0; i < q->ntopics; i++)
        if (strcmp(q->topics[i].name, name) == 0)
            return &q->topics[i];
    if (!create || q->ntopics >= MAX_TOPICS || strlen(name) >= sizeof q->topics[0].name)
        return NULL;
    topic *t = &q->topics[q->ntopics++];
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", name);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&t->cv, &ca);
    pthread_condattr_destroy(&ca);
    return t;
}

static lc_code mq_open(const char *rest, lc_queue **out, lc_err *e)
{
    long cap = 10000;
    if (rest && *rest) {
        char *end;
        cap = strtol(rest, &end, 10);
        if (*end || cap <= 0 || cap > 10000000)
            return lc_err_set(e, LC_ERR_INVALID, "memory queue: capacity '%s' is not 1..10000000",
                              rest);
    }
    memq *q = calloc(1, sizeof *q);
    if (!q)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    q->base.ops = &lc_queue_memory_ops;
    q->capacity = cap;
    pthread_mutex_init(&q->mu, NULL);
    *out = &q->base;
    return LC_OK;
}

static void free_list(node *n)
{
    while (n) {
        node *next = n->next;
        free(n->key);
        free(n->value);
        free(n);
        n = next;
    }
}

static int64_t mq_capacity(lc_queue *base)
{
    return ((memq *)base)->capacity;
}

static void mq_shutdown(lc_queue *base)
{
    memq *q = (memq *)base;
    pthread_mutex_lock(&q->mu);
    q->closing = true;
    for (int i = 0; i < q->ntopics; i++)
        pthread_cond_broadcast(&q->topics[i].cv);
    pthread_mutex_unlock(&q->mu);
}

static void mq_close(lc_queue *base)
{
    memq *q = (memq *)base;
    mq_shutdown(base);
    for (int i = 0; i < q->ntopics; i++) {
        free_list(q->topics[i].head);
        free_list(q->topics[i].inflight);
        pthread_cond_destroy(&q->topics[i].cv);
    }
    pthread_mutex_destroy(&q->mu);
    free(q);
}

static lc_code mq_publish(lc_queue *base, const char *tname, const char *key, const char *value,
                          size_t len, lc_err *e)
{
    memq *q = (memq *)base;
    if (len > LC_QUEUE_MSG_MAX)
        return lc_err_set(e, LC_ERR_LIMIT, "message larger than %d bytes", LC_QUEUE_MSG_MAX);
    node *n = calloc(1, sizeof *n);
    if (!n)
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    n->key = strdup(key ? key : "");
    n->value = malloc(len + 1);
    if (!n->key || !n->value) {
        free_list(n);
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    }
    memcpy(n->value, value, len);
    n->value[len] = '\0';
    n->len = len;
    pthread_mutex_lock(&q->mu);
    topic *t = get_topic(q, tname, true);
    lc_code rc = LC_OK;
    if (!t)
        rc = lc_err_set(e, LC_ERR_INVALID, "bad topic '%s'", tname);
    else if (q->closing)
        rc = lc_err_set(e, LC_ERR_BUSY, "queue is shutting down");
    else if (t->waiting + t->flying >= q->capacity)
        rc = lc_err_set(e, LC_ERR_BUSY, "queue '%s' is full (%lld messages)", tname,
                        (long long)q->capacity);
    if (rc) {
        pthread_mutex_unlock(&q->mu);
        free_list(n);
        return rc;
    }
    n->tag = ++q->next_tag;
    if (t->tail)
        t->tail->next = n;
    else
        t->head = n;
    t->tail = n;
    t->waiting++;
    pthread_cond_signal(&t->cv);
    pthread_mutex_unlock(&q->mu);
    return LC_OK;
}

static lc_code mq_consume(lc_queue *base, const char *tname, int timeout_ms, lc_msg *out,
                          lc_err *e)
{
    memq *q = (memq *)base;
    memset(out, 0, sizeof *out);
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += timeout_ms / 1000;
    until.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&q->mu);
    topic *t = get_topic(q, tname, true);
    while (t && !q->closing && !t->head) {
        if (pthread_cond_timedwait(&t->cv, &q->mu, &until) == ETIMEDOUT)
            break;
    }
    if (!t || q->closing || !t->head) {
        pthread_mutex_unlock(&q->mu);
        return lc_err_set(e, LC_ERR_NOTFOUND, "no message");
    }
    node *n = t->head;
    t->head = n->next;
    if (!t->head)
        t->tail = NULL;
    t->waiting--;
    n->next = t->inflight;
    t->inflight = n;
    t->flying++;
    out->topic = strdup(tname);
    out->key = strdup(n->key);
    out->value = malloc(n->len + 1);
    if (out->value) {
        memcpy(out->value, n->value, n->len + 1);
        out->len = n->len;
    }
    out->tag = n->tag;
    pthread_mutex_unlock(&q->mu);
    if (!out->topic || !out->key || !out->value) {
        lc_msg_free(out);
        return lc_err_set(e, LC_ERR_NOMEM, "out of memory");
    }
    return LC_OK;
}

/* Takes the in-flight node with m's tag out of its topic (NULL when unknown). */
static node *take_inflight(memq *q, const lc_msg *m, topic **tp)
{
    topic *t = get_topic(q, m->topic, false);
    if (!t)
        return NULL;
    for (node **pp = &t->inflight; *pp; pp = &(*pp)->next)
        if ((*pp)->tag == m->tag) {
            node *n = *pp;
            *pp = n->next;
            n->next = NULL;
            t->flying--;
            *tp = t;
            return n;
        }
    return NULL;
}

static lc_code mq_ack(lc_queue *base, const lc_msg *m, lc_err *e)
{
    memq *q = (memq *)base;
    topic *t;
    pthread_mutex_lock(&q->mu);
    node *n = take_inflight(q, m, &t);
    pthread_mutex_unlock(&q->mu);
    if (!n)
        return lc_err_set(e, LC_ERR_NOTFOUND, "no such delivery");
    free_list(n);
    return LC_OK;
}

static lc_code mq_nack(lc_queue *base, const lc_msg *m, lc_err *e)
{
    memq *q = (memq *)base;
    topic *t;
    pthread_mutex_lock(&q->mu);
    node *n = take_inflight(q, m, &t);
    if (n) { /* back to the front: it was first in line */
        n->next = t->head;
        t->head = n;
        if (!t->tail)
            t->tail = n;
        t->waiting++;
        pthread_cond_signal(&t->cv);
    }
    pthread_mutex_unlock(&q->mu);
    return n ? LC_OK : lc_err_set(e, LC_ERR_NOTFOUND, "no such delivery");
}

static int64_t mq_depth(lc_queue *base, const char *tname)
{
    memq *q = (memq *)base;
    pthread_mutex_lock(&q->mu);
    topic *t = get_topic(q, tname, false);
    int64_t d = t ? t->waiting + t->flying : 0;
    pthread_mutex_unlock(&q->mu);
    return d;
}

const lc_queue_ops lc_queue_memory_ops = {
    .scheme = "memory",
    .open = mq_open,
    .close = mq_close,
    .publish = mq_publish,
    .consume = mq_consume,
    .ack = mq_ack,
    .nack = mq_nack,
    .depth = mq_depth,
    .capacity = mq_capacity,
    .shutdown = mq_shutdown,
};

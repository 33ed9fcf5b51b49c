/* The queue between the API, the workers and the results consumer: topics
 * "submissions" and "submission-results" (ARCHITECTURE.md). Backends by URL:
 *   memory:[CAPACITY]    in process (the embedded default), bounded
 *   kafka://host:port[,host:port...][?group=PREFIX]
 *                        the distributed deployment (queue_kafka.c)
 * Delivery is at least once: a consumer acks what it has handled; a message
 * nacked, or held by a consumer that goes away, is delivered again. Every
 * consumer must therefore be idempotent. */
#ifndef LC_QUEUE_H
#define LC_QUEUE_H

#include "../util/err.h"

#include <stddef.h>
#include <stdint.h>

#define LC_TOPIC_SUBMISSIONS "submissions"
#define LC_TOPIC_RESULTS "submission-results"
#define LC_QUEUE_MSG_MAX (1024 * 1024)

typedef struct lc_queue lc_queue;

typedef struct lc_msg {
    char *topic;
    char *key;
    char *value; /* JSON text, NUL-terminated */
    size_t len;
    uint64_t tag; /* identifies the delivery for ack/nack */
} lc_msg;

typedef struct lc_queue_ops {
    const char *scheme;
    lc_code (*open)(const char *rest, lc_queue **out, lc_err *e);
    void (*close)(lc_queue *q);
    /* LC_ERR_BUSY when the topic is full (the API answers 503 + Retry-After) */
    lc_code (*publish)(lc_queue *q, const char *topic, const char *key, const char *value,
                       size_t len, lc_err *e);
    /* Waits up to timeout_ms; LC_ERR_NOTFOUND when nothing came (or the queue is closing). */
    lc_code (*consume)(lc_queue *q, const char *topic, int timeout_ms, lc_msg *out, lc_err *e);
    lc_code (*ack)(lc_queue *q, const lc_msg *m, lc_err *e);
    lc_code (*nack)(lc_queue *q, const lc_msg *m, lc_err *e);
    int64_t (*depth)(lc_queue *q, const char *topic); /* waiting + in flight */
    int64_t (*capacity)(lc_queue *q);                 /* per topic; publish is BUSY past it */
    void (*shutdown)(lc_queue *q); /* wakes every waiting consumer; later consumes fail */
    /* Whether the brokers answer (for /readyz); NULL: always. */
    lc_code (*ping)(lc_queue *q, lc_err *e);
} lc_queue_ops;

struct lc_queue {
    const lc_queue_ops *ops;
};

lc_code lc_queue_open(const char *url, lc_queue **out, lc_err *e);
void lc_queue_close(lc_queue *q);
void lc_msg_free(lc_msg *m);

extern const lc_queue_ops lc_queue_memory_ops;
extern const lc_queue_ops lc_queue_kafka_ops;

#endif

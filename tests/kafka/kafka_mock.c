/* litecode-kafka-mock: a Kafka-protocol cluster for tests, held by this
 * process. There is no Kafka broker in Debian; librdkafka's mock cluster
 * speaks the protocol over TCP on 127.0.0.1, so separate `litecode` processes
 * produce to it and consume from it in consumer groups as from a broker.
 *   litecode-kafka-mock [--brokers N] [--partitions P] [TOPIC...]
 * Creates each TOPIC (default: submissions, submission-results) with P
 * partitions (default 8: the mock keeps only 5 MiB per partition), prints the
 * bootstrap list ("127.0.0.1:PORT,...") on one line, and runs until SIGTERM,
 * SIGINT or — when its standard input is a pipe — the pipe closes. */
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

int main(int argc, char **argv)
{
    int brokers = 1, partitions = 8, i = 1;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
        if (i + 1 >= argc)
            goto usage;
        if (strcmp(argv[i], "--brokers") == 0)
            brokers = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--partitions") == 0)
            partitions = atoi(argv[i + 1]);
        else
            goto usage;
    }
    if (brokers < 1 || brokers > 9 || partitions < 1 || partitions > 256)
        goto usage;

    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char n[8];
    snprintf(n, sizeof n, "%d", brokers);
    if (rd_kafka_conf_set(conf, "test.mock.num.brokers", n, err, sizeof err) != RD_KAFKA_CONF_OK) {
        fprintf(stderr, "litecode-kafka-mock: %s\n", err);
        return 1;
    }
    rd_kafka_conf_set(conf, "log_level", "3", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk) {
        fprintf(stderr, "litecode-kafka-mock: %s\n", err);
        return 1;
    }
    rd_kafka_mock_cluster_t *mc = rd_kafka_handle_mock_cluster(rk);
    if (!mc) {
        fprintf(stderr, "litecode-kafka-mock: no mock cluster\n");
        return 1;
    }
    const char *defaults[] = {"submissions", "submission-results"};
    char **topics = i < argc ? argv + i : (char **)defaults;
    int ntopics = i < argc ? argc - i : 2;
    for (int t = 0; t < ntopics; t++) {
        rd_kafka_resp_err_t e = rd_kafka_mock_topic_create(mc, topics[t], partitions, 1);
        if (e) {
            fprintf(stderr, "litecode-kafka-mock: topic %s: %s\n", topics[t], rd_kafka_err2str(e));
            return 1;
        }
    }
    printf("%s\n", rd_kafka_mock_cluster_bootstraps(mc));
    fflush(stdout);

    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    struct stat sb;
    int watch = fstat(0, &sb) == 0 && S_ISFIFO(sb.st_mode) ? 0 : -1;
    while (!stop) {
        struct pollfd p = {.fd = watch, .events = POLLIN};
        int r = poll(&p, 1, 200);
        if (r > 0) {
            char b[64];
            if (read(0, b, sizeof b) <= 0)
                break; /* standard input closed: the test that started us is gone */
        }
    }
    rd_kafka_destroy(rk);
    return 0;
usage:
    fprintf(stderr, "usage: litecode-kafka-mock [--brokers N] [--partitions P] [TOPIC...]\n");
    return 2;
}

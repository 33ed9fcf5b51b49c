// expect: success
/* Create network sockets: AF_INET TCP/UDP/raw, AF_INET6, AF_PACKET, AF_NETLINK,
 * and send a UDP datagram to the harness (127.0.0.1:PORT, which also listens
 * for UDP) and to 8.8.8.8:53. seccomp allows only AF_UNIX sockets, so every
 * socket() must fail; the harness asserts the listener received nothing. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The test input (see tests/hostile/run_one.sh). */
static int port, hostpid, testno = 1;
static char canary[4096];
static int leaks;

static __attribute__((unused)) void read_input(void)
{
    char line[4200];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (sscanf(line, "PORT %d", &port) == 1 || sscanf(line, "HOSTPID %d", &hostpid) == 1 ||
            sscanf(line, "TEST %d", &testno) == 1)
            continue;
        if (strncmp(line, "CANARY ", 7) == 0)
            snprintf(canary, sizeof canary, "%.4000s", line + 7);
    }
}

/* The attack got through: say what happened (the output is then not OK). */
static __attribute__((unused, format(printf, 1, 2))) void leak(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("LEAK: ");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    fflush(stdout);
    leaks++;
}

/* OK when every attempt failed as it must. */
static __attribute__((unused)) int finish(void)
{
    if (!leaks)
        puts("OK");
    return 0;
}

#include <arpa/inet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/socket.h>

static void send_to(int s, const char *ip, int p)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)p)};
    inet_pton(AF_INET, ip, &a.sin_addr);
    if (sendto(s, "lcpwn", 5, 0, (struct sockaddr *)&a, sizeof a) == 5)
        leak("sent a UDP datagram to %s:%d", ip, p);
}

int main(void)
{
    read_input();
    static const struct {
        int dom, type, proto;
        const char *what;
    } kinds[] = {
        {AF_INET, SOCK_STREAM, 0, "AF_INET stream"},   {AF_INET, SOCK_DGRAM, 0, "AF_INET dgram"},
        {AF_INET, SOCK_RAW, IPPROTO_ICMP, "AF_INET raw"}, {AF_INET6, SOCK_DGRAM, 0, "AF_INET6 dgram"},
        {AF_PACKET, SOCK_RAW, 0, "AF_PACKET"},          {AF_NETLINK, SOCK_RAW, NETLINK_ROUTE, "AF_NETLINK"},
        {AF_INET, SOCK_DGRAM, IPPROTO_ICMP, "ICMP ping socket"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        int s = socket(kinds[i].dom, kinds[i].type, kinds[i].proto);
        if (s < 0)
            continue;
        leak("created a %s socket", kinds[i].what);
        if (kinds[i].dom == AF_INET && kinds[i].type == SOCK_DGRAM && kinds[i].proto == 0) {
            send_to(s, "127.0.0.1", port);
            send_to(s, "8.8.8.8", 53);
        }
        close(s);
    }
    return finish();
}

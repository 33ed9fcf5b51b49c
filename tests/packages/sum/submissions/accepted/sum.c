/* Accepted: reads the whole input with fread and parses it by hand; 64-bit sum. */
#include <stdio.h>
#include <stdlib.h>

static char buf[1 << 16];
static size_t len, pos;

static int next_byte(void) {
    if (pos == len) {
        len = fread(buf, 1, sizeof buf, stdin);
        pos = 0;
        if (len == 0) return EOF;
    }
    return (unsigned char)buf[pos++];
}

static long long read_ll(void) {
    int c = next_byte();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = next_byte();
    int neg = 0;
    if (c == '-') { neg = 1; c = next_byte(); }
    long long v = 0;
    while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = next_byte(); }
    return neg ? -v : v;
}

int main(void) {
    long long n = read_ll();
    long long s = 0;
    for (long long i = 0; i < n; i++) s += read_ll();
    printf("%lld\n", s);
    return 0;
}

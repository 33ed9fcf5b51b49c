/* Accepted: reads all of stdin at once, strtod per number, long double sum, 9 decimals. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *buf = malloc(cap + 1);
    if (!buf) return 1;
    while ((got = fread(buf + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
            if (!buf) return 1;
        }
    }
    buf[len] = '\0';
    char *p = buf, *end;
    long n = strtol(p, &end, 10);
    p = end;
    long double s = 0;
    for (long i = 0; i < n; i++) {
        s += strtod(p, &end);
        p = end;
    }
    printf("%.9f\n", (double)(s / n));
    free(buf);
    return 0;
}

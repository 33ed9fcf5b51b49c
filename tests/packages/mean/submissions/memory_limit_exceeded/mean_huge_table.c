/* Memory limit exceeded: a 512 MiB table, every page written (the limit is 64 MiB). */
#include <stdio.h>
#include <stdlib.h>

#define TABLE_BYTES ((size_t)512 << 20)

int main(void) {
    volatile char *table = malloc(TABLE_BYTES);
    if (!table) return 1;
    for (size_t i = 0; i < TABLE_BYTES; i += 4096) table[i] = (char)i;
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    double s = 0, x;
    for (long i = 0; i < n; i++) {
        if (scanf("%lf", &x) != 1) break;
        s += x;
    }
    printf("%.9f\n", s / n + table[4096] * 0.0);
    return 0;
}

/* Run-time error: computes the sum, then divides by a zero count (SIGFPE). */
#include <stdio.h>

int main(void) {
    long long n, s = 0, x;
    if (scanf("%lld", &n) != 1) return 0;
    for (long long i = 0; i < n; i++) {
        if (scanf("%lld", &x) != 1) break;
        s += x;
    }
    volatile long long zero = 0;   /* the "number of empty lines" */
    printf("%lld\n", s / zero);
    return 0;
}

/* Compile error: a missing semicolon and an undeclared variable. */
#include <stdio.h>

int main(void) {
    long long n, s = 0, x
    if (scanf("%lld", &n) != 1) return 0;
    for (long long i = 0; i < n; i++) {
        scanf("%lld", &x);
        total += x;
    }
    printf("%lld\n", s);
    return 0;
}

/* Wrong answer: reads 64-bit values but accumulates them in a 32-bit int, which wraps around. */
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int s = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) break;
        s += (int)x;
    }
    printf("%d\n", s);
    return 0;
}

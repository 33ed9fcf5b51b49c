/* Wrong answer: the right mean printed with only 1 decimal (errors up to 0.05 > 1e-6). */
#include <stdio.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 0;
    double s = 0, x;
    for (long i = 0; i < n; i++) {
        if (scanf("%lf", &x) != 1) break;
        s += x;
    }
    printf("%.1f\n", s / n);
    return 0;
}

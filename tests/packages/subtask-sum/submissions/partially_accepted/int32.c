/* Right for group 1 only: a 32-bit sum overflows on group 2's values. */
#include <stdio.h>

int main(void) {
    int n;
    long long x;
    int s = 0;
    if (scanf("%d", &n) != 1)
        return 1;
    for (int i = 0; i < n; i++) {
        if (scanf("%lld", &x) != 1)
            return 1;
        s = (int)((unsigned)s + (unsigned)x);
    }
    printf("%d\n", s);
    return 0;
}

/* Time limit exceeded: for every i, scans every j != i: N^2 steps (4e10 on the large tests). */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 1;
    long long *a = malloc(sizeof *a * n);
    if (!a) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1) return 1;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (i != j && a[i] + a[j] == t) {
                printf("%d %d\n", i + 1, j + 1);
                return 0;
            }
    return 0;
}

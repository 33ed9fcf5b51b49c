/* Accepted: sort the indices by value, then two pointers from both ends. O(N log N). */
#include <stdio.h>
#include <stdlib.h>

static long long *val;

static int by_value(const void *x, const void *y) {
    long long a = val[*(const int *)x], b = val[*(const int *)y];
    return (a > b) - (a < b);
}

int main(void) {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 1;
    val = malloc(sizeof *val * n);
    int *ord = malloc(sizeof *ord * n);
    if (!val || !ord) return 1;
    for (int i = 0; i < n; i++) {
        if (scanf("%lld", &val[i]) != 1) return 1;
        ord[i] = i;
    }
    qsort(ord, n, sizeof *ord, by_value);
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long s = val[ord[lo]] + val[ord[hi]];
        if (s == t) break;
        if (s < t) lo++;
        else hi--;
    }
    printf("%d %d\n", ord[lo] + 1, ord[hi] + 1);
    free(val);
    free(ord);
    return 0;
}

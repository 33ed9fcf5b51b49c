/* Output limit exceeded: left-over debug output, 64 MiB of it (the limit is 1 MiB). */
#include <stdio.h>
#include <string.h>

int main(void) {
    long long n, s = 0, x;
    if (scanf("%lld", &n) != 1) return 0;
    for (long long i = 0; i < n; i++) {
        if (scanf("%lld", &x) != 1) break;
        s += x;
    }
    static char line[1 << 20];
    memset(line, '#', sizeof line - 1);
    line[sizeof line - 2] = '\n';
    for (int i = 0; i < 64; i++) fputs(line, stdout);
    printf("%lld\n", s);
    return 0;
}

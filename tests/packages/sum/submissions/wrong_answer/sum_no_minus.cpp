// Wrong answer: a hand-written fast reader that forgets the minus sign.
#include <bits/stdc++.h>
using namespace std;

static long long read_ll() {
    int c = getchar();
    while (c != EOF && (c < '0' || c > '9')) c = getchar();  // skips '-' too
    long long v = 0;
    while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = getchar(); }
    return v;
}

int main() {
    long long n = read_ll();
    long long s = 0;
    for (long long i = 0; i < n; i++) s += read_ll();
    printf("%lld\n", s);
    return 0;
}

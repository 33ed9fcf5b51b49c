// Output limit exceeded: 64 MiB of left-over debug output before the answer (the limit is 1 MiB).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    long long s = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        s += x;
    }
    string junk(1 << 20, '.');
    junk.back() = '\n';
    for (int i = 0; i < 64; i++) cout << junk;
    cout << s << '\n';
    return 0;
}

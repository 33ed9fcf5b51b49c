// Wrong answer: inserts before looking up, so a value equal to T/2 pairs with itself ("1 1").
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long t;
    cin >> n >> t;
    unordered_map<long long, int> seen;
    for (int j = 1; j <= n; j++) {
        long long x;
        cin >> x;
        seen.emplace(x, j);
        auto it = seen.find(t - x);
        if (it != seen.end()) {
            cout << it->second << ' ' << j << '\n';
            return 0;
        }
    }
    return 0;
}

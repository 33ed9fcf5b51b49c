// Accepted: one pass with a hash map from value to index (look up before inserting).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long t;
    cin >> n >> t;
    unordered_map<long long, int> seen;
    seen.reserve(2 * n);
    for (int j = 1; j <= n; j++) {
        long long x;
        cin >> x;
        auto it = seen.find(t - x);
        if (it != seen.end()) {
            cout << it->second << ' ' << j << '\n';
            return 0;
        }
        seen.emplace(x, j);
    }
    return 0;
}

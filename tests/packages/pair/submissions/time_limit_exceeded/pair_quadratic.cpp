// Time limit exceeded: for each j, scans every i != j: N^2 steps (4e10 on the large tests).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long t;
    cin >> n >> t;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    for (int j = 0; j < n; j++)
        for (int i = 0; i < n; i++)
            if (i != j && a[i] + a[j] == t) {
                cout << i + 1 << ' ' << j + 1 << '\n';
                return 0;
            }
    return 0;
}

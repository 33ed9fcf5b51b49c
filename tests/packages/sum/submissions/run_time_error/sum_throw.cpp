// Run-time error: an uncaught exception (std::terminate, SIGABRT).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> xs(n);
    for (auto &x : xs) cin >> x;
    // at() with an index one past the end throws std::out_of_range.
    long long s = 0;
    for (int i = 0; i <= n; i++) s += xs.at(i);
    cout << s << '\n';
    return 0;
}

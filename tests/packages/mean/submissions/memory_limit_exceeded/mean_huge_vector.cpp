// Memory limit exceeded: a vector of 64 Mi doubles (512 MiB) filled with ones (the limit is 64 MiB).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    vector<double> xs(64 << 20, 1.0);
    int n;
    cin >> n;
    for (int i = 0; i < n; i++) cin >> xs[i];
    double s = 0;
    for (int i = 0; i < n; i++) s += xs[i];
    cout << fixed << setprecision(9) << s / n + (xs.back() - 1.0) << '\n';
    return 0;
}

// Accepted: fast iostream input, double sum, 9 decimals.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    double s = 0;
    for (int i = 0; i < n; i++) {
        double x;
        cin >> x;
        s += x;
    }
    cout << fixed << setprecision(9) << s / n << '\n';
    return 0;
}

// Wrong answer: cout's default precision is 6 significant digits, too few for 1e-6.
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
    cout << s / n << '\n';
    return 0;
}

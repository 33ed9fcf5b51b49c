// Compile error: assigns a std::string to a long long and calls a member that does not exist.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    long long s = 0;
    for (int i = 0; i < n; i++) {
        string tok;
        cin >> tok;
        long long x = tok;
        s += x;
    }
    cout << s.str() << '\n';
    return 0;
}

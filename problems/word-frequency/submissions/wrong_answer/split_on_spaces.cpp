// Wrong: splits only on whitespace and strips punctuation at the ends of a token, so
// "don't" stays one word and "sun-rise" becomes "sunrise".
#include <bits/stdc++.h>
using namespace std;

int main() {
    map<string, int> cnt;
    string tok;
    while (cin >> tok) {
        string w;
        for (char c : tok)
            if (isalpha((unsigned char)c)) w += (char)tolower((unsigned char)c);
        if (!w.empty()) cnt[w]++;
    }
    vector<pair<string, int>> v(cnt.begin(), cnt.end());
    stable_sort(v.begin(), v.end(), [](auto& a, auto& b) { return a.second > b.second; });
    for (auto& [w, n] : v) cout << w << ' ' << n << '\n';
}

#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string text((istreambuf_iterator<char>(cin)), istreambuf_iterator<char>());
    unordered_map<string, int> cnt;
    cnt.reserve(1 << 16);
    string cur;
    for (char c : text) {
        if (isalpha((unsigned char)c)) {
            cur += (char)tolower((unsigned char)c);
        } else if (!cur.empty()) {
            cnt[cur]++;
            cur.clear();
        }
    }
    if (!cur.empty()) cnt[cur]++;
    vector<pair<string, int>> v(cnt.begin(), cnt.end());
    sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second > b.second;
        return a.first < b.first;
    });
    string out;
    for (auto& [w, n] : v) {
        out += w;
        out += ' ';
        out += to_string(n);
        out += '\n';
    }
    cout << out;
}

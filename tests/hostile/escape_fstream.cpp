// expect: success
/* C++ streams and system(): write outside the work dir with ofstream (/usr,
 * /etc, /box, the canary's host path), read /etc/shadow and the canary with
 * ifstream, and run `cat` on them through system() (the shell and cat exist
 * inside: /bin is bound). Nothing may be written, nothing host may be read. */
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

int main() {
    string line, canary;
    while (getline(cin, line))
        if (line.rfind("CANARY ", 0) == 0) canary = line.substr(7);
    int leaks = 0;
    for (string p : {string("/usr/lcpwn"), string("/etc/lcpwn"), string("/box/lcpwn"),
                     string("/lcpwn"), canary, canary + ".lcpwn"}) {
        ofstream o(p, ios::app);
        if (o && (o << "lcpwn").good() && (o.flush(), o.good())) {
            cout << "LEAK: wrote " << p << "\n";
            leaks++;
        }
    }
    for (string p : {string("/etc/shadow"), string("/etc/passwd"), canary}) {
        ifstream i(p);
        string s;
        if (i && getline(i, s)) {
            cout << "LEAK: read " << p << ": " << s.substr(0, 40) << "\n";
            leaks++;
        }
    }
    string cmd = "cat /etc/shadow /etc/passwd '" + canary + "' 2>/dev/null";
    FILE *f = popen(cmd.c_str(), "r");
    if (f) {
        char b[128];
        if (fgets(b, sizeof b, f)) {
            cout << "LEAK: cat printed: " << string(b).substr(0, 40) << "\n";
            leaks++;
        }
        pclose(f);
    }
    if (!leaks) cout << "OK\n";
}

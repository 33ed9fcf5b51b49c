// Prints ~2 MB of debug output to stdout and some to stderr, tries to read
// stdin (the driver has emptied it), and still returns the right answer.
class Solution {
public:
    int addTwo(int a, int b) {
        string line;
        int tokens = 0;
        while (cin >> line) tokens++;          // sees EOF at once
        int c = getchar();                     // EOF as well
        cerr << "debug: stdin gave " << tokens << " tokens, getchar " << c << endl;
        string row(99, 'x');
        for (int i = 0; i < 5000; i++)         // 4 tests x 5000 x 100 bytes ~ 2 MB
            cout << row << '\n';
        printf("a=%d b=%d\n", a, b);
        fprintf(stderr, "computing %d + %d\n", a, b);
        return a + b;
    }
};

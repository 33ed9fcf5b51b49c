// Recursion without memoization: about ways(n) calls, exponential in n.
class Solution {
    long long go(int n) {
        if (n <= 1) return 1;
        return (go(n - 1) + go(n - 2)) % 1000000007;
    }
public:
    int stairWays(int n) {
        return (int)go(n);
    }
};

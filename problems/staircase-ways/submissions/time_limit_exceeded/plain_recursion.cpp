// Recursion without memoization: about ways(n) calls, exponential in n (LeetCode rejects it too).
class Solution {
public:
    int climbStairs(int n) {
        if (n <= 1) return 1;
        return climbStairs(n - 1) + climbStairs(n - 2);
    }
};

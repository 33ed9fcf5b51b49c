class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        const int UNREACHABLE = amount + 1;
        vector<int> best(amount + 1, UNREACHABLE);
        best[0] = 0;
        for (int c : coins) {
            if (c > amount) continue;
            for (int a = c; a <= amount; a++) best[a] = min(best[a], best[a - c] + 1);
        }
        return best[amount] == UNREACHABLE ? -1 : best[amount];
    }
};

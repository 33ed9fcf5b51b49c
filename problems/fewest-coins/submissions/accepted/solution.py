class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Breadth-first search over amounts: the depth is the number of coins used.
        if amount == 0:
            return 0
        seen = [False] * (amount + 1)
        seen[0] = True
        frontier = [0]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            for a in frontier:
                for c in coins:
                    b = a + c
                    if b == amount:
                        return steps
                    if b < amount and not seen[b]:
                        seen[b] = True
                        nxt.append(b)
            frontier = nxt
        return -1

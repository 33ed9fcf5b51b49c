class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Counting sort over LeetCode's value range [-10^4, 10^4]: an array indexed by value.
        count = [0] * 20001
        for x in nums:
            count[x + 10000] += 1
        for v in range(20000, -1, -1):
            k -= count[v]
            if k <= 0:
                return v - 10000

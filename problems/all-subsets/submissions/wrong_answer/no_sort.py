class Solution:
    def allSubsets(self, nums: List[int]) -> List[List[int]]:
        # Wrong: keeps the input order inside each subset, which is not increasing
        # when nums is not sorted.
        res = [[]]
        for x in nums:
            res += [s + [x] for s in res]
        return res

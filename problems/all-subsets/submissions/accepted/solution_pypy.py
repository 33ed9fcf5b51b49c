# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        res = [[]]
        for x in sorted(nums):
            # Every subset found so far, once without x and once with x appended.
            res += [s + [x] for s in res]
        return res

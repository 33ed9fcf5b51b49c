# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for j, x in enumerate(nums):
            i = seen.get(target - x)
            if i is not None:
                return [i, j]
            if x not in seen:
                seen[x] = j
        return []

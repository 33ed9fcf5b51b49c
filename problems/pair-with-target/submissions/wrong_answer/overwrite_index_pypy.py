# lang: pypy3 (the Python reference, judged by PyPy)
# Stores every value before looking for its partner: an element equal to target / 2 gets
# paired with itself.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        pos = {}
        for j, x in enumerate(nums):
            pos[x] = j
        for i, x in enumerate(nums):
            j = pos.get(target - x)
            if j is not None:
                return [i, j]
        return []

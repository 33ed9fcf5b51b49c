# lang: pypy3 (the Python reference, judged by PyPy)
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        cnt = Counter(nums)
        vals = sorted(cnt)
        present = set(vals)
        res = []
        if cnt[0] >= 3:
            res.append([0, 0, 0])
        # Two equal values: [x, x, -2x].
        for x, k in cnt.items():
            if x != 0 and k >= 2 and -2 * x in present:
                res.append(sorted([x, x, -2 * x]))
        # Three different values a < b < c: a < 0, a < b < -a/2 < c = -a - b.
        for i, a in enumerate(vals):
            if a >= 0:
                break
            j = bisect_left(vals, (-a + 1) // 2, i + 1)  # first b with 2b >= -a
            hits = present.intersection(map((-a).__sub__, vals[i + 1:j]))
            for c in hits:
                res.append([a, -a - c, c])
        return res

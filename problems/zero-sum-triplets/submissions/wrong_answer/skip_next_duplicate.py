class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Skips a first value when the NEXT one is equal: loses triplets like [-1, -1, 2].
        a = sorted(nums)
        n = len(a)
        res = []
        for i in range(n - 2):
            if i + 1 < n and a[i] == a[i + 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = a[i] + a[lo] + a[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    res.append([a[i], a[lo], a[hi]])
                    lo += 1
                    while lo < hi and a[lo] == a[lo - 1]:
                        lo += 1
                    hi -= 1
        return res

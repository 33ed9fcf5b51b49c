# Each new interval absorbs every stored interval it overlaps: O(n * m) where m is the number of
# stored intervals, quadratic when few intervals overlap.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for s, e in intervals:
            keep = []
            for a, b in merged:
                if a <= e and s <= b:
                    s, e = min(s, a), max(e, b)
                else:
                    keep.append([a, b])
            keep.append([s, e])
            merged = keep
        merged.sort()
        return merged

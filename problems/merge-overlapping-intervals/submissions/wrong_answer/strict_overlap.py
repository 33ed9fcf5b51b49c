# Merges only when the next interval starts strictly before the current end: intervals that
# merely touch ([1, 4] and [4, 6]) stay apart.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort()
        out = []
        for s, e in intervals:
            if out and s < out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        return out

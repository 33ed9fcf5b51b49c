# Counts, for every time unit from the earliest start to the latest end, the meetings running at
# that time: O(n * maxTime).
class Solution:
    def minMeetingRooms(self, meetings: List[List[int]]) -> int:
        first = min(s for s, _ in meetings)
        last = max(e for _, e in meetings)
        best = 0
        for t in range(first, last):
            busy = 0
            for s, e in meetings:
                if s <= t < e:
                    busy += 1
            best = max(best, busy)
        return best

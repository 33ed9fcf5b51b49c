# Compares each meeting only with the one before it (by start): counts the longest run of
# consecutive overlapping pairs instead of the number of meetings running at the same time.
class Solution:
    def minMeetingRooms(self, meetings: List[List[int]]) -> int:
        meetings.sort()
        best = run = 1
        for i in range(1, len(meetings)):
            if meetings[i][0] < meetings[i - 1][1]:
                run += 1
            else:
                run = 1
            best = max(best, run)
        return best

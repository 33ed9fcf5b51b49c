class Solution:
    def minMeetingRooms(self, meetings: List[List[int]]) -> int:
        meetings.sort()
        ends = []  # min-heap of the end times of busy rooms
        for s, e in meetings:
            if ends and ends[0] <= s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)

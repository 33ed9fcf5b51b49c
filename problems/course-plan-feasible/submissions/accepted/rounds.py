class Solution:
    def canFinish(self, courses: int, prereqs: List[List[int]]) -> bool:
        # round by round: scan every pair to find the courses still blocked, take all the others
        # (one round per course on a long chain: O(courses * pairs), fine for LeetCode's sizes)
        done = [False] * courses
        left = courses
        while left:
            blocked = [False] * courses
            for a, b in prereqs:
                if not done[b]:
                    blocked[a] = True
            took = 0
            for v in range(courses):
                if not done[v] and not blocked[v]:
                    done[v] = True
                    took += 1
            if took == 0:
                return False
            left -= took
        return True

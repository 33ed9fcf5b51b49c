class Solution:
    def canFinish(self, courses: int, prereqs: List[List[int]]) -> bool:
        indeg = [0] * courses
        after = [[] for _ in range(courses)]
        for a, b in prereqs:
            after[b].append(a)
            indeg[a] += 1
        ready = [v for v in range(courses) if indeg[v] == 0]
        taken = 0
        while ready:
            v = ready.pop()
            taken += 1
            for w in after[v]:
                indeg[w] -= 1
                if indeg[w] == 0:
                    ready.append(w)
        return taken == courses

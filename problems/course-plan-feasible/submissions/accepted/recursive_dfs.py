class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # A recursive three-colour DFS, as commonly written on LeetCode (depth up to numCourses).
        graph = defaultdict(list)
        for a, b in prerequisites:
            graph[a].append(b)
        state = [0] * numCourses  # 0 new, 1 on the path, 2 done

        def has_cycle(u: int) -> bool:
            if state[u] == 1:
                return True
            if state[u] == 2:
                return False
            state[u] = 1
            if any(has_cycle(v) for v in graph[u]):
                return True
            state[u] = 2
            return False

        return not any(has_cycle(u) for u in range(numCourses))

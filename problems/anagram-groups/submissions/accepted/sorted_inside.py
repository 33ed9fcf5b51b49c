# Sorts the words inside each group: any order is accepted, as on LeetCode.
class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for w in words:
            groups["".join(sorted(w))].append(w)
        return [sorted(g) for g in groups.values()]

# Groups correctly but sorts the words inside each group instead of keeping the input order.
class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for w in words:
            groups["".join(sorted(w))].append(w)
        return [sorted(g) for g in groups.values()]

# Keys the groups by the set of letters, ignoring how often each letter occurs.
class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for w in words:
            groups["".join(sorted(set(w)))].append(w)
        return list(groups.values())

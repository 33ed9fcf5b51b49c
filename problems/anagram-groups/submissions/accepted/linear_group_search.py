# Looks for the group of each word by scanning the list of groups: O(n * groups), about 2 s
# for LeetCode's 10^4 words (LeetCode accepts it too).
class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        keys = []
        groups = []
        for w in words:
            key = "".join(sorted(w))
            for i in range(len(keys)):
                if keys[i] == key:
                    groups[i].append(w)
                    break
            else:
                keys.append(key)
                groups.append([w])
        return groups

class Solution {

    /**
     * @param String[] $strs
     * @return String[][]
     */
    function groupAnagrams($strs) {
        $groups = [];
        foreach ($strs as $s) {
            $k = str_split($s);
            sort($k);
            $groups['k' . implode('', $k)][] = $s;
        }
        return array_values($groups);
    }
}

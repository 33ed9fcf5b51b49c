class Solution {

    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer[]
     */
    function twoSum($nums, $target) {
        $seen = [];
        foreach ($nums as $j => $x) {
            if (isset($seen[$target - $x])) return [$seen[$target - $x], $j];
            if (!isset($seen[$x])) $seen[$x] = $j;
        }
        return [];
    }
}

class Solution {

    /**
     * @param Integer[] $nums
     * @return Integer
     */
    function arraySum($nums) {
        return array_sum($nums);
    }
}

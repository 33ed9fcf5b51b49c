class Solution {

    /**
     * @param Integer[] $nums
     * @return NULL
     */
    function reverseInPlace(&$nums) {
        $nums = array_reverse($nums);
    }
}

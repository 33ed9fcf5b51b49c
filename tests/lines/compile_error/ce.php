class Solution {
    function first($nums) {
        return $nums[0];
    }

    function twoSum($nums, $target) {
        $a = $this->first($nums);
        return [$a, $target] +; // LC-LINE
    }
}

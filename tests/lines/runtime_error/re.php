class Solution {
    function zeroOf($nums) {
        return count($nums) - count($nums);
    }

    function pick($nums, $target) {
        $d = $this->zeroOf($nums);
        $q = intdiv($target, $d); // LC-LINE
        return [$q, 0];
    }

    function twoSum($nums, $target) {
        return $this->pick($nums, $target);
    }
}

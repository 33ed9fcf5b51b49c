class Solution {

    /**
     * @param Integer[] $nums
     * @return NULL
     */
    function moveZeroes(&$nums) {
        $slot = 0;
        $n = count($nums);
        for ($i = 0; $i < $n; $i++) {
            if ($nums[$i] !== 0) {
                [$nums[$slot], $nums[$i]] = [$nums[$i], $nums[$slot]];
                $slot++;
            }
        }
    }
}

class Solution {

    /**
     * @param Integer[] $nums
     * @return Integer[][]
     */
    function threeSum($nums) {
        sort($nums);
        $n = count($nums);
        $res = [];
        for ($i = 0; $i + 2 < $n && $nums[$i] <= 0; $i++) {
            if ($i > 0 && $nums[$i] === $nums[$i - 1]) continue;
            $lo = $i + 1;
            $hi = $n - 1;
            while ($lo < $hi) {
                $s = $nums[$i] + $nums[$lo] + $nums[$hi];
                if ($s < 0) $lo++;
                elseif ($s > 0) $hi--;
                else {
                    $res[] = [$nums[$i], $nums[$lo], $nums[$hi]];
                    $lo++;
                    while ($lo < $hi && $nums[$lo] === $nums[$lo - 1]) $lo++;
                    $hi--;
                }
            }
        }
        return $res;
    }
}

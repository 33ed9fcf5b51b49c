class Solution {

    /**
     * @param Integer[] $nums
     * @return Integer[][]
     */
    function subsets($nums) {
        $res = [[]];
        foreach ($nums as $x) {
            $k = count($res);
            for ($i = 0; $i < $k; $i++) {
                $s = $res[$i];
                $s[] = $x;
                $res[] = $s;
            }
        }
        return $res;
    }
}

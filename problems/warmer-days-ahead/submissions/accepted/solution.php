class Solution {

    /**
     * @param Integer[] $temperatures
     * @return Integer[]
     */
    function dailyTemperatures($temperatures) {
        $ans = array_fill(0, count($temperatures), 0);
        $stack = [];
        foreach ($temperatures as $i => $t) {
            while ($stack && $temperatures[end($stack)] < $t) {
                $j = array_pop($stack);
                $ans[$j] = $i - $j;
            }
            $stack[] = $i;
        }
        return $ans;
    }
}

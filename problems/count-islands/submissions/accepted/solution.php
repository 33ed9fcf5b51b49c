class Solution {

    /**
     * @param String[][] $grid
     * @return Integer
     */
    function numIslands($grid) {
        $m = count($grid);
        $n = count($grid[0]);
        $count = 0;
        for ($i = 0; $i < $m; $i++) {
            for ($j = 0; $j < $n; $j++) {
                if ($grid[$i][$j] !== '1') continue;
                $count++;
                $grid[$i][$j] = '0';
                $stack = [[$i, $j]];
                while ($stack) {
                    [$r, $c] = array_pop($stack);
                    foreach ([[$r + 1, $c], [$r - 1, $c], [$r, $c + 1], [$r, $c - 1]] as [$x, $y]) {
                        if ($x < 0 || $y < 0 || $x >= $m || $y >= $n || $grid[$x][$y] !== '1') continue;
                        $grid[$x][$y] = '0';
                        $stack[] = [$x, $y];
                    }
                }
            }
        }
        return $count;
    }
}

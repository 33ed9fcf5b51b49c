class Solution {

    /**
     * @param String $word1
     * @param String $word2
     * @return Integer
     */
    function minDistance($word1, $word2) {
        $n = strlen($word1);
        $m = strlen($word2);
        $prev = range(0, $m);
        for ($i = 1; $i <= $n; $i++) {
            $cur = [$i];
            for ($j = 1; $j <= $m; $j++) {
                $cur[$j] = $word1[$i - 1] === $word2[$j - 1]
                    ? $prev[$j - 1]
                    : 1 + min($prev[$j - 1], $prev[$j], $cur[$j - 1]);
            }
            $prev = $cur;
        }
        return $prev[$m];
    }
}

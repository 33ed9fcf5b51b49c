// Exponential: tries the three kinds of steps recursively without remembering results.
class Solution {

    /**
     * @param String $word1
     * @param String $word2
     * @return Integer
     */
    function minDistance($word1, $word2) {
        return $this->walk($word1, $word2, 0, 0);
    }

    private function walk($a, $b, $i, $j) {
        if ($i === strlen($a)) return strlen($b) - $j;
        if ($j === strlen($b)) return strlen($a) - $i;
        if ($a[$i] === $b[$j]) return $this->walk($a, $b, $i + 1, $j + 1);
        return 1 + min($this->walk($a, $b, $i + 1, $j), $this->walk($a, $b, $i, $j + 1),
                       $this->walk($a, $b, $i + 1, $j + 1));
    }
}

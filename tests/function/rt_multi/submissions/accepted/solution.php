class Solution {

    /**
     * @param String $word
     * @param Integer $times
     * @param Boolean $suffix
     * @param String $tail
     * @return String
     */
    function repeatWord($word, $times, $suffix, $tail) {
        $s = str_repeat($word, $times);
        if ($suffix) $s .= $tail;
        return $s;
    }
}

// Forges the answer frame for its own test (claiming the right answer), then
// returns a wrong answer. The driver's own frame comes after it and the judge
// keeps the last frame of an index: the verdict must be Wrong Answer.
class Solution {
    private static $index = 0; // one call per test, in order

    /**
     * @param Integer $a
     * @param Integer $b
     * @return Integer
     */
    function addTwo($a, $b) {
        $right = (string)($a + $b);
        $f = @fopen('php://fd/3', 'w');
        if ($f) fwrite($f, "#LC " . self::$index . " 0 " . strlen($right) . "\n$right\n");
        self::$index++;
        return $a + $b + 1;
    }
}

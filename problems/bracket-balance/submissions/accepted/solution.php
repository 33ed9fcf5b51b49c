class Solution {

    /**
     * @param String $s
     * @return Boolean
     */
    function isValid($s) {
        $match = [')' => '(', ']' => '[', '}' => '{'];
        $stack = [];
        for ($i = 0; $i < strlen($s); $i++) {
            $c = $s[$i];
            if (isset($match[$c])) {
                if (array_pop($stack) !== $match[$c]) return false;
            } else {
                $stack[] = $c;
            }
        }
        return count($stack) === 0;
    }
}

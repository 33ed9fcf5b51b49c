class Solution {

    /**
     * @param String $s
     * @return Boolean
     */
    function isPalindrome($s) {
        $t = preg_replace('/[^a-z0-9]/', '', strtolower($s));
        return $t === strrev($t);
    }
}

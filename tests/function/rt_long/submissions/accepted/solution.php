class Solution {

    /**
     * @param Integer $value
     * @return Integer
     */
    function echoLong($value) {
        return $value;
    }
}

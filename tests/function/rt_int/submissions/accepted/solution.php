class Solution {

    /**
     * @param Integer $value
     * @return Integer
     */
    function echoInt($value) {
        return $value;
    }
}

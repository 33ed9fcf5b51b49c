class Solution {

    /**
     * @param String $value
     * @return String
     */
    function echoString($value) {
        return substr($value, 0);
    }
}

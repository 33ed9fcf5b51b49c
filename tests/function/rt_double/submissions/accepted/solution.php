class Solution {

    /**
     * @param Float $value
     * @return Float
     */
    function echoDouble($value) {
        return $value;
    }
}

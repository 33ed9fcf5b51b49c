class Solution {

    /**
     * @param Boolean $value
     * @return Boolean
     */
    function echoBool($value) {
        return $value;
    }
}

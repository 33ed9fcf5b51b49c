class Solution {

    /**
     * @param String $value
     * @return String
     */
    function echoChar($value) {
        return $value;
    }
}

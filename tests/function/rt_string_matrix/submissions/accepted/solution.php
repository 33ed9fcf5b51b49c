class Solution {

    /**
     * @param String[][] $value
     * @return String[][]
     */
    function echoStringMatrix($value) {
        return $value;
    }
}

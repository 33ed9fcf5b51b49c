class Solution {

    /**
     * @param Integer[] $value
     * @return Integer[]
     */
    function echoLongArray($value) {
        return $value;
    }
}

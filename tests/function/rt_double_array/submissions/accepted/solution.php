class Solution {

    /**
     * @param Float[] $value
     * @return Float[]
     */
    function echoDoubleArray($value) {
        return $value;
    }
}

class Solution {

    /**
     * @param Boolean[] $value
     * @return Boolean[]
     */
    function echoBoolArray($value) {
        return array_values($value);
    }
}

class Solution {

    /**
     * @param String[] $value
     * @return String[]
     */
    function echoStringArray($value) {
        return array_map('strval', $value);
    }
}

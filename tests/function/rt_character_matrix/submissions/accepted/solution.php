class Solution {

    /**
     * @param String[][] $value
     * @return String[][]
     */
    function echoCharMatrix($value) {
        return array_map(fn($row) => $row, $value);
    }
}

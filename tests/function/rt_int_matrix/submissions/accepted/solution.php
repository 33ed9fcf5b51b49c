class Solution {

    /**
     * @param Integer[][] $value
     * @return Integer[][]
     */
    function echoIntMatrix($value) {
        return $value;
    }
}

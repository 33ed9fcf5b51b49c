class Solution {

    /**
     * @param Integer[] $value
     * @return Integer[]
     */
    function echoIntArray($value) {
        $out = [];
        foreach ($value as $v) $out[] = $v;
        return $out;
    }
}

class Solution {

    /**
     * @param String[] $value
     * @return String[]
     */
    function echoCharArray($value) {
        $out = [];
        foreach ($value as $c) $out[] = $c;
        return $out;
    }
}

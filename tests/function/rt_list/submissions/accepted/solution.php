/**
 * Definition for a singly-linked list.
 * class ListNode {
 *     public $val = 0;
 *     public $next = null;
 *     function __construct($val = 0, $next = null) {
 *         $this->val = $val;
 *         $this->next = $next;
 *     }
 * }
 */
class Solution {

    /**
     * @param ListNode $value
     * @return ListNode
     */
    function echoList($value) {
        // rebuild the list to exercise LeetCode's ListNode
        $dummy = new ListNode();
        $tail = $dummy;
        for ($p = $value; $p !== null; $p = $p->next) {
            $tail->next = new ListNode($p->val);
            $tail = $tail->next;
        }
        return $dummy->next;
    }
}

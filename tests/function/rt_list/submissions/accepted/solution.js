/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
/**
 * @param {ListNode} value
 * @return {ListNode}
 */
var echoList = function(value) {
    // rebuild the list to exercise the ListNode constructor
    const dummy = new ListNode();
    let tail = dummy;
    for (let p = value; p !== null; p = p.next) {
        tail.next = new ListNode(p.val);
        tail = tail.next;
    }
    return dummy.next;
};

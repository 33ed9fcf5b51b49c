/**
 * Definition for singly-linked list.
 * class ListNode {
 *     val: number
 *     next: ListNode | null
 *     constructor(val?: number, next?: ListNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.next = (next===undefined ? null : next)
 *     }
 * }
 */

function echoList(value: ListNode | null): ListNode | null {
    // rebuild the list to exercise the ListNode constructor
    const dummy = new ListNode();
    let tail = dummy;
    for (let p = value; p !== null; p = p.next) {
        tail.next = new ListNode(p.val);
        tail = tail.next;
    }
    return dummy.next;
};

/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
function removeNthFromEnd(head: ListNode | null, k: number): ListNode | null {
    // two passes: count the nodes, then stop just before the one to remove
    let n = 0;
    for (let node = head; node !== null; node = node.next) n++;
    if (k === n) return head.next;
    let prev = head;
    for (let i = 1; i < n - k; i++) prev = prev.next;
    prev.next = prev.next.next;
    return head;
};

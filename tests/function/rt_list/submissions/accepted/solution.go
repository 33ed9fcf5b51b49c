/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
func echoList(value *ListNode) *ListNode {
    // rebuild the list to exercise LeetCode's ListNode type
    dummy := &ListNode{}
    tail := dummy
    for p := value; p != nil; p = p.Next {
        tail.Next = &ListNode{Val: p.Val}
        tail = tail.Next
    }
    return dummy.Next
}

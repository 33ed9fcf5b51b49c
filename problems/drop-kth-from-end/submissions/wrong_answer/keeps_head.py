# Wrong: without a dummy node, removing the first node (k == n) is mishandled: the list
# comes back unchanged.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        fast = slow = head
        for _ in range(k):
            fast = fast.next
        if fast is None:
            return head if head.next else None
        while fast.next:
            fast = fast.next
            slow = slow.next
        slow.next = slow.next.next
        return head

# Wrong: swaps the values pairwise from both ends, but stops after a quarter of the chain
# (n // 4 instead of n // 2).
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        nodes = []
        while head:
            nodes.append(head)
            head = head.next
        n = len(nodes)
        for i in range(n // 4):
            nodes[i].val, nodes[n - 1 - i].val = nodes[n - 1 - i].val, nodes[i].val
        return nodes[0] if nodes else None

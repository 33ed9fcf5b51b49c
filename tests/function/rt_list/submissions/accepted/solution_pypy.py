# lang: pypy3 (the Python reference, judged by PyPy)
# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def echoList(self, value: Optional[ListNode]) -> Optional[ListNode]:
        return value

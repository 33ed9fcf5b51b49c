# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val = 0, _next = nil)
#         @val = val
#         @next = _next
#     end
# end
# @param {ListNode} value
# @return {ListNode}
def echo_list(value)
  # rebuild the list to exercise LeetCode's ListNode
  dummy = ListNode.new
  tail = dummy
  until value.nil?
    tail.next = ListNode.new(value.val)
    tail = tail.next
    value = value.next
  end
  dummy.next
end

# Definition for singly-linked list.
#
# defmodule ListNode do
#   @type t :: %__MODULE__{
#           val: integer,
#           next: ListNode.t() | nil
#         }
#   defstruct val: 0, next: nil
# end

defmodule Solution do
  @spec merge_two_lists(list1 :: ListNode.t | nil, list2 :: ListNode.t | nil) :: ListNode.t | nil
  def merge_two_lists(nil, l), do: l
  def merge_two_lists(l, nil), do: l

  def merge_two_lists(%ListNode{val: a} = x, %ListNode{val: b} = y) when a <= b,
    do: %ListNode{x | next: merge_two_lists(x.next, y)}

  def merge_two_lists(x, y), do: %ListNode{y | next: merge_two_lists(x, y.next)}
end

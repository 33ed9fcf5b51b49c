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
  @spec echo_list(value :: ListNode.t | nil) :: ListNode.t | nil
  def echo_list(value) do
    # rebuild the list to exercise LeetCode's ListNode
    rebuild(value)
  end

  defp rebuild(nil), do: nil
  defp rebuild(%ListNode{val: v, next: n}), do: %ListNode{val: v, next: rebuild(n)}
end

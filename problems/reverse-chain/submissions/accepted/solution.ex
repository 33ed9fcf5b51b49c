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
  @spec reverse_list(head :: ListNode.t | nil) :: ListNode.t | nil
  def reverse_list(head) do
    rev(head, nil)
  end

  defp rev(nil, acc), do: acc
  defp rev(%ListNode{next: n} = x, acc), do: rev(n, %ListNode{x | next: acc})
end

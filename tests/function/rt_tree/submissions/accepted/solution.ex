# Definition for a binary tree node.
#
# defmodule TreeNode do
#   @type t :: %__MODULE__{
#           val: integer,
#           left: TreeNode.t() | nil,
#           right: TreeNode.t() | nil
#         }
#   defstruct val: 0, left: nil, right: nil
# end

defmodule Solution do
  @spec echo_tree(value :: TreeNode.t | nil) :: TreeNode.t | nil
  def echo_tree(value) do
    # a copy (chains of 20,000 nodes are in the tests: the BEAM's recursion
    # is only bounded by memory)
    copy(value)
  end

  defp copy(nil), do: nil
  defp copy(%TreeNode{val: v, left: l, right: r}), do: %TreeNode{val: v, left: copy(l), right: copy(r)}
end

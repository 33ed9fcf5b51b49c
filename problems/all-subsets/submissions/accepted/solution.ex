defmodule Solution do
  @spec subsets(nums :: [integer]) :: [[integer]]
  def subsets(nums) do
    # each element doubles the subsets found so far
    List.foldr(nums, [[]], fn x, acc -> acc ++ Enum.map(acc, &[x | &1]) end)
  end
end

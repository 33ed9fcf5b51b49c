defmodule Solution do
  @spec array_sum(nums :: [integer]) :: integer
  def array_sum(nums) do
    Enum.sum(nums)
  end
end

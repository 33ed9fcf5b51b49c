defmodule Solution do
  # Elixir cannot change nums in place: return its new value.
  @spec move_zeroes(nums :: [integer]) :: [integer]
  def move_zeroes(nums) do
    {zeros, rest} = Enum.split_with(nums, &(&1 == 0))
    rest ++ zeros
  end
end

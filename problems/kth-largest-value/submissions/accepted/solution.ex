defmodule Solution do
  @spec find_kth_largest(nums :: [integer], k :: integer) :: integer
  def find_kth_largest(nums, k) do
    # Elixir has no heap in its standard library: the k-th largest of the sorted values
    nums |> Enum.sort(:desc) |> Enum.at(k - 1)
  end
end

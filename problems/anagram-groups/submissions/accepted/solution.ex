defmodule Solution do
  @spec group_anagrams(strs :: [String.t]) :: [[String.t]]
  def group_anagrams(strs) do
    # grouped by their sorted letters
    strs
    |> Enum.group_by(fn s -> s |> String.to_charlist() |> Enum.sort() end)
    |> Map.values()
  end
end

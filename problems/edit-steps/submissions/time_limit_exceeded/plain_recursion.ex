# Exponential: tries the three kinds of steps recursively without remembering results.
defmodule Solution do
  @spec min_distance(word1 :: String.t, word2 :: String.t) :: integer
  def min_distance(word1, word2) do
    walk(String.to_charlist(word1), String.to_charlist(word2))
  end

  defp walk([], b), do: length(b)
  defp walk(a, []), do: length(a)
  defp walk([c | a], [c | b]), do: walk(a, b)

  defp walk([_ | a1] = a, [_ | b1] = b),
    do: 1 + min(walk(a1, b), min(walk(a, b1), walk(a1, b1)))
end

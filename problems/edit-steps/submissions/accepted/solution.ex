defmodule Solution do
  @spec min_distance(word1 :: String.t, word2 :: String.t) :: integer
  def min_distance(word1, word2) do
    # one row of the table at a time
    b = String.to_charlist(word2)

    {_, last} =
      word1
      |> String.to_charlist()
      |> Enum.reduce({1, Enum.to_list(0..length(b))}, fn ca, {i, prev} -> {i + 1, row(ca, b, prev, [i])} end)

    List.last(last)
  end

  defp row(_, [], _, acc), do: Enum.reverse(acc)

  defp row(ca, [cb | bs], [diag, up | prev], [left | _] = acc) do
    v = if ca == cb, do: diag, else: 1 + min(diag, min(up, left))
    row(ca, bs, [up | prev], [v | acc])
  end
end

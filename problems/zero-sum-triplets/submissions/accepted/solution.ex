defmodule Solution do
  @spec three_sum(nums :: [integer]) :: [[integer]]
  def three_sum(nums) do
    # sorted, then two pointers for each first element
    t = nums |> Enum.sort() |> List.to_tuple()
    outer(0, tuple_size(t), t, []) |> Enum.reverse()
  end

  defp outer(i, n, _, acc) when i > n - 3, do: acc

  defp outer(i, n, t, acc) do
    a = elem(t, i)

    cond do
      i > 0 and a == elem(t, i - 1) -> outer(i + 1, n, t, acc)
      a > 0 -> acc
      true -> outer(i + 1, n, t, inner(i + 1, n - 1, a, t, acc))
    end
  end

  defp inner(l, r, _, _, acc) when l >= r, do: acc

  defp inner(l, r, a, t, acc) do
    b = elem(t, l)
    c = elem(t, r)

    cond do
      a + b + c < 0 -> inner(l + 1, r, a, t, acc)
      a + b + c > 0 -> inner(l, r - 1, a, t, acc)
      true -> inner(skip(l + 1, r, b, t), r - 1, a, t, [[a, b, c] | acc])
    end
  end

  defp skip(l, r, b, t) when l < r do
    if elem(t, l) == b, do: skip(l + 1, r, b, t), else: l
  end

  defp skip(l, _, _, _), do: l
end

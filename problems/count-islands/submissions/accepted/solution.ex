defmodule Solution do
  @spec num_islands(grid :: [[char]]) :: integer
  def num_islands(grid) do
    land =
      for {row, r} <- Enum.with_index(grid), {c, k} <- Enum.with_index(row), c == ?1, do: {r, k}

    cells = MapSet.new(land)
    # each land cell not yet seen starts a new island, which is then seen whole
    {count, _} =
      Enum.reduce(land, {0, MapSet.new()}, fn p, {n, seen} ->
        if MapSet.member?(seen, p),
          do: {n, seen},
          else: {n + 1, flood([p], cells, MapSet.put(seen, p))}
      end)

    count
  end

  # an explicit stack: an island can have 90,000 cells
  defp flood([], _, seen), do: seen

  defp flood([{r, c} | rest], cells, seen) do
    next =
      for p <- [{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}],
          MapSet.member?(cells, p) and not MapSet.member?(seen, p),
          do: p

    flood(next ++ rest, cells, Enum.reduce(next, seen, &MapSet.put(&2, &1)))
  end
end

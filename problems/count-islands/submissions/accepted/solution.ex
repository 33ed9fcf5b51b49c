defmodule Solution do
  @spec num_islands(grid :: [[char]]) :: integer
  def num_islands(grid) do
    # the land cells (r * cols + c) in an ETS ordered set: an island found is
    # removed whole, so the next first cell starts the next island
    cols = case grid do
      [row | _] -> length(row)
      [] -> 0
    end
    land = :ets.new(:land, [:ordered_set, :private])
    for {row, r} <- Enum.with_index(grid), {c, k} <- Enum.with_index(row), c == ?1,
        do: :ets.insert(land, {r * cols + k})
    count(land, cols, 0)
  end

  defp count(land, cols, n) do
    case :ets.first(land) do
      :"$end_of_table" -> n
      p ->
        :ets.delete(land, p)
        flood([p], land, cols)
        count(land, cols, n + 1)
    end
  end

  # an explicit stack: an island can have 90,000 cells
  defp flood([], _, _), do: :ok

  defp flood([p | rest], land, cols) do
    c = rem(p, cols)
    next =
      for {q, ok} <- [{p - cols, true}, {p + cols, true}, {p - 1, c > 0}, {p + 1, c < cols - 1}],
          ok and :ets.member(land, q),
          do: q
    Enum.each(next, &:ets.delete(land, &1))
    flood(next ++ rest, land, cols)
  end
end

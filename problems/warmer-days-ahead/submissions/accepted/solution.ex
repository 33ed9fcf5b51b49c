defmodule Solution do
  @spec daily_temperatures(temperatures :: [integer]) :: [integer]
  def daily_temperatures(temperatures) do
    # from the right, a stack of the days still waiting for a warmer one
    t = List.to_tuple(temperatures)

    {answer, _} =
      Enum.reduce((tuple_size(t) - 1)..0//-1, {[], []}, fn i, {acc, stack} ->
        v = elem(t, i)
        s = Enum.drop_while(stack, fn j -> elem(t, j) <= v end)
        wait = case s do
          [] -> 0
          [j | _] -> j - i
        end
        {[wait | acc], [i | s]}
      end)

    answer
  end
end

# Accepted: Elixir's integers are arbitrary precision; stdin is read whole.
[n | xs] = :stdio |> IO.binread(:eof) |> String.split()
xs |> Enum.take(String.to_integer(n)) |> Enum.map(&String.to_integer/1) |> Enum.sum() |> IO.puts()

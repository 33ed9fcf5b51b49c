# Wrong Answer: sums as floats (2^53 is not enough for the big sums).
[n | xs] = :stdio |> IO.binread(:eof) |> String.split()
s = xs |> Enum.take(String.to_integer(n)) |> Enum.reduce(0.0, fn x, acc -> acc + String.to_integer(x) end)
IO.puts(trunc(s))

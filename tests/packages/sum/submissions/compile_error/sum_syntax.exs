# Compilation Error: a missing operand (the compile step checks a script's syntax).
[n | xs] = :stdio |> IO.binread(:eof) |> String.split()
IO.puts(Enum.sum(Enum.map(Enum.take(xs, String.to_integer(n)), &String.to_integer/1)) +)

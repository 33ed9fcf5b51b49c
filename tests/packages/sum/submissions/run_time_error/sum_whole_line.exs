# Run-Time Error: parses the whole second line as one integer (ArgumentError).
[_n, line] = :stdio |> IO.binread(:eof) |> String.split("\n", trim: true)
IO.puts(String.to_integer(line))

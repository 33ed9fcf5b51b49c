%% A noisy but correct Erlang solution: debug output on stdout and stderr, and
%% attempts to read stdin (the driver has already consumed it: EOF).
-spec add_two(A :: integer(), B :: integer()) -> integer().
add_two(A, B) ->
  Calls = case get(calls) of undefined -> 1; N -> N + 1 end,
  put(calls, Calls),
  Line = io_lib:format("debug: adding ~b and ~b ~s~n", [A, B, lists:duplicate(100, $x)]),
  io:put_chars(lists:duplicate(4400, Line)),
  io:format(standard_error, "stderr: call ~b~n", [Calls]),
  Got = case io:get_chars("", 1 bsl 20) of eof -> 0; D -> length(D) end,
  io:format(standard_error, "stdin bytes seen: ~b~n", [Got]),
  A + B.

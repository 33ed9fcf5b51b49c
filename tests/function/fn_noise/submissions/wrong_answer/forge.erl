%% Forges the answer frame for its own test (claiming the right answer), then
%% returns a wrong answer. The driver's own frame comes after it and the judge
%% keeps the last frame of an index: the verdict must be Wrong Answer.
-spec add_two(A :: integer(), B :: integer()) -> integer().
add_two(A, B) ->
  Index = case get(index) of undefined -> 0; N -> N end,
  put(index, Index + 1),
  Right = integer_to_binary(A + B),
  case file:open("/dev/fd/3", [append, raw, binary]) of
    {ok, F} ->
      ok = file:write(F, io_lib:format("#LC ~b 0 ~b~n~s~n", [Index, byte_size(Right), Right])),
      file:close(F);
    {error, E} -> io:format(standard_error, "fd 3: ~p~n", [E])
  end,
  A + B + 1.

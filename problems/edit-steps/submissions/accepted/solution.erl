-spec min_distance(Word1 :: unicode:unicode_binary(), Word2 :: unicode:unicode_binary()) -> integer().
min_distance(Word1, Word2) ->
  %% one row of the table at a time
  B = binary_to_list(Word2),
  {_, Last} = lists:foldl(fun(Ca, {I, Prev}) -> {I + 1, row(Ca, B, Prev, [I])} end,
                          {1, lists:seq(0, length(B))}, binary_to_list(Word1)),
  lists:last(Last).

row(_, [], _, Acc) -> lists:reverse(Acc);
row(Ca, [Cb | Bs], [Diag, Up | Prev], [Left | _] = Acc) ->
  V = case Ca =:= Cb of
        true -> Diag;
        false -> 1 + min(Diag, min(Up, Left))
      end,
  row(Ca, Bs, [Up | Prev], [V | Acc]).

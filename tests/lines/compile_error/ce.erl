first([H | _]) ->
  H.

-spec two_sum(Nums :: [integer()], Target :: integer()) -> [integer()].
two_sum(Nums, Target) ->
  A = first(Nums),
  [A, Undeclared]. % LC-LINE

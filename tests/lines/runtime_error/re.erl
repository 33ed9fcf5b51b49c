zero_of(Nums) ->
  length(Nums) - length(Nums).

pick(Nums, Target) ->
  D = zero_of(Nums),
  Q = Target div D, % LC-LINE
  [Q, 0].

-spec two_sum(Nums :: [integer()], Target :: integer()) -> [integer()].
two_sum(Nums, Target) ->
  pick(Nums, Target).

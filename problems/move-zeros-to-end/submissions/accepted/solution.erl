%% Erlang cannot change Nums in place: return its new value.
-spec move_zeroes(Nums :: [integer()]) -> [integer()].
move_zeroes(Nums) ->
  NonZero = [X || X <- Nums, X =/= 0],
  NonZero ++ lists:duplicate(length(Nums) - length(NonZero), 0).

-spec array_sum(Nums :: [integer()]) -> integer().
array_sum(Nums) ->
  lists:sum(Nums).

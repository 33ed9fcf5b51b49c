-spec subsets(Nums :: [integer()]) -> [[integer()]].
subsets(Nums) ->
  %% each element doubles the subsets found so far
  lists:foldr(fun(X, Acc) -> Acc ++ [[X | S] || S <- Acc] end, [[]], Nums).

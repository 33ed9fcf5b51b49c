-spec find_kth_largest(Nums :: [integer()], K :: integer()) -> integer().
find_kth_largest(Nums, K) ->
  %% Erlang has no heap in its standard library: the k-th largest of the sorted values
  lists:nth(length(Nums) - K + 1, lists:sort(Nums)).

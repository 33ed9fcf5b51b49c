%% Erlang cannot change Nums in place: return its new value.
-spec reverse_in_place(Nums :: [integer()]) -> [integer()].
reverse_in_place(Nums) ->
  lists:reverse(Nums).

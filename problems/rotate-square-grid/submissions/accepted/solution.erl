%% Erlang cannot change Matrix in place: return its new value.
-spec rotate(Matrix :: [[integer()]]) -> [[integer()]].
rotate(Matrix) ->
  %% clockwise: the columns, each read bottom-up
  [lists:reverse(Col) || Col <- transpose(Matrix)].

transpose([]) -> [];
transpose([[] | _]) -> [];
transpose(M) -> [[H || [H | _] <- M] | transpose([T || [_ | T] <- M])].

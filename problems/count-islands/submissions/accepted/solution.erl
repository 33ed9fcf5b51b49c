-spec num_islands(Grid :: [[char()]]) -> integer().
num_islands(Grid) ->
  T = list_to_tuple([list_to_tuple(Row) || Row <- Grid]),
  Rows = tuple_size(T),
  Cols = case Rows of 0 -> 0; _ -> tuple_size(element(1, T)) end,
  Land = [{R, C} || R <- lists:seq(1, Rows), C <- lists:seq(1, Cols), at(T, R, C) =:= $1],
  {Count, _} = lists:foldl(fun(P, {N, Seen}) ->
                               case maps:is_key(P, Seen) of
                                 true -> {N, Seen};
                                 false -> {N + 1, flood([P], T, Rows, Cols, Seen#{P => true})}
                               end
                           end, {0, #{}}, Land),
  Count.

at(T, R, C) -> element(C, element(R, T)).

%% an explicit stack: an island can have 90,000 cells
flood([], _, _, _, Seen) -> Seen;
flood([{R, C} | Rest], T, Rows, Cols, Seen) ->
  Next = [P || {R2, C2} = P <- [{R - 1, C}, {R + 1, C}, {R, C - 1}, {R, C + 1}],
               R2 >= 1, R2 =< Rows, C2 >= 1, C2 =< Cols, at(T, R2, C2) =:= $1,
               not maps:is_key(P, Seen)],
  flood(Next ++ Rest, T, Rows, Cols, lists:foldl(fun(P, S) -> S#{P => true} end, Seen, Next)).

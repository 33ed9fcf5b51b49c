-spec two_sum(Nums :: [integer()], Target :: integer()) -> [integer()].
two_sum(Nums, Target) ->
  find(Nums, 0, Target, #{}).

%% the index of each value seen so far
find([X | Rest], I, Target, Seen) ->
  case maps:find(Target - X, Seen) of
    {ok, J} -> [J, I];
    error -> find(Rest, I + 1, Target, Seen#{X => I})
  end.

-spec daily_temperatures(Temperatures :: [integer()]) -> [integer()].
daily_temperatures(Temperatures) ->
  %% from the right, a stack of the days still waiting for a warmer one
  T = list_to_tuple(Temperatures),
  {Answer, _} = lists:foldl(fun(I, {Acc, Stack}) ->
                                S = pop(Stack, element(I, T), T),
                                Wait = case S of [] -> 0; [J | _] -> J - I end,
                                {[Wait | Acc], [I | S]}
                            end, {[], []}, lists:seq(tuple_size(T), 1, -1)),
  Answer.

pop([J | Rest] = S, V, T) ->
  case element(J, T) =< V of
    true -> pop(Rest, V, T);
    false -> S
  end;
pop([], _, _) -> [].

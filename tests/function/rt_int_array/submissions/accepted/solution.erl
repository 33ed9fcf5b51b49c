-spec echo_int_array(Value :: [integer()]) -> [integer()].
echo_int_array(Value) ->
  lists:reverse(lists:foldl(fun(V, Acc) -> [V | Acc] end, [], Value)).

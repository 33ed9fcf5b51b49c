-spec echo_char_array(Value :: [char()]) -> [char()].
echo_char_array(Value) ->
  lists:map(fun(C) -> C end, Value).

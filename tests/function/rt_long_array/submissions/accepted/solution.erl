-spec echo_long_array(Value :: [integer()]) -> [integer()].
echo_long_array(Value) ->
  [V || V <- Value].

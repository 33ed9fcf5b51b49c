-spec echo_double_array(Value :: [float()]) -> [float()].
echo_double_array(Value) ->
  [V * 1.0 || V <- Value].

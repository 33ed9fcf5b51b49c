-spec echo_bool_array(Value :: [boolean()]) -> [boolean()].
echo_bool_array(Value) ->
  [V || V <- Value].

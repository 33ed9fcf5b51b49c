-spec echo_string_array(Value :: [unicode:unicode_binary()]) -> [unicode:unicode_binary()].
echo_string_array(Value) ->
  [S || S <- Value].

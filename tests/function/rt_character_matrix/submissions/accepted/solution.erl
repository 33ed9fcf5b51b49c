-spec echo_char_matrix(Value :: [[char()]]) -> [[char()]].
echo_char_matrix(Value) ->
  [[C || C <- Row] || Row <- Value].

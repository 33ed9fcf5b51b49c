-spec echo_string_matrix(Value :: [[unicode:unicode_binary()]]) -> [[unicode:unicode_binary()]].
echo_string_matrix(Value) ->
  [[S || S <- Row] || Row <- Value].

-spec echo_int_matrix(Value :: [[integer()]]) -> [[integer()]].
echo_int_matrix(Value) ->
  [[V || V <- Row] || Row <- Value].

-spec echo_double(Value :: float()) -> float().
echo_double(Value) ->
  Value.

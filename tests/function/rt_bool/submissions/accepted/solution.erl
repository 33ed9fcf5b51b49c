-spec echo_bool(Value :: boolean()) -> boolean().
echo_bool(Value) ->
  Value.

-spec echo_int(Value :: integer()) -> integer().
echo_int(Value) ->
  Value.

-spec echo_long(Value :: integer()) -> integer().
echo_long(Value) ->
  Value.

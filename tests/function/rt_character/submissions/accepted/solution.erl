-spec echo_char(Value :: char()) -> char().
echo_char(Value) ->
  Value.

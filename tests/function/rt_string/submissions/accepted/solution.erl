-spec echo_string(Value :: unicode:unicode_binary()) -> unicode:unicode_binary().
echo_string(Value) ->
  <<Value/binary>>.

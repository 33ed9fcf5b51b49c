-spec is_palindrome(S :: unicode:unicode_binary()) -> boolean().
is_palindrome(S) ->
  Cs = [string:to_lower(C) || C <- binary_to_list(S),
                              (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z)
                                  orelse (C >= $0 andalso C =< $9)],
  Cs =:= lists:reverse(Cs).

-spec is_valid(S :: unicode:unicode_binary()) -> boolean().
is_valid(S) ->
  check(binary_to_list(S), []).

check([], Stack) -> Stack =:= [];
check([C | T], Stack) when C =:= $(; C =:= $[; C =:= ${ -> check(T, [C | Stack]);
check([$) | T], [$( | Stack]) -> check(T, Stack);
check([$] | T], [$[ | Stack]) -> check(T, Stack);
check([$} | T], [${ | Stack]) -> check(T, Stack);
check(_, _) -> false.

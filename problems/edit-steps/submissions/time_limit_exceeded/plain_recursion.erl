%% Exponential: tries the three kinds of steps recursively without remembering results.
-spec min_distance(Word1 :: unicode:unicode_binary(), Word2 :: unicode:unicode_binary()) -> integer().
min_distance(Word1, Word2) ->
  walk(binary_to_list(Word1), binary_to_list(Word2)).

walk([], B) -> length(B);
walk(A, []) -> length(A);
walk([C | A], [C | B]) -> walk(A, B);
walk([_ | A1] = A, [_ | B1] = B) ->
  1 + min(walk(A1, B), min(walk(A, B1), walk(A1, B1))).

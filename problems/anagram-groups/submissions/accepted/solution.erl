-spec group_anagrams(Strs :: [unicode:unicode_binary()]) -> [[unicode:unicode_binary()]].
group_anagrams(Strs) ->
  %% grouped by their sorted letters
  Groups = lists:foldl(fun(S, Acc) ->
                           Key = lists:sort(binary_to_list(S)),
                           maps:update_with(Key, fun(G) -> [S | G] end, [S], Acc)
                       end, #{}, Strs),
  [lists:reverse(G) || G <- maps:values(Groups)].

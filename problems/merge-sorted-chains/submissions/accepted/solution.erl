%% Definition for singly-linked list.
%%
%% -record(list_node, {val = 0 :: integer(),
%%                     next = null :: 'null' | #list_node{}}).

-spec merge_two_lists(List1 :: #list_node{} | null, List2 :: #list_node{} | null) -> #list_node{} | null.
merge_two_lists(null, L) -> L;
merge_two_lists(L, null) -> L;
merge_two_lists(#list_node{val = A, next = N} = X, #list_node{val = B} = Y) when A =< B ->
  X#list_node{next = merge_two_lists(N, Y)};
merge_two_lists(X, #list_node{next = N} = Y) ->
  Y#list_node{next = merge_two_lists(X, N)}.

%% Definition for singly-linked list.
%%
%% -record(list_node, {val = 0 :: integer(),
%%                     next = null :: 'null' | #list_node{}}).

-spec echo_list(Value :: #list_node{} | null) -> #list_node{} | null.
echo_list(Value) ->
  %% rebuild the list to exercise LeetCode's list_node
  rebuild(Value).

rebuild(null) -> null;
rebuild(#list_node{val = V, next = N}) -> #list_node{val = V, next = rebuild(N)}.

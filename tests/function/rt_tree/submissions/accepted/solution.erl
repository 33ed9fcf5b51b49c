%% Definition for a binary tree node.
%%
%% -record(tree_node, {val = 0 :: integer(),
%%                     left = null  :: 'null' | #tree_node{},
%%                     right = null :: 'null' | #tree_node{}}).

-spec echo_tree(Value :: #tree_node{} | null) -> #tree_node{} | null.
echo_tree(Value) ->
  %% copy the tree (chains of 20,000 nodes are in the tests: Erlang's
  %% recursion is only bounded by memory)
  copy(Value).

copy(null) -> null;
copy(#tree_node{val = V, left = L, right = R}) ->
  #tree_node{val = V, left = copy(L), right = copy(R)}.

%% Definition for a binary tree node.
%%
%% -record(tree_node, {val = 0 :: integer(),
%%                     left = null  :: 'null' | #tree_node{},
%%                     right = null :: 'null' | #tree_node{}}).

-spec invert_tree(Root :: #tree_node{} | null) -> #tree_node{} | null.
invert_tree(null) -> null;
invert_tree(#tree_node{left = L, right = R} = T) ->
  T#tree_node{left = invert_tree(R), right = invert_tree(L)}.

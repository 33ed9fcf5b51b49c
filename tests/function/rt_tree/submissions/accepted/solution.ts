function echoTree(value: TreeNode | null): TreeNode | null {
    // copy the tree iteratively (chains of 20,000 nodes are in the tests)
    if (value === null) return null;
    const root = new TreeNode(value.val);
    const stack: [TreeNode, TreeNode][] = [[value, root]];
    while (stack.length) {
        const [src, dst] = stack.pop()!;
        if (src.left) { dst.left = new TreeNode(src.left.val); stack.push([src.left, dst.left]); }
        if (src.right) { dst.right = new TreeNode(src.right.val); stack.push([src.right, dst.right]); }
    }
    return root;
};

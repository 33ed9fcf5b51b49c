var isValidBST = function(root) {
    // non-strict: accepts equal values
    const stack = [];
    let node = root, prev = -Infinity;
    while (node || stack.length) {
        while (node) { stack.push(node); node = node.left; }
        node = stack.pop();
        if (node.val < prev) return false;
        prev = node.val;
        node = node.right;
    }
    return true;
};

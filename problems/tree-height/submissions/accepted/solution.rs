// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, i32)> = root.map(|r| (r, 1)).into_iter().collect();
        while let Some((node, d)) = stack.pop() {
            best = best.max(d);
            let n = node.borrow();
            if let Some(l) = &n.left { stack.push((l.clone(), d + 1)); }
            if let Some(r) = &n.right { stack.push((r.clone(), d + 1)); }
        }
        best
    }
}

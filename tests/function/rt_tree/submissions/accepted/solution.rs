// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn echo_tree(value: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // copy the tree iteratively (chains of 20,000 nodes are in the tests)
        let src = value?;
        let root = Rc::new(RefCell::new(TreeNode::new(src.borrow().val)));
        let mut stack = vec![(src, root.clone())];
        while let Some((s, d)) = stack.pop() {
            let s = s.borrow();
            if let Some(l) = &s.left {
                let n = Rc::new(RefCell::new(TreeNode::new(l.borrow().val)));
                d.borrow_mut().left = Some(n.clone());
                stack.push((l.clone(), n));
            }
            if let Some(r) = &s.right {
                let n = Rc::new(RefCell::new(TreeNode::new(r.borrow().val)));
                d.borrow_mut().right = Some(n.clone());
                stack.push((r.clone(), n));
            }
        }
        Some(root)
    }
}

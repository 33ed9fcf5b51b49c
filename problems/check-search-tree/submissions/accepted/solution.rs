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
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = vec![];
        let mut node = root;
        let mut prev: Option<i32> = None;
        while node.is_some() || !stack.is_empty() {
            while let Some(n) = node {
                node = n.borrow().left.clone();
                stack.push(n);
            }
            let n = stack.pop().unwrap();
            let v = n.borrow().val;
            if let Some(p) = prev {
                if v <= p {
                    return false;
                }
            }
            prev = Some(v);
            node = n.borrow().right.clone();
        }
        true
    }
}

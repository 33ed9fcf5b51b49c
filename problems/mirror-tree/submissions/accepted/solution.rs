use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = stack.pop() {
            let mut n = node.borrow_mut();
            let (l, r) = (n.left.take(), n.right.take());
            n.left = r;
            n.right = l;
            if let Some(x) = &n.left { stack.push(x.clone()); }
            if let Some(x) = &n.right { stack.push(x.clone()); }
        }
        root
    }
}

use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn level_sums(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i64> {
        let mut sums = vec![];
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            let mut next = vec![];
            let mut s = 0i64;
            for node in &level {
                let n = node.borrow();
                s += n.val as i64;
                if let Some(l) = &n.left { next.push(l.clone()); }
                if let Some(r) = &n.right { next.push(r.clone()); }
            }
            sums.push(s);
            level = next;
        }
        sums
    }
}

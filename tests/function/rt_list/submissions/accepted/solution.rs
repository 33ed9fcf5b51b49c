// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
impl Solution {
    pub fn echo_list(value: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        // rebuild the list (taking the nodes one by one: no recursive drop)
        let mut vals = vec![];
        let mut cur = value;
        while let Some(mut node) = cur {
            vals.push(node.val);
            cur = node.next.take();
        }
        let mut head = None;
        for &v in vals.iter().rev() {
            let mut n = Box::new(ListNode::new(v));
            n.next = head;
            head = Some(n);
        }
        head
    }
}

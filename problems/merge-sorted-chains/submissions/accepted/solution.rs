impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (list1, list2);
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        loop {
            let take_a = match (&a, &b) {
                (Some(x), Some(y)) => x.val <= y.val,
                _ => break,
            };
            let src = if take_a { &mut a } else { &mut b };
            let mut node = src.take().unwrap();
            *src = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if a.is_some() { a } else { b };
        dummy.next
    }
}

use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut dq: VecDeque<usize> = VecDeque::new();
        let mut res = vec![];
        for i in 0..nums.len() {
            while let Some(&b) = dq.back() {
                if nums[b] > nums[i] {
                    break;
                }
                dq.pop_back();
            }
            dq.push_back(i);
            if dq[0] + k <= i {
                dq.pop_front();
            }
            if i + 1 >= k {
                res.push(nums[dq[0]]);
            }
        }
        res
    }
}

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [usize::MAX; 256];
        let (mut left, mut best) = (0, 0);
        for (i, b) in s.bytes().enumerate() {
            let j = last[b as usize];
            if j != usize::MAX && j >= left {
                left = j + 1;
            }
            last[b as usize] = i;
            best = best.max(i + 1 - left);
        }
        best as i32
    }
}

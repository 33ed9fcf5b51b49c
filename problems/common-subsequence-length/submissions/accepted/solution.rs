impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut prev = vec![0; b.len() + 1];
        let mut cur = vec![0; b.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                cur[j] = if a[i - 1] == b[j - 1] { prev[j - 1] + 1 } else { cur[j - 1].max(prev[j]) };
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[b.len()]
    }
}

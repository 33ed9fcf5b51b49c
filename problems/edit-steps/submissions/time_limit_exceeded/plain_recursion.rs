// Exponential: tries the three kinds of steps recursively without remembering results.
impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        fn walk(a: &[u8], b: &[u8], i: usize, j: usize) -> i32 {
            if i == a.len() {
                return (b.len() - j) as i32;
            }
            if j == b.len() {
                return (a.len() - i) as i32;
            }
            if a[i] == b[j] {
                return walk(a, b, i + 1, j + 1);
            }
            1 + walk(a, b, i + 1, j).min(walk(a, b, i, j + 1)).min(walk(a, b, i + 1, j + 1))
        }
        walk(word1.as_bytes(), word2.as_bytes(), 0, 0)
    }
}

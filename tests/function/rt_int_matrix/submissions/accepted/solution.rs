impl Solution {
    pub fn echo_int_matrix(value: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut out = vec![];
        for row in &value {
            out.push(row.clone());
        }
        out
    }
}

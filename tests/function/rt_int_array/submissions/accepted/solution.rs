impl Solution {
    pub fn echo_int_array(value: Vec<i32>) -> Vec<i32> {
        let mut out = Vec::with_capacity(value.len());
        for v in value {
            out.push(v);
        }
        out
    }
}

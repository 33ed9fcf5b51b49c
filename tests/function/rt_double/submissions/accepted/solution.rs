impl Solution {
    pub fn echo_double(value: f64) -> f64 {
        value
    }
}

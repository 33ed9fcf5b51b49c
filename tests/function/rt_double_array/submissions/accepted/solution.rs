impl Solution {
    pub fn echo_double_array(value: Vec<f64>) -> Vec<f64> {
        value.to_vec()
    }
}

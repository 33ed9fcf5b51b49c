impl Solution {
    pub fn echo_bool_array(value: Vec<bool>) -> Vec<bool> {
        value.iter().copied().collect()
    }
}

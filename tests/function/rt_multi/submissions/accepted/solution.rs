impl Solution {
    pub fn repeat_word(word: String, times: i32, suffix: bool, tail: char) -> String {
        let mut s = word.repeat(times as usize);
        if suffix {
            s.push(tail);
        }
        s
    }
}

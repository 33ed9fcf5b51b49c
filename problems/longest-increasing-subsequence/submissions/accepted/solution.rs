impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut tails: Vec<i32> = vec![];
        for x in nums {
            match tails.binary_search(&x) {
                Ok(_) => {}
                Err(i) if i == tails.len() => tails.push(x),
                Err(i) => tails[i] = x,
            }
        }
        tails.len() as i32
    }
}

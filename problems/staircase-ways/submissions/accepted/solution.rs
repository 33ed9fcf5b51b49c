impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let (mut a, mut b) = (1, 1); // ways to reach step 0 and step 1
        for _ in 2..=n {
            let c = a + b;
            a = b;
            b = c;
        }
        b
    }
}

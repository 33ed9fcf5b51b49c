impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        let mut best = vec![i32::MAX; amount + 1];
        best[0] = 0;
        for &c in &coins {
            let c = c as usize;
            for a in c..=amount {
                if best[a - c] != i32::MAX && best[a - c] + 1 < best[a] {
                    best[a] = best[a - c] + 1;
                }
            }
        }
        if best[amount] == i32::MAX { -1 } else { best[amount] }
    }
}

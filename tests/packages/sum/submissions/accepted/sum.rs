// Accepted: all of stdin at once, 64-bit sums.
use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let total: i64 = it.take(n).map(|t| t.parse::<i64>().unwrap()).sum();
    println!("{}", total);
}

// Run-time error: one number too many is read, and unwrap() on None panics.
use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let mut total: i64 = 0;
    for _ in 0..=n {
        total += it.next().unwrap().parse::<i64>().unwrap();
    }
    println!("{}", total);
}

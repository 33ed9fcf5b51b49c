// Wrong answer: the sum kept in 32 bits wraps around.
use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let mut total: i32 = 0;
    for _ in 0..n {
        total = total.wrapping_add(it.next().unwrap().parse::<i64>().unwrap() as i32);
    }
    println!("{}", total);
}

// Compile error: a value used after it was moved (the borrow checker refuses it).
use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let moved = s;
    println!("{}", s.len() + moved.len());
}

// Prefix sums in 64 bits; all input read at once, output buffered.
use std::io::{self, Read, Write};

fn main() {
    let mut s = String::new();
    io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let q = it.next().unwrap() as usize;
    let mut prefix = vec![0i64; n + 1];
    for i in 1..=n {
        prefix[i] = prefix[i - 1] + it.next().unwrap();
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    for _ in 0..q {
        let l = it.next().unwrap() as usize;
        let r = it.next().unwrap() as usize;
        writeln!(out, "{}", prefix[r] - prefix[l - 1]).unwrap();
    }
}

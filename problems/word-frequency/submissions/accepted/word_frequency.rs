// Counts words (runs of ASCII letters, lowercased); most frequent first, ties
// in alphabetical order.
use std::collections::HashMap;
use std::io::{self, Read, Write};

fn main() {
    let mut data = Vec::new();
    io::stdin().read_to_end(&mut data).unwrap();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in data.split(|b| !b.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        *counts.entry(String::from_utf8_lossy(w).to_ascii_lowercase()).or_insert(0) += 1;
    }
    let mut items: Vec<(String, usize)> = counts.into_iter().collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (w, n) in items {
        writeln!(out, "{} {}", w, n).unwrap();
    }
}

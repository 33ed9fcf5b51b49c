// A noisy but correct Rust solution: debug output on stdout and stderr, and
// attempts to read stdin (the driver has already consumed it: EOF).
use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};

static CALLS: AtomicUsize = AtomicUsize::new(0);

impl Solution {
    pub fn add_two(a: i32, b: i32) -> i32 {
        let calls = CALLS.fetch_add(1, Ordering::SeqCst) + 1;
        let line = format!("debug: adding {} and {} {}", a, b, "x".repeat(100));
        for _ in 0..4400 {
            println!("{}", line);
        }
        eprintln!("stderr: call {}", calls);
        let mut got = Vec::new();
        let r = std::io::stdin().read_to_end(&mut got);
        eprintln!("stdin bytes seen: {} ({:?})", got.len(), r.is_ok());
        a + b
    }
}

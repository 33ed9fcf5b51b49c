// Forges the answer frame for its own test (claiming the right answer), then
// returns a wrong answer. The driver's own frame comes after it and the judge
// keeps the last frame of an index: the verdict must be Wrong Answer.
use std::io::Write;
use std::os::unix::io::FromRawFd;
use std::sync::atomic::{AtomicUsize, Ordering};

static INDEX: AtomicUsize = AtomicUsize::new(0); // one call per test, in order

impl Solution {
    pub fn add_two(a: i32, b: i32) -> i32 {
        let right = (a + b).to_string();
        let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(3) });
        let i = INDEX.fetch_add(1, Ordering::SeqCst);
        let _ = write!(f, "#LC {} 0 {}\n{}\n", i, right.len(), right);
        a + b + 1
    }
}

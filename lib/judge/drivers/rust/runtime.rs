// ---- LiteCode Rust driver runtime (lib/judge/drivers/rust/runtime.rs) ----
// The protocol is in lib/judge/signature.h. main.rs is one prelude line, the
// user's code (`impl Solution { pub fn ... }`), LeetCode's ListNode and
// TreeNode, this module and the generated main, which reads each test's
// parameters with lc_driver::Input::arg, calls Solution::name and writes the
// answer with lc_driver::frame. Everything here lives in `mod lc_driver` and
// names types by their full paths, so no `use` of the user's can clash with
// it. No recursion over lists or trees: 100,000-node chains work whatever the
// stack size (and dropping a long list is iterative too).
#[allow(dead_code)]
mod lc_driver {
    use super::{ListNode, TreeNode};
    use std::cell::RefCell;
    use std::io::{Read, Write};
    use std::rc::Rc;

    const CAP: usize = 1_000_000; // ListNode / TreeNode serialization node cap

    pub fn die(msg: &str) -> ! {
        let _ = std::io::stdout().flush();
        eprintln!("litecode driver: {}", msg);
        std::process::exit(3);
    }

    extern "C" {
        fn dup2(oldfd: i32, newfd: i32) -> i32;
        fn clock_gettime(clk: i32, tp: *mut [i64; 2]) -> i32;
    }

    /* ---- JSON in ---- */
    pub enum Json {
        Null,
        Bool(bool),
        Num(String),
        Str(String),
        Arr(Vec<Json>),
    }

    struct Parser<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl<'a> Parser<'a> {
        fn ws(&mut self) {
            while self.i < self.s.len() && (self.s[self.i] as char).is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn value(&mut self, depth: u32) -> Result<Json, String> {
            if depth > 64 {
                return Err("nested too deep".into());
            }
            self.ws();
            match self.s.get(self.i) {
                None => Err("unexpected end".into()),
                Some(b'n') => self.lit("null", Json::Null),
                Some(b't') => self.lit("true", Json::Bool(true)),
                Some(b'f') => self.lit("false", Json::Bool(false)),
                Some(b'"') => self.string().map(Json::Str),
                Some(b'[') => {
                    self.i += 1;
                    let mut v = Vec::new();
                    self.ws();
                    if self.s.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Ok(Json::Arr(v));
                    }
                    loop {
                        v.push(self.value(depth + 1)?);
                        self.ws();
                        match self.s.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                return Ok(Json::Arr(v));
                            }
                            _ => return Err("expected , or ]".into()),
                        }
                    }
                }
                Some(c) if *c == b'-' || c.is_ascii_digit() => {
                    let st = self.i;
                    while self.i < self.s.len()
                        && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                    {
                        self.i += 1;
                    }
                    Ok(Json::Num(String::from_utf8_lossy(&self.s[st..self.i]).into_owned()))
                }
                Some(_) => Err("unexpected character".into()),
            }
        }
        fn lit(&mut self, word: &str, v: Json) -> Result<Json, String> {
            if self.s[self.i..].starts_with(word.as_bytes()) {
                self.i += word.len();
                Ok(v)
            } else {
                Err("bad literal".into())
            }
        }
        fn hex4(&mut self) -> Result<u32, String> {
            let h = self.s.get(self.i..self.i + 4).ok_or("bad \\u escape")?;
            let t = std::str::from_utf8(h).map_err(|_| "bad \\u escape")?;
            self.i += 4;
            u32::from_str_radix(t, 16).map_err(|_| "bad \\u escape".into())
        }
        fn string(&mut self) -> Result<String, String> {
            self.i += 1;
            let mut out: Vec<u8> = Vec::new();
            loop {
                let c = *self.s.get(self.i).ok_or("unterminated string")?;
                self.i += 1;
                match c {
                    b'"' => break,
                    b'\\' => {
                        let e = *self.s.get(self.i).ok_or("bad escape")?;
                        self.i += 1;
                        let ch = match e {
                            b'"' => '"',
                            b'\\' => '\\',
                            b'/' => '/',
                            b'b' => '\u{8}',
                            b'f' => '\u{c}',
                            b'n' => '\n',
                            b'r' => '\r',
                            b't' => '\t',
                            b'u' => {
                                let mut u = self.hex4()?;
                                if (0xD800..0xDC00).contains(&u) && self.s[self.i..].starts_with(b"\\u") {
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    u = 0x10000 + ((u - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                                }
                                char::from_u32(u).unwrap_or('\u{FFFD}')
                            }
                            _ => return Err("bad escape".into()),
                        };
                        let mut b = [0u8; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
                    }
                    _ => out.push(c),
                }
            }
            String::from_utf8(out).map_err(|_| "invalid UTF-8".into())
        }
    }

    /* A parameter type: built from its JSON value (None: not of that type). */
    pub trait Arg: Sized {
        fn from_json(v: Json) -> Option<Self>;
    }
    impl Arg for i32 {
        fn from_json(v: Json) -> Option<Self> {
            match v {
                Json::Num(s) => s.parse().ok(),
                _ => None,
            }
        }
    }
    impl Arg for i64 {
        fn from_json(v: Json) -> Option<Self> {
            match v {
                Json::Num(s) => s.parse().ok(),
                _ => None,
            }
        }
    }
    impl Arg for f64 {
        fn from_json(v: Json) -> Option<Self> {
            match v {
                Json::Num(s) => s.parse().ok(),
                _ => None,
            }
        }
    }
    impl Arg for bool {
        fn from_json(v: Json) -> Option<Self> {
            match v {
                Json::Bool(b) => Some(b),
                _ => None,
            }
        }
    }
    impl Arg for String {
        fn from_json(v: Json) -> Option<Self> {
            match v {
                Json::Str(s) => Some(s),
                _ => None,
            }
        }
    }
    impl Arg for char {
        fn from_json(v: Json) -> Option<Self> {
            match v {
                Json::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Some(c),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
    }
    impl<T: Arg> Arg for Vec<T> {
        fn from_json(v: Json) -> Option<Self> {
            match v {
                Json::Arr(a) => a.into_iter().map(T::from_json).collect(),
                _ => None,
            }
        }
    }
    impl Arg for Option<Box<ListNode>> {
        fn from_json(v: Json) -> Option<Self> {
            let vals: Vec<i32> = Arg::from_json(v)?;
            let mut head: Option<Box<ListNode>> = None;
            for &x in vals.iter().rev() {
                let mut n = Box::new(ListNode::new(x));
                n.next = head;
                head = Some(n);
            }
            Some(head)
        }
    }
    impl Arg for Option<Rc<RefCell<TreeNode>>> {
        fn from_json(v: Json) -> Option<Self> {
            let a = match v {
                Json::Arr(a) => a,
                _ => return None,
            };
            let mut vals: Vec<Option<i32>> = Vec::with_capacity(a.len());
            for x in a {
                vals.push(match x {
                    Json::Null => None,
                    other => Some(i32::from_json(other)?),
                });
            }
            if vals.is_empty() || vals[0].is_none() {
                return Some(None);
            }
            let node = |v: i32| Rc::new(RefCell::new(TreeNode::new(v)));
            let root = node(vals[0].unwrap());
            let mut q = std::collections::VecDeque::new();
            q.push_back(root.clone());
            let mut i = 1;
            while i < vals.len() {
                let nd = match q.pop_front() {
                    Some(n) => n,
                    None => break,
                };
                if let Some(v) = vals[i] {
                    let c = node(v);
                    nd.borrow_mut().left = Some(c.clone());
                    q.push_back(c);
                }
                i += 1;
                if i < vals.len() {
                    if let Some(v) = vals[i] {
                        let c = node(v);
                        nd.borrow_mut().right = Some(c.clone());
                        q.push_back(c);
                    }
                    i += 1;
                }
            }
            Some(Some(root))
        }
    }

    /* ---- JSON out ---- */
    pub trait Answer {
        fn json(&self, out: &mut String);
    }
    impl Answer for i32 {
        fn json(&self, out: &mut String) {
            out.push_str(&self.to_string());
        }
    }
    impl Answer for i64 {
        fn json(&self, out: &mut String) {
            out.push_str(&self.to_string());
        }
    }
    impl Answer for f64 {
        fn json(&self, out: &mut String) {
            if self.is_finite() {
                out.push_str(&format!("{:?}", self));
            } else {
                out.push_str("\"<invalid: nan>\"");
            }
        }
    }
    impl Answer for bool {
        fn json(&self, out: &mut String) {
            out.push_str(if *self { "true" } else { "false" });
        }
    }
    fn json_str(s: &str, out: &mut String) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }
    impl Answer for String {
        fn json(&self, out: &mut String) {
            json_str(self, out);
        }
    }
    impl Answer for &str {
        fn json(&self, out: &mut String) {
            json_str(self, out);
        }
    }
    impl Answer for char {
        fn json(&self, out: &mut String) {
            let mut b = [0u8; 4];
            json_str(self.encode_utf8(&mut b), out);
        }
    }
    impl<T: Answer> Answer for Vec<T> {
        fn json(&self, out: &mut String) {
            out.push('[');
            for (i, x) in self.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                x.json(out);
            }
            out.push(']');
        }
    }
    impl<T: Answer> Answer for &mut T {
        fn json(&self, out: &mut String) {
            (**self).json(out);
        }
    }
    impl Answer for Option<Box<ListNode>> {
        fn json(&self, out: &mut String) {
            // a Box list cannot be cyclic: only its length is capped
            let mut parts = String::from("[");
            let mut k = 0;
            let mut n = self.as_ref();
            while let Some(node) = n {
                k += 1;
                if k > CAP {
                    out.push_str("\"<invalid: list too long>\"");
                    return;
                }
                if k > 1 {
                    parts.push(',');
                }
                parts.push_str(&node.val.to_string());
                n = node.next.as_ref();
            }
            parts.push(']');
            out.push_str(&parts);
        }
    }
    impl Answer for Option<Rc<RefCell<TreeNode>>> {
        fn json(&self, out: &mut String) {
            let mut items: Vec<Option<i32>> = Vec::new();
            let mut q = std::collections::VecDeque::new();
            q.push_back(self.clone());
            let mut k = 0;
            while let Some(n) = q.pop_front() {
                match n {
                    None => items.push(None),
                    Some(rc) => {
                        k += 1;
                        if k > CAP {
                            out.push_str("\"<invalid: tree too large or cyclic>\"");
                            return;
                        }
                        let b = match rc.try_borrow() {
                            Ok(b) => b,
                            Err(_) => {
                                out.push_str("\"<invalid: tree node borrowed>\"");
                                return;
                            }
                        };
                        items.push(Some(b.val));
                        q.push_back(b.left.clone());
                        q.push_back(b.right.clone());
                    }
                }
            }
            while let Some(None) = items.last() {
                items.pop();
            }
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match x {
                    Some(v) => out.push_str(&v.to_string()),
                    None => out.push_str("null"),
                }
            }
            out.push(']');
        }
    }

    /* ---- input, time, frames ---- */
    pub struct Input {
        lines: Vec<String>,
        pos: usize,
    }

    impl Input {
        /* All of stdin, before any user code runs; then fd 0 becomes
         * /dev/null so a solution that reads stdin sees EOF. */
        pub fn read() -> Input {
            let mut data = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut data) {
                die(&format!("cannot read stdin: {}", e));
            }
            if let Ok(f) = std::fs::File::open("/dev/null") {
                use std::os::unix::io::AsRawFd;
                unsafe {
                    dup2(f.as_raw_fd(), 0);
                }
            }
            let text = String::from_utf8_lossy(&data).into_owned();
            Input { lines: text.split('\n').map(String::from).collect(), pos: 0 }
        }
        fn next(&mut self, what: &str) -> String {
            while self.pos < self.lines.len() {
                let s = std::mem::take(&mut self.lines[self.pos]);
                self.pos += 1;
                if !s.trim().is_empty() {
                    return s;
                }
            }
            die(&format!("input ended early: {} missing", what));
        }
        pub fn count(&mut self) -> usize {
            let first = self.next("the number of tests");
            match first.trim().parse() {
                Ok(t) => t,
                Err(_) => die(&format!("bad number of tests: {:.40}", first.trim())),
            }
        }
        pub fn arg<T: Arg>(&mut self, test: usize, param: usize, ty: &str) -> T {
            let line = self.next(&format!("test {} parameter {}", test, param));
            let mut p = Parser { s: line.as_bytes(), i: 0 };
            let v = match p.value(0) {
                Ok(v) => v,
                Err(e) => die(&format!("test {} parameter {}: bad JSON: {}", test, param, e)),
            };
            match T::from_json(v) {
                Some(x) => x,
                None => die(&format!("test {} parameter {}: not a {}", test, param, ty)),
            }
        }
    }

    /* CPU time of the process so far, in microseconds. */
    pub fn cpu() -> i64 {
        let mut ts = [0i64; 2];
        unsafe {
            clock_gettime(2 /* CLOCK_PROCESS_CPUTIME_ID */, &mut ts);
        }
        ts[0] * 1_000_000 + ts[1] / 1000
    }

    pub fn frame<T: Answer>(index: usize, cpu: i64, v: &T) {
        let mut body = String::new();
        v.json(&mut body);
        let mut msg = format!("#LC {} {} {}\n", index, cpu, body.len()).into_bytes();
        msg.extend_from_slice(body.as_bytes());
        msg.push(b'\n');
        use std::os::unix::io::FromRawFd;
        let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(3) });
        if let Err(e) = f.write_all(&msg) {
            die(&format!("cannot write the answer channel (fd 3): {}", e));
        }
    }

    /* Exit 0 once the user's stdout is flushed, even if user code left
     * threads behind. */
    pub fn end() -> ! {
        let _ = std::io::stdout().flush();
        std::process::exit(0);
    }
}

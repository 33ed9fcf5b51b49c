// expect: success
/* Rust (rustc, std only, raw system calls through libc's syscall()): read
 * /etc/shadow and the canary, run a shell (std::process::Command), make user,
 * mount and network namespaces with unshare and clone, mount a tmpfs, attach
 * to the parent with ptrace, open /dev/mem, connect to the harness's listener
 * over TCP and send it UDP. Every attempt must fail; the harness checks the
 * listener saw nothing. */
use std::io::{BufRead, Write};
use std::net::{TcpStream, UdpSocket};
use std::time::Duration;

extern "C" {
    fn syscall(n: i64, ...) -> i64;
    fn getppid() -> i32;
}

const SYS_UNSHARE: i64 = 272;
const SYS_CLONE: i64 = 56;
const SYS_MOUNT: i64 = 165;
const SYS_PTRACE: i64 = 101;
const CLONE_NEWNS: i64 = 0x20000;
const CLONE_NEWUSER: i64 = 0x10000000;
const CLONE_NEWNET: i64 = 0x40000000;
const SIGCHLD: i64 = 17;

fn main() {
    let mut port = String::new();
    let mut canary = String::new();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if let Some((k, v)) = line.split_once(' ') {
            match k {
                "PORT" => port = v.to_string(),
                "CANARY" => canary = v.to_string(),
                _ => {}
            }
        }
    }
    let mut leaks: Vec<String> = vec![];
    for p in ["/etc/shadow", "/etc/passwd", canary.as_str(), "/proc/1/environ"] {
        if let Ok(b) = std::fs::read(p) {
            if !b.is_empty() {
                leaks.push(format!("read {}", p));
            }
        }
    }
    if let Ok(o) = std::process::Command::new("/bin/sh").arg("-c").arg("cat /etc/shadow").output() {
        leaks.push(format!("ran a shell: {:?}", String::from_utf8_lossy(&o.stdout)));
    }
    unsafe {
        if syscall(SYS_UNSHARE, CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET) == 0 {
            leaks.push("unshare of namespaces succeeded".into());
        }
        let pid = syscall(SYS_CLONE, CLONE_NEWUSER | SIGCHLD, 0i64, 0i64, 0i64, 0i64);
        if pid == 0 {
            std::process::exit(0);
        }
        if pid > 0 {
            leaks.push("clone(CLONE_NEWUSER) succeeded".into());
        }
        let (src, dst, fs) = (b"none\0", b"/tmp\0", b"tmpfs\0");
        if syscall(SYS_MOUNT, src.as_ptr(), dst.as_ptr(), fs.as_ptr(), 0i64, 0i64) == 0 {
            leaks.push("mounted a tmpfs".into());
        }
        if syscall(SYS_PTRACE, 16i64 /* PTRACE_ATTACH */, getppid() as i64, 0i64, 0i64) == 0 {
            leaks.push("ptrace attached to the parent".into());
        }
    }
    if std::fs::File::open("/dev/mem").is_ok() {
        leaks.push("opened /dev/mem".into());
    }
    let addr = format!("127.0.0.1:{}", port);
    if let Ok(a) = addr.parse() {
        if TcpStream::connect_timeout(&a, Duration::from_secs(2)).is_ok() {
            leaks.push("connected to the listener over TCP".into());
        }
    }
    if let Ok(u) = UdpSocket::bind("127.0.0.1:0") {
        if u.send_to(b"lcpwn", &addr).is_ok() {
            leaks.push("sent UDP to the listener".into());
        }
    }
    let mut out = std::io::stdout();
    for l in &leaks {
        let _ = writeln!(out, "LEAK: {}", l);
    }
    if leaks.is_empty() {
        let _ = writeln!(out, "OK");
    }
}

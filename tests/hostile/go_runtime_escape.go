// expect: success
/* Go (gc 1.19, a static binary with its own syscall layer, no libc): read
 * /etc/shadow and the canary, run a shell (os/exec), replace the process
 * (syscall.Exec), make a user or mount namespace with raw clone/unshare,
 * mount, ptrace the parent, connect to the harness's listener over TCP and
 * UDP. Every attempt must fail; the harness checks the listener saw nothing.
 * (A Go program past the run's task limit aborts: "pthread_create failed",
 * a Runtime Error, as thread_bomb.c.) */
package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

func main() {
	vals := map[string]string{}
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), " "); ok {
			vals[k] = v
		}
	}
	var leaks []string
	leak := func(f string, a ...interface{}) { leaks = append(leaks, fmt.Sprintf(f, a...)) }

	for _, p := range []string{"/etc/shadow", "/etc/passwd", vals["CANARY"], "/proc/1/environ"} {
		if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
			leak("read %s", p)
		}
	}
	if out, err := exec.Command("/bin/sh", "-c", "cat /etc/shadow /etc/passwd").Output(); err == nil || len(out) > 0 {
		leak("os/exec ran a shell: %q", out)
	}
	if _, _, errno := syscall.RawSyscall(syscall.SYS_UNSHARE, syscall.CLONE_NEWUSER|syscall.CLONE_NEWNS, 0, 0); errno == 0 {
		leak("unshare(CLONE_NEWUSER|CLONE_NEWNS) succeeded")
	}
	if pid, _, errno := syscall.RawSyscall(syscall.SYS_CLONE, syscall.CLONE_NEWUSER|uintptr(syscall.SIGCHLD), 0, 0); errno == 0 {
		if pid == 0 {
			os.Exit(0)
		}
		leak("clone(CLONE_NEWUSER) succeeded")
	}
	if err := syscall.Mount("tmpfs", "/tmp", "tmpfs", 0, ""); err == nil {
		leak("mounted a tmpfs")
	}
	if err := syscall.PtraceAttach(os.Getppid()); err == nil {
		leak("ptrace attached to the parent")
	}
	if c, err := net.DialTimeout("tcp", "127.0.0.1:"+vals["PORT"], 2*time.Second); err == nil {
		c.Close()
		leak("connected to the listener over TCP")
	}
	if c, err := net.Dial("udp", "127.0.0.1:"+vals["PORT"]); err == nil {
		if _, err := c.Write([]byte("lcpwn")); err == nil {
			leak("sent UDP to the listener")
		}
		c.Close()
	}
	// the last attempt: exec replaces the process only if it works
	syscall.Exec("/bin/sh", []string{"sh", "-c", "echo LEAK: syscall.Exec ran a shell"}, nil)

	for _, l := range leaks {
		fmt.Println("LEAK: " + l)
	}
	if len(leaks) == 0 {
		fmt.Println("OK")
	}
}

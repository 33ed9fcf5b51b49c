// ---- LiteCode Go driver runtime (lib/judge/drivers/go/runtime.go) ----
// The protocol is in lib/judge/signature.h. The program is two files of
// package main: main.go (the user's code after one prelude line) and
// lc_driver.go (this runtime, then the generated main, which parses each
// test's parameters with lc_arg, calls the user's function and writes the
// answer with lc_frame). Every name here starts with lc_, so user code cannot
// collide with it. No recursion over lists or trees: 100,000-node chains work.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"syscall"
)

const lc_CAP = 1000000 // ListNode / TreeNode serialization node cap

var lc_lines [][]byte
var lc_pos int

func lc_die(format string, a ...interface{}) {
	fmt.Fprintf(os.Stderr, "litecode driver: "+format+"\n", a...)
	os.Exit(3)
}

// All of stdin, before any user code runs; then fd 0 becomes /dev/null so a
// solution that reads stdin sees EOF.
func lc_begin() int {
	var data []byte
	buf := make([]byte, 1<<20)
	for {
		n, err := syscall.Read(0, buf)
		if n > 0 {
			data = append(data, buf[:n]...)
		}
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil {
			lc_die("cannot read stdin: %v", err)
		}
		if n <= 0 {
			break
		}
	}
	if fd, err := syscall.Open("/dev/null", syscall.O_RDONLY, 0); err == nil {
		syscall.Dup2(fd, 0)
		syscall.Close(fd)
	}
	lc_lines = bytes.Split(data, []byte{'\n'})
	first := string(bytes.TrimSpace(lc_next("the number of tests")))
	t, err := strconv.Atoi(first)
	if err != nil || t < 0 {
		if len(first) > 40 {
			first = first[:40]
		}
		lc_die("bad number of tests: %s", first)
	}
	return t
}

func lc_next(what string) []byte {
	for lc_pos < len(lc_lines) {
		s := lc_lines[lc_pos]
		lc_lines[lc_pos] = nil
		lc_pos++
		if len(bytes.TrimSpace(s)) > 0 {
			return s
		}
	}
	lc_die("input ended early: %s missing", what)
	return nil
}

func lc_char(s string) (byte, bool) {
	if len(s) != 1 {
		return 0, false
	}
	return s[0], true
}

// Parses parameter p of test t (package type typ) into dst, a pointer to the
// Go type LeetCode's signature uses.
func lc_arg(t, p int, typ string, dst interface{}) {
	line := lc_next(fmt.Sprintf("test %d parameter %d", t, p))
	var err error
	bad := func() {
		lc_die("test %d parameter %d: not a %s", t, p, typ)
	}
	switch d := dst.(type) {
	case *byte:
		var s string
		if err = json.Unmarshal(line, &s); err == nil {
			var ok bool
			if *d, ok = lc_char(s); !ok {
				bad()
			}
		}
	case *[]byte:
		var ss []string
		if err = json.Unmarshal(line, &ss); err == nil {
			*d = make([]byte, len(ss))
			for i, s := range ss {
				var ok bool
				if (*d)[i], ok = lc_char(s); !ok {
					bad()
				}
			}
		}
	case *[][]byte:
		var sss [][]string
		if err = json.Unmarshal(line, &sss); err == nil {
			*d = make([][]byte, len(sss))
			for i, ss := range sss {
				(*d)[i] = make([]byte, len(ss))
				for j, s := range ss {
					var ok bool
					if (*d)[i][j], ok = lc_char(s); !ok {
						bad()
					}
				}
			}
		}
	case **ListNode:
		var vs []int
		if err = json.Unmarshal(line, &vs); err == nil {
			var head, tail *ListNode
			for _, v := range vs {
				n := &ListNode{Val: v}
				if tail == nil {
					head = n
				} else {
					tail.Next = n
				}
				tail = n
			}
			*d = head
		}
	case **TreeNode:
		var vs []*int
		if err = json.Unmarshal(line, &vs); err == nil {
			*d = lc_tree(vs)
		}
	default:
		err = json.Unmarshal(line, dst)
	}
	if err != nil {
		lc_die("test %d parameter %d: not a %s: %v", t, p, typ, err)
	}
}

// LeetCode's level order: children are listed for non-null nodes only.
func lc_tree(vs []*int) *TreeNode {
	if len(vs) == 0 || vs[0] == nil {
		return nil
	}
	root := &TreeNode{Val: *vs[0]}
	q := []*TreeNode{root}
	i := 1
	for qh := 0; i < len(vs) && qh < len(q); qh++ {
		nd := q[qh]
		q[qh] = nil
		if vs[i] != nil {
			nd.Left = &TreeNode{Val: *vs[i]}
			q = append(q, nd.Left)
		}
		i++
		if i < len(vs) {
			if vs[i] != nil {
				nd.Right = &TreeNode{Val: *vs[i]}
				q = append(q, nd.Right)
			}
			i++
		}
	}
	return root
}

func lc_float(b []byte, v float64) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return append(b, `"<invalid: nan>"`...)
	}
	return strconv.AppendFloat(b, v, 'g', -1, 64)
}

func lc_string(b []byte, s string) []byte {
	j, _ := json.Marshal(s) // invalid UTF-8 becomes U+FFFD
	return append(b, j...)
}

func lc_list(b []byte, head *ListNode) []byte {
	b = append(b, '[')
	k := 0
	for n := head; n != nil; n = n.Next {
		if k++; k > lc_CAP {
			return append(b[:0], `"<invalid: list too long or cyclic>"`...)
		}
		if k > 1 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n.Val), 10)
	}
	return append(b, ']')
}

func lc_treeJSON(b []byte, root *TreeNode) []byte {
	if root == nil {
		return append(b, "[]"...)
	}
	q := []*TreeNode{root}
	var parts []byte
	ends := []int{} // the end of each item in parts; -1 marks null
	k := 0
	for qh := 0; qh < len(q); qh++ {
		n := q[qh]
		q[qh] = nil
		if n == nil {
			ends = append(ends, -1)
			continue
		}
		if k++; k > lc_CAP {
			return append(b, `"<invalid: tree too large or cyclic>"`...)
		}
		parts = strconv.AppendInt(parts, int64(n.Val), 10)
		ends = append(ends, len(parts))
		q = append(q, n.Left, n.Right)
	}
	last := len(ends)
	for last > 0 && ends[last-1] < 0 {
		last--
	}
	b = append(b, '[')
	start := 0
	for i := 0; i < last; i++ {
		if i > 0 {
			b = append(b, ',')
		}
		if ends[i] < 0 {
			b = append(b, "null"...)
			continue
		}
		b = append(b, parts[start:ends[i]]...)
		start = ends[i]
	}
	return append(b, ']')
}

// The answer as JSON, as LeetCode shows it (nil slices as []).
func lc_json(b []byte, v interface{}) []byte {
	switch x := v.(type) {
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case int32:
		return strconv.AppendInt(b, int64(x), 10)
	case float64:
		return lc_float(b, x)
	case bool:
		return strconv.AppendBool(b, x)
	case string:
		return lc_string(b, x)
	case byte:
		return lc_string(b, string([]byte{x}))
	case *ListNode:
		return lc_list(b, x)
	case *TreeNode:
		return lc_treeJSON(b, x)
	case []int:
		return lc_seq(b, x, func(b []byte, e int) []byte { return strconv.AppendInt(b, int64(e), 10) })
	case []int64:
		return lc_seq(b, x, func(b []byte, e int64) []byte { return strconv.AppendInt(b, e, 10) })
	case []float64:
		return lc_seq(b, x, lc_float)
	case []bool:
		return lc_seq(b, x, strconv.AppendBool)
	case []string:
		return lc_seq(b, x, lc_string)
	case []byte:
		return lc_seq(b, x, func(b []byte, e byte) []byte { return lc_string(b, string([]byte{e})) })
	case [][]int:
		return lc_seq(b, x, func(b []byte, e []int) []byte { return lc_json(b, e) })
	case [][]string:
		return lc_seq(b, x, func(b []byte, e []string) []byte { return lc_json(b, e) })
	case [][]byte:
		return lc_seq(b, x, func(b []byte, e []byte) []byte { return lc_json(b, e) })
	case nil:
		return append(b, "null"...)
	}
	j, err := json.Marshal(v)
	if err != nil {
		return append(b, `"<invalid: unserializable value>"`...)
	}
	return append(b, j...)
}

// A JSON array of xs, each element written by elem.
func lc_seq[T any](b []byte, xs []T, elem func([]byte, T) []byte) []byte {
	b = append(b, '[')
	for i, e := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = elem(b, e)
	}
	return append(b, ']')
}

// CPU time of the process so far, in microseconds.
func lc_cpu() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Sec*1000000 + ru.Utime.Usec + ru.Stime.Sec*1000000 + ru.Stime.Usec
}

func lc_frame(index int, cpu int64, v interface{}) {
	body := lc_json(make([]byte, 0, 64), v)
	head := fmt.Sprintf("#LC %d %d %d\n", index, cpu, len(body))
	msg := append(append([]byte(head), body...), '\n')
	for len(msg) > 0 {
		n, err := syscall.Write(3, msg)
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil || n <= 0 {
			lc_die("cannot write the answer channel (fd 3): %v", err)
		}
		msg = msg[n:]
	}
}

// The end of the run: the user's buffered writers are theirs to flush (as on
// LeetCode); exit 0 even if user code left goroutines behind.
func lc_end() {
	os.Exit(0)
}

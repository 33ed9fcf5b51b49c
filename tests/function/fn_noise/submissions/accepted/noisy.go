// A noisy but correct Go solution: debug output on stdout and stderr, and
// attempts to read stdin (the driver has already consumed it: EOF).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

var calls = 0

func addTwo(a int, b int) int {
	calls++
	line := fmt.Sprintf("debug: adding %d and %d %s", a, b, strings.Repeat("x", 100))
	for i := 0; i < 4400; i++ {
		fmt.Println(line)
	}
	fmt.Fprintf(os.Stderr, "stderr: call %d\n", calls)
	got, err := io.ReadAll(os.Stdin)
	fmt.Fprintf(os.Stderr, "stdin bytes seen: %d (%v)\n", len(got), err)
	return a + b
}

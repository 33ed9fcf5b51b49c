// Run-time error: an index out of range panics (exit status 2).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	xs := make([]int64, n)
	for i := range xs {
		fmt.Fscan(in, &xs[i])
	}
	var s int64
	for i := 0; i <= n; i++ {
		s += xs[i]
	}
	fmt.Println(s)
}

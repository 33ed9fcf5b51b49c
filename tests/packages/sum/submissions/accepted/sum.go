// Accepted: buffered reading, 64-bit sums.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	fmt.Fscan(in, &n)
	var s int64
	for i := 0; i < n; i++ {
		var x int64
		fmt.Fscan(in, &x)
		s += x
	}
	fmt.Println(s)
}

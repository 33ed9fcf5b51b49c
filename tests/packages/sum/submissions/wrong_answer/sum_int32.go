// Wrong answer: the sum kept in 32 bits overflows.
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
	var s int32
	for i := 0; i < n; i++ {
		var x int64
		fmt.Fscan(in, &x)
		s += int32(x)
	}
	fmt.Println(s)
}

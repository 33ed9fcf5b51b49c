// Prefix sums in 64 bits; buffered input and output.
package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	next := func() int64 {
		c, _ := in.ReadByte()
		for c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			c, _ = in.ReadByte()
		}
		neg := c == '-'
		if neg {
			c, _ = in.ReadByte()
		}
		var x int64
		for c >= '0' && c <= '9' {
			x = x*10 + int64(c-'0')
			c, _ = in.ReadByte()
		}
		if neg {
			return -x
		}
		return x
	}
	n, q := int(next()), int(next())
	prefix := make([]int64, n+1)
	for i := 1; i <= n; i++ {
		prefix[i] = prefix[i-1] + next()
	}
	buf := make([]byte, 0, 24)
	for i := 0; i < q; i++ {
		l, r := next(), next()
		buf = strconv.AppendInt(buf[:0], prefix[r]-prefix[l-1], 10)
		buf = append(buf, '\n')
		out.Write(buf)
	}
}

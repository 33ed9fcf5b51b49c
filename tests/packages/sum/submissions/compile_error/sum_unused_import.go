// Compile error: an import that is not used is an error in Go.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var n int
	fmt.Scan(&n)
	fmt.Println(n)
}

// Counts words (runs of ASCII letters, lowercased); most frequent first, ties
// in alphabetical order.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	data, _ := io.ReadAll(os.Stdin)
	counts := map[string]int{}
	for i := 0; i < len(data); {
		if !isLetter(data[i]) {
			i++
			continue
		}
		j := i
		for j < len(data) && isLetter(data[j]) {
			j++
		}
		w := make([]byte, j-i)
		for k := range w {
			w[k] = data[i+k] | 0x20
		}
		counts[string(w)]++
		i = j
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(a, b int) bool {
		if counts[words[a]] != counts[words[b]] {
			return counts[words[a]] > counts[words[b]]
		}
		return words[a] < words[b]
	})
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, w := range words {
		fmt.Fprintf(out, "%s %d\n", w, counts[w])
	}
}

func isLetter(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// Forges the answer frame for its own test (claiming the right answer), then
// returns a wrong answer. The driver's own frame comes after it and the judge
// keeps the last frame of an index: the verdict must be Wrong Answer.
var index = 0 // calls are made in test order, one per test, from index 0

func addTwo(a int, b int) int {
	right := strconv.Itoa(a + b)
	f := os.NewFile(3, "answers")
	fmt.Fprintf(f, "#LC %d 0 %d\n%s\n", index, len(right), right)
	index++
	return a + b + 1
}

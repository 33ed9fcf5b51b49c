func evalRPN(tokens []string) int {
    stack := []int{}
    for _, t := range tokens {
        switch t {
        case "+", "-", "*", "/":
            a, b := stack[len(stack)-2], stack[len(stack)-1]
            stack = stack[:len(stack)-2]
            switch t {
            case "+":
                stack = append(stack, a+b)
            case "-":
                stack = append(stack, a-b)
            case "*":
                stack = append(stack, a*b)
            default:
                stack = append(stack, a/b) // Go's division truncates toward zero
            }
        default:
            v, _ := strconv.Atoi(t)
            stack = append(stack, v)
        }
    }
    return stack[len(stack)-1]
}

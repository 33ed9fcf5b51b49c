func echoIntMatrix(value [][]int) [][]int {
    out := [][]int{}
    for _, row := range value {
        out = append(out, append([]int{}, row...))
    }
    return out
}

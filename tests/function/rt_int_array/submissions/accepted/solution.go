func echoIntArray(value []int) []int {
    out := make([]int, 0, len(value))
    for _, v := range value {
        out = append(out, v)
    }
    return out
}

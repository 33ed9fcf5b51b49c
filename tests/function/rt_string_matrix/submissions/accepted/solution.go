func echoStringMatrix(value [][]string) [][]string {
    out := make([][]string, len(value))
    for i := range value {
        out[i] = append([]string{}, value[i]...)
    }
    return out
}

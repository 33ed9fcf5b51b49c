func echoCharMatrix(value [][]byte) [][]byte {
    out := make([][]byte, len(value))
    for i, row := range value {
        out[i] = append([]byte{}, row...)
    }
    return out
}

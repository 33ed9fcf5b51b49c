func echoBoolArray(value []bool) []bool {
    out := make([]bool, len(value))
    copy(out, value)
    return out
}

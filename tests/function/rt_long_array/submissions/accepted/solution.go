func echoLongArray(value []int64) []int64 {
    return append([]int64{}, value...)
}

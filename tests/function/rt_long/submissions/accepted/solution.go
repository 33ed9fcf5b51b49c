func echoLong(value int64) int64 {
    return value
}

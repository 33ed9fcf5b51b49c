func echoCharArray(value []byte) []byte {
    return append([]byte{}, value...)
}

func echoInt(value int) int {
    return value
}

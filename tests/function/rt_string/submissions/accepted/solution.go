func echoString(value string) string {
    return value
}

func echoStringArray(value []string) []string {
    return append([]string{}, value...)
}

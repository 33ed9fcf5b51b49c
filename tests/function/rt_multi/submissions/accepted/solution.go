func repeatWord(word string, times int, suffix bool, tail byte) string {
    s := strings.Repeat(word, times)
    if suffix {
        s += string(tail)
    }
    return s
}

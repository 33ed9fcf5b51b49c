func echoBool(value bool) bool {
    return value
}

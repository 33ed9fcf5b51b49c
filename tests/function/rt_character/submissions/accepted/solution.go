func echoChar(value byte) byte {
    return value
}

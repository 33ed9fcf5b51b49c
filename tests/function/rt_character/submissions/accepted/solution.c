char echoChar(char value) {
    return value;
}

int echoInt(int value) {
    return value;
}

double echoDouble(double value) {
    return value;
}

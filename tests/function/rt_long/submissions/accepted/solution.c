long long echoLong(long long value) {
    return value;
}

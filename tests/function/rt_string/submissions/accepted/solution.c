char* echoString(char* value) {
    size_t n = strlen(value);
    char* copy = malloc(n + 1);
    memcpy(copy, value, n + 1);
    return copy;
}

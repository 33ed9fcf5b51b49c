bool echoBool(bool value) {
    return value;
}

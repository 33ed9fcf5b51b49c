function echoBool(value: boolean): boolean {
    return value;
};

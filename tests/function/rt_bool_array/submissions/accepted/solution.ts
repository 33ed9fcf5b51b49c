function echoBoolArray(value: boolean[]): boolean[] {
    return value;
};

function echoDouble(value: number): number {
    return value;
};

function echoCharMatrix(value: string[][]): string[][] {
    return value;
};

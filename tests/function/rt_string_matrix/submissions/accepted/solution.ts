function echoStringMatrix(value: string[][]): string[][] {
    return value;
};

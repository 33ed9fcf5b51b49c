function echoIntMatrix(value: number[][]): number[][] {
    return value;
};

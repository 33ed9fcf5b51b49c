function echoDoubleArray(value: number[]): number[] {
    return value;
};

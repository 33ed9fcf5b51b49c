function echoLongArray(value: number[]): number[] {
    return value;
};

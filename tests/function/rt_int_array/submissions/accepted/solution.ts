function echoIntArray(value: number[]): number[] {
    return value;
};

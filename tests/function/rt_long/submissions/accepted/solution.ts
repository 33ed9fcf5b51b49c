function echoLong(value: number): number {
    return value;
};

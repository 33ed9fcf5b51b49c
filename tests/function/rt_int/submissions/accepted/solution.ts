function echoInt(value: number): number {
    return value;
};

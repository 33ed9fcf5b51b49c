function echoCharArray(value: string[]): string[] {
    return value;
};

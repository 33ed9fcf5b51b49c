function echoStringArray(value: string[]): string[] {
    return value;
};

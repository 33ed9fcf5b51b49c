function echoString(value: string): string {
    return value;
};

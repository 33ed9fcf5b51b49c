function echoChar(value: string): string {
    return value;
};

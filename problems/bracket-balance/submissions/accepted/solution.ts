function isValid(s: string): boolean {
    const match = { ')': '(', ']': '[', '}': '{' };
    const stack = [];
    for (const c of s) {
        if (c === '(' || c === '[' || c === '{') {
            stack.push(c);
        } else if (stack.length === 0 || stack.pop() !== match[c]) {
            return false;
        }
    }
    return stack.length === 0;
};

function dailyTemperatures(temps: number[]): number[] {
    const n = temps.length;
    const ans = new Array(n).fill(0);
    const stack = [];
    for (let i = 0; i < n; i++) {
        while (stack.length > 0 && temps[stack[stack.length - 1]] < temps[i]) {
            const j = stack.pop();
            ans[j] = i - j;
        }
        stack.push(i);
    }
    return ans;
};

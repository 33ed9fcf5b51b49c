function climbStairs(n: number): number {
    let a = 1, b = 1; // ways to reach step 0 and step 1
    for (let i = 2; i <= n; i++) [a, b] = [b, a + b];
    return b;
};

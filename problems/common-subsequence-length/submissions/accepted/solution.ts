function longestCommonSubsequence(a: string, b: string): number {
    const n = a.length, m = b.length;
    let prev = new Int32Array(m + 1), cur = new Int32Array(m + 1);
    for (let i = 1; i <= n; i++) {
        const ca = a.charCodeAt(i - 1);
        for (let j = 1; j <= m; j++) {
            if (ca === b.charCodeAt(j - 1)) cur[j] = prev[j - 1] + 1;
            else cur[j] = cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
        }
        const t = prev; prev = cur; cur = t;
    }
    return prev[m];
};

function minDistance(word1: string, word2: string): number {
    const n = word1.length, m = word2.length;
    let prev = new Int32Array(m + 1), cur = new Int32Array(m + 1);
    for (let j = 0; j <= m; j++) prev[j] = j;
    for (let i = 1; i <= n; i++) {
        cur[0] = i;
        for (let j = 1; j <= m; j++) {
            if (word1[i - 1] === word2[j - 1]) cur[j] = prev[j - 1];
            else cur[j] = 1 + Math.min(prev[j - 1], prev[j], cur[j - 1]);
        }
        [prev, cur] = [cur, prev];
    }
    return prev[m];
};

// Wrong: only insertions and deletions, so a replacement costs two steps.
function minDistance(word1: string, word2: string): number {
    const m = word2.length;
    let prev: number[] = Array.from({length: m + 1}, (_, j) => j);
    for (let i = 1; i <= word1.length; i++) {
        const cur: number[] = new Array(m + 1).fill(i);
        for (let j = 1; j <= m; j++) {
            if (word1[i - 1] === word2[j - 1]) cur[j] = prev[j - 1];
            else cur[j] = 1 + Math.min(prev[j], cur[j - 1]);
        }
        prev = cur;
    }
    return prev[m];
};

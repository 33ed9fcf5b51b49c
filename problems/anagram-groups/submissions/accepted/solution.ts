function groupAnagrams(words: string[]): string[][] {
    const groups = new Map();
    for (const w of words) {
        const counts = new Array(26).fill(0);
        for (let i = 0; i < w.length; i++) counts[w.charCodeAt(i) - 97]++;
        const key = counts.join(",");
        let g = groups.get(key);
        if (g === undefined) {
            g = [];
            groups.set(key, g);
        }
        g.push(w);
    }
    return [...groups.values()];
};

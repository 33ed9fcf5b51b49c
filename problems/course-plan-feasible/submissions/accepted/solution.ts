function canFinish(courses: number, prereqs: number[][]): boolean {
    const indeg = new Int32Array(courses);
    const after = Array.from({length: courses}, () => []);
    for (const [a, b] of prereqs) {
        after[b].push(a);
        indeg[a]++;
    }
    const queue = [];
    for (let v = 0; v < courses; v++) if (indeg[v] === 0) queue.push(v);
    for (let h = 0; h < queue.length; h++) {
        for (const w of after[queue[h]]) {
            if (--indeg[w] === 0) queue.push(w);
        }
    }
    return queue.length === courses;
};

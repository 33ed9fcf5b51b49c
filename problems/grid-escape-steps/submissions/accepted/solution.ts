function shortestPathBinaryMatrix(grid: number[][]): number {
    const n = grid.length;
    if (grid[0][0] || grid[n - 1][n - 1]) return -1;
    const dist = new Int32Array(n * n);
    const q = new Int32Array(n * n);
    let head = 0, tail = 0;
    dist[0] = 1;
    q[tail++] = 0;
    while (head < tail) {
        const p = q[head++], r = Math.floor(p / n), c = p % n;
        if (p === n * n - 1) return dist[p];
        for (let dr = -1; dr <= 1; dr++)
            for (let dc = -1; dc <= 1; dc++) {
                const x = r + dr, y = c + dc;
                if (x >= 0 && y >= 0 && x < n && y < n && !grid[x][y] && !dist[x * n + y]) {
                    dist[x * n + y] = dist[p] + 1;
                    q[tail++] = x * n + y;
                }
            }
    }
    return -1;
};

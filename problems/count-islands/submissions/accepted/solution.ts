function numIslands(grid: string[][]): number {
    const m = grid.length, n = grid[0].length;
    const seen = new Uint8Array(m * n);
    const stack = new Int32Array(m * n);
    let count = 0;
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== '1' || seen[i * n + j]) continue;
            count++;
            let top = 0;
            seen[i * n + j] = 1;
            stack[top++] = i * n + j;
            while (top > 0) {
                const cell = stack[--top];
                const r = (cell / n) | 0, c = cell - r * n;
                const next = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]];
                for (const [x, y] of next) {
                    if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === '1' && !seen[x * n + y]) {
                        seen[x * n + y] = 1;
                        stack[top++] = x * n + y;
                    }
                }
            }
        }
    }
    return count;
};

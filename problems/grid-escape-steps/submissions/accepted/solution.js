/**
 * @param {number[][]} grid
 * @return {number}
 */
var escapeSteps = function(grid) {
    const m = grid.length, n = grid[0].length;
    if (grid[0][0] !== 0 || grid[m - 1][n - 1] !== 0) return -1;
    const dist = new Int32Array(m * n).fill(-1);
    const queue = new Int32Array(m * n);
    let head = 0, tail = 0;
    dist[0] = 0;
    queue[tail++] = 0;
    while (head < tail) {
        const cell = queue[head++];
        const r = Math.floor(cell / n), c = cell % n;
        for (let a = -1; a <= 1; a++) {
            for (let b = -1; b <= 1; b++) {
                const x = r + a, y = c + b;
                if (x < 0 || x >= m || y < 0 || y >= n || grid[x][y] !== 0 || dist[x * n + y] >= 0) continue;
                dist[x * n + y] = dist[cell] + 1;
                queue[tail++] = x * n + y;
            }
        }
    }
    return dist[m * n - 1];
};

func shortestPathBinaryMatrix(grid [][]int) int {
    n := len(grid)
    if grid[0][0] != 0 || grid[n-1][n-1] != 0 {
        return -1
    }
    dist := make([]int, n*n)
    q := []int{0}
    dist[0] = 1
    for h := 0; h < len(q); h++ {
        p := q[h]
        r, c := p/n, p%n
        if p == n*n-1 {
            return dist[p]
        }
        for dr := -1; dr <= 1; dr++ {
            for dc := -1; dc <= 1; dc++ {
                x, y := r+dr, c+dc
                if x >= 0 && y >= 0 && x < n && y < n && grid[x][y] == 0 && dist[x*n+y] == 0 {
                    dist[x*n+y] = dist[p] + 1
                    q = append(q, x*n+y)
                }
            }
        }
    }
    return -1
}

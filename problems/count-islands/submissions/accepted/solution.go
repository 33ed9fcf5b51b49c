func numIslands(grid [][]byte) int {
    m, n := len(grid), len(grid[0])
    seen := make([]bool, m*n)
    stack := []int{}
    count := 0
    dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
    for i := 0; i < m; i++ {
        for j := 0; j < n; j++ {
            if grid[i][j] != '1' || seen[i*n+j] {
                continue
            }
            count++
            seen[i*n+j] = true
            stack = append(stack[:0], i*n+j)
            for len(stack) > 0 {
                cell := stack[len(stack)-1]
                stack = stack[:len(stack)-1]
                r, c := cell/n, cell%n
                for _, d := range dirs {
                    x, y := r+d[0], c+d[1]
                    if x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1' && !seen[x*n+y] {
                        seen[x*n+y] = true
                        stack = append(stack, x*n+y)
                    }
                }
            }
        }
    }
    return count
}

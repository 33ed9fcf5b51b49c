impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut seen = vec![vec![false; n]; m];
        let mut count = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != '1' || seen[i][j] {
                    continue;
                }
                count += 1;
                seen[i][j] = true;
                let mut stack = vec![(i, j)];
                while let Some((r, c)) = stack.pop() {
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (x, y) in next {
                        if grid[x][y] == '1' && !seen[x][y] {
                            seen[x][y] = true;
                            stack.push((x, y));
                        }
                    }
                }
            }
        }
        count
    }
}

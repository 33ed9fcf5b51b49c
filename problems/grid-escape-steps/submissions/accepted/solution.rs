use std::collections::VecDeque;

impl Solution {
    pub fn shortest_path_binary_matrix(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        if grid[0][0] != 0 || grid[n - 1][n - 1] != 0 {
            return -1;
        }
        let mut dist = vec![vec![0; n]; n];
        dist[0][0] = 1;
        let mut q = VecDeque::from(vec![(0usize, 0usize)]);
        while let Some((r, c)) = q.pop_front() {
            if r == n - 1 && c == n - 1 {
                return dist[r][c];
            }
            for dr in -1i32..=1 {
                for dc in -1i32..=1 {
                    let (x, y) = (r as i32 + dr, c as i32 + dc);
                    if x < 0 || y < 0 || x >= n as i32 || y >= n as i32 {
                        continue;
                    }
                    let (x, y) = (x as usize, y as usize);
                    if grid[x][y] == 0 && dist[x][y] == 0 {
                        dist[x][y] = dist[r][c] + 1;
                        q.push_back((x, y));
                    }
                }
            }
        }
        -1
    }
}

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut indeg = vec![0; n];
        let mut after = vec![vec![]; n];
        for p in &prerequisites {
            after[p[1] as usize].push(p[0] as usize);
            indeg[p[0] as usize] += 1;
        }
        let mut queue: Vec<usize> = (0..n).filter(|&v| indeg[v] == 0).collect();
        let mut h = 0;
        while h < queue.len() {
            let v = queue[h];
            h += 1;
            for &w in &after[v] {
                indeg[w] -= 1;
                if indeg[w] == 0 {
                    queue.push(w);
                }
            }
        }
        queue.len() == n
    }
}

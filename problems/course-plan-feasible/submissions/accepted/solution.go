func canFinish(numCourses int, prerequisites [][]int) bool {
    indeg := make([]int, numCourses)
    after := make([][]int, numCourses)
    for _, p := range prerequisites {
        after[p[1]] = append(after[p[1]], p[0])
        indeg[p[0]]++
    }
    queue := []int{}
    for v := 0; v < numCourses; v++ {
        if indeg[v] == 0 {
            queue = append(queue, v)
        }
    }
    for h := 0; h < len(queue); h++ {
        for _, w := range after[queue[h]] {
            indeg[w]--
            if indeg[w] == 0 {
                queue = append(queue, w)
            }
        }
    }
    return len(queue) == numCourses
}

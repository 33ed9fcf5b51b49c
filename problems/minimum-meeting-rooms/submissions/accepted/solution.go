func minMeetingRooms(intervals [][]int) int {
    n := len(intervals)
    starts, ends := make([]int, n), make([]int, n)
    for i, iv := range intervals {
        starts[i], ends[i] = iv[0], iv[1]
    }
    sort.Ints(starts)
    sort.Ints(ends)
    rooms, best, j := 0, 0, 0
    for i := 0; i < n; i++ {
        for ends[j] <= starts[i] {
            j++
            rooms--
        }
        rooms++
        best = max(best, rooms)
    }
    return best
}

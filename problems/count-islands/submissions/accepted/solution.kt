class Solution {
    fun numIslands(grid: Array<CharArray>): Int {
        val rows = grid.size
        val cols = grid[0].size
        var count = 0
        val queue = ArrayDeque<Int>()
        for (r in 0 until rows) {
            for (c in 0 until cols) {
                if (grid[r][c] != '1') continue
                count++
                grid[r][c] = '0'
                queue.add(r * cols + c)
                while (queue.isNotEmpty()) {
                    val cell = queue.poll()
                    val y = cell / cols
                    val x = cell % cols
                    for ((dy, dx) in listOf(1 to 0, -1 to 0, 0 to 1, 0 to -1)) {
                        val ny = y + dy
                        val nx = x + dx
                        if (ny in 0 until rows && nx in 0 until cols && grid[ny][nx] == '1') {
                            grid[ny][nx] = '0'
                            queue.add(ny * cols + nx)
                        }
                    }
                }
            }
        }
        return count
    }
}

object Solution {
    def numIslands(grid: Array[Array[Char]]): Int = {
        val rows = grid.length
        val cols = grid(0).length
        var count = 0
        val queue = new java.util.ArrayDeque[Int]()
        val dirs = Array((1, 0), (-1, 0), (0, 1), (0, -1))
        for (r <- 0 until rows; c <- 0 until cols if grid(r)(c) == '1') {
            count += 1
            grid(r)(c) = '0'
            queue.add(r * cols + c)
            while (!queue.isEmpty) {
                val cell = queue.poll()
                val y = cell / cols
                val x = cell % cols
                for ((dy, dx) <- dirs) {
                    val ny = y + dy
                    val nx = x + dx
                    if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid(ny)(nx) == '1') {
                        grid(ny)(nx) = '0'
                        queue.add(ny * cols + nx)
                    }
                }
            }
        }
        count
    }
}

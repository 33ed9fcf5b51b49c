object Solution {
    def rotate(matrix: Array[Array[Int]]): Unit = {
        val n = matrix.length
        for (i <- 0 until n; j <- i + 1 until n) {
            val t = matrix(i)(j)
            matrix(i)(j) = matrix(j)(i)
            matrix(j)(i) = t
        }
        for (row <- matrix; j <- 0 until n / 2) {
            val t = row(j)
            row(j) = row(n - 1 - j)
            row(n - 1 - j) = t
        }
    }
}

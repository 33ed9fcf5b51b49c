func rotate(matrix [][]int)  {
    n := len(matrix)
    for i := 0; i < n; i++ {
        for j := i + 1; j < n; j++ {
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        }
    }
    for _, row := range matrix {
        for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
            row[i], row[j] = row[j], row[i]
        }
    }
}

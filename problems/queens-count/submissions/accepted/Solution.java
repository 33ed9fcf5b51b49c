class Solution {
    private int n;
    private boolean[] col, diag, anti;

    private int place(int row) {
        if (row == n) return 1;
        int total = 0;
        for (int c = 0; c < n; c++) {
            if (col[c] || diag[row + c] || anti[row - c + n - 1]) continue;
            col[c] = diag[row + c] = anti[row - c + n - 1] = true;
            total += place(row + 1);
            col[c] = diag[row + c] = anti[row - c + n - 1] = false;
        }
        return total;
    }

    public int totalNQueens(int n) {
        this.n = n;
        col = new boolean[n];
        diag = new boolean[2 * n];
        anti = new boolean[2 * n];
        return place(0);
    }
}

class Solution {
    int n;
    vector<bool> col, diag, anti;

    int place(int row) {
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
public:
    int totalNQueens(int n) {
        this->n = n;
        col.assign(n, false);
        diag.assign(2 * n, false);
        anti.assign(2 * n, false);
        return place(0);
    }
};

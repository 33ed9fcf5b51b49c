static int place(int full, int cols, int d1, int d2) {
    if (cols == full) return 1;
    int total = 0;
    int freeCells = full & ~(cols | d1 | d2);
    while (freeCells) {
        int bit = freeCells & -freeCells;
        freeCells ^= bit;
        total += place(full, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
    return total;
}

int totalNQueens(int n) {
    return place((1 << n) - 1, 0, 0, 0);
}

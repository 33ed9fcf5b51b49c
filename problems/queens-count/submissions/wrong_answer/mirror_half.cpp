// Wrong: uses the mirror symmetry (first-row queen in the left half, count doubled) but
// forgets the middle column when n is odd.
class Solution {
    int full;
    int place(int cols, int d1, int d2) {
        if (cols == full) return 1;
        int total = 0;
        for (int free = full & ~(cols | d1 | d2); free; free &= free - 1) {
            int bit = free & -free;
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
        }
        return total;
    }
public:
    int totalNQueens(int n) {
        full = (1 << n) - 1;
        int half = 0;
        for (int c = 0; c < n / 2; c++) {
            int bit = 1 << c;
            half += place(bit, (bit << 1) & full, bit >> 1);
        }
        return n == 1 ? 1 : 2 * half;
    }
};

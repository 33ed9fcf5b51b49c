// Wrong: counts placements up to rotation and reflection (one per symmetry class),
// although the statement counts mirror images and rotations separately.
class Solution {
    int n, full;
    vector<int> cols;
    set<vector<int>> seen;

    vector<int> canonical(vector<int> q) {
        vector<int> best = q;
        for (int k = 0; k < 4; k++) {
            best = min(best, q);
            best = min(best, vector<int>(q.rbegin(), q.rend()));
            vector<int> rot(n);
            for (int r = 0; r < n; r++) rot[q[r]] = n - 1 - r;
            q = rot;
        }
        return best;
    }

    void place(int used, int d1, int d2) {
        if (used == full) {
            seen.insert(canonical(cols));
            return;
        }
        for (int free = full & ~(used | d1 | d2); free; free &= free - 1) {
            int bit = free & -free;
            cols.push_back(__builtin_ctz(bit));
            place(used | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
            cols.pop_back();
        }
    }
public:
    int totalNQueens(int n) {
        this->n = n;
        full = (1 << n) - 1;
        place(0, 0, 0);
        return seen.size();
    }
};

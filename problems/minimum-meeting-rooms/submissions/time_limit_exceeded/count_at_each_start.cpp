// For every meeting, counts the meetings running at its start time: O(n^2).
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& meetings) {
        int n = meetings.size(), best = 0;
        for (int i = 0; i < n; i++) {
            int t = meetings[i][0], busy = 0;
            for (int j = 0; j < n; j++)
                if (meetings[j][0] <= t && t < meetings[j][1]) busy++;
            best = max(best, busy);
        }
        return best;
    }
};

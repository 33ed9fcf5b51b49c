// Treats a meeting that ends at t as still busy at t: back-to-back meetings get separate rooms.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& meetings) {
        vector<int> starts, ends;
        for (auto& m : meetings) {
            starts.push_back(m[0]);
            ends.push_back(m[1]);
        }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        int rooms = 0, best = 0, j = 0;
        for (int s : starts) {
            while (ends[j] < s) {
                j++;
                rooms--;
            }
            rooms++;
            best = max(best, rooms);
        }
        return best;
    }
};

class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& meetings) {
        sort(meetings.begin(), meetings.end());
        priority_queue<int, vector<int>, greater<int>> ends;  // end times of busy rooms
        for (auto& m : meetings) {
            if (!ends.empty() && ends.top() <= m[0]) ends.pop();
            ends.push(m[1]);
        }
        return (int)ends.size();
    }
};

function minMeetingRooms(meetings: number[][]): number {
    const n = meetings.length;
    const starts = new Int32Array(n), ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        starts[i] = meetings[i][0];
        ends[i] = meetings[i][1];
    }
    starts.sort();
    ends.sort();
    let rooms = 0, best = 0, j = 0;
    for (let i = 0; i < n; i++) {
        while (ends[j] <= starts[i]) {
            j++;
            rooms--;
        }
        rooms++;
        best = Math.max(best, rooms);
    }
    return best;
};

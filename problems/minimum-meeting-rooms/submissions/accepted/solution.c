static int cmpInt(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

int minMeetingRooms(int** meetings, int meetingsSize, int* meetingsColSize) {
    (void)meetingsColSize;
    int* starts = malloc(meetingsSize * sizeof(int));
    int* ends = malloc(meetingsSize * sizeof(int));
    for (int i = 0; i < meetingsSize; i++) {
        starts[i] = meetings[i][0];
        ends[i] = meetings[i][1];
    }
    qsort(starts, meetingsSize, sizeof(int), cmpInt);
    qsort(ends, meetingsSize, sizeof(int), cmpInt);
    int rooms = 0, best = 0, j = 0;
    for (int i = 0; i < meetingsSize; i++) {
        while (ends[j] <= starts[i]) {
            j++;
            rooms--;
        }
        rooms++;
        if (rooms > best) best = rooms;
    }
    free(starts);
    free(ends);
    return best;
}

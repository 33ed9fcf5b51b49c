bool canFinish(int courses, int** prereqs, int prereqsSize, int* prereqsColSize) {
    // Kahn's algorithm with the edges in compressed (CSR) form
    int* indeg = calloc(courses, sizeof(int));
    int* start = calloc(courses + 1, sizeof(int));
    int* after = malloc((prereqsSize + 1) * sizeof(int));
    int* queue = malloc(courses * sizeof(int));
    for (int i = 0; i < prereqsSize; i++) {
        indeg[prereqs[i][0]]++;
        start[prereqs[i][1] + 1]++;
    }
    for (int v = 0; v < courses; v++) start[v + 1] += start[v];
    int* fill = malloc((courses + 1) * sizeof(int));
    memcpy(fill, start, (courses + 1) * sizeof(int));
    for (int i = 0; i < prereqsSize; i++) after[fill[prereqs[i][1]]++] = prereqs[i][0];
    int head = 0, tail = 0;
    for (int v = 0; v < courses; v++)
        if (indeg[v] == 0) queue[tail++] = v;
    while (head < tail) {
        int v = queue[head++];
        for (int k = start[v]; k < start[v + 1]; k++)
            if (--indeg[after[k]] == 0) queue[tail++] = after[k];
    }
    free(indeg);
    free(start);
    free(after);
    free(queue);
    free(fill);
    return tail == courses;
}

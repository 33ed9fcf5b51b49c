/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static int byStart(const void* a, const void* b) {
    const int* x = *(const int* const*)a;
    const int* y = *(const int* const*)b;
    if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
    return (x[1] > y[1]) - (x[1] < y[1]);
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    (void)intervalsColSize;
    int** order = malloc(intervalsSize * sizeof(int*));
    memcpy(order, intervals, intervalsSize * sizeof(int*));
    qsort(order, intervalsSize, sizeof(int*), byStart);

    int** out = malloc(intervalsSize * sizeof(int*));
    int count = 0;
    for (int i = 0; i < intervalsSize; i++) {
        int s = order[i][0], e = order[i][1];
        if (count > 0 && s <= out[count - 1][1]) {
            if (e > out[count - 1][1]) out[count - 1][1] = e;
        } else {
            out[count] = malloc(2 * sizeof(int));
            out[count][0] = s;
            out[count][1] = e;
            count++;
        }
    }
    free(order);

    *returnSize = count;
    *returnColumnSizes = malloc((count > 0 ? count : 1) * sizeof(int));
    for (int i = 0; i < count; i++) (*returnColumnSizes)[i] = 2;
    return out;
}

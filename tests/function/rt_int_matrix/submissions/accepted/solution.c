/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
int** echoIntMatrix(int** value, int valueSize, int* valueColSize, int* returnSize, int** returnColumnSizes) {
    int** ans = malloc(sizeof(int*) * (valueSize + 1));
    *returnColumnSizes = malloc(sizeof(int) * (valueSize + 1));
    for (int i = 0; i < valueSize; i++) {
        int cols = valueColSize[i];
        ans[i] = malloc(sizeof(int) * (cols + 1));
        for (int j = 0; j < cols; j++) ans[i][j] = value[i][j];
        (*returnColumnSizes)[i] = cols;
    }
    *returnSize = valueSize;
    return ans;
}

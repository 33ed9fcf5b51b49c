/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
char** echoCharMatrix(char** value, int valueSize, int* valueColSize, int* returnSize, int** returnColumnSizes) {
    char** ans = malloc(sizeof(char*) * (valueSize + 1));
    *returnColumnSizes = malloc(sizeof(int) * (valueSize + 1));
    for (int i = 0; i < valueSize; i++) {
        ans[i] = malloc(valueColSize[i] + 1);
        memcpy(ans[i], value[i], valueColSize[i]);
        (*returnColumnSizes)[i] = valueColSize[i];
    }
    *returnSize = valueSize;
    return ans;
}

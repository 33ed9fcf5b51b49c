/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
double* echoDoubleArray(double* value, int valueSize, int* returnSize) {
    double* ans = malloc(sizeof(double) * (valueSize + 1));
    for (int i = 0; i < valueSize; i++) ans[i] = value[i];
    *returnSize = valueSize;
    return ans;
}

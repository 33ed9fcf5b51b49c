/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
int* echoIntArray(int* value, int valueSize, int* returnSize) {
    int* ans = malloc(sizeof(int) * (valueSize > 0 ? valueSize : 1));
    for (int i = 0; i < valueSize; i++) {
        ans[i] = value[i];
    }
    *returnSize = valueSize;
    return ans;
}

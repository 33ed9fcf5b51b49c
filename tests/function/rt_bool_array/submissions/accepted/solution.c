/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
bool* echoBoolArray(bool* value, int valueSize, int* returnSize) {
    bool* ans = (bool*)malloc(sizeof(bool) * (valueSize + 1));
    for (int i = 0; i < valueSize; ++i) {
        ans[i] = value[i];
    }
    *returnSize = valueSize;
    return ans;
}

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
long long* echoLongArray(long long* value, int valueSize, int* returnSize) {
    *returnSize = valueSize;
    if (valueSize == 0) return NULL;
    long long* ans = malloc(sizeof(long long) * valueSize);
    memcpy(ans, value, sizeof(long long) * valueSize);
    return ans;
}

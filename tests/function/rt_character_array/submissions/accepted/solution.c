/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
char* echoCharArray(char* value, int valueSize, int* returnSize) {
    char* ans = malloc(valueSize + 1);
    memcpy(ans, value, valueSize);
    ans[valueSize] = '\0';
    *returnSize = valueSize;
    return ans;
}

/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
char** echoStringArray(char** value, int valueSize, int* returnSize) {
    char** ans = malloc(sizeof(char*) * (valueSize + 1));
    for (int i = 0; i < valueSize; i++) {
        ans[i] = strdup(value[i]);
    }
    *returnSize = valueSize;
    return ans;
}

/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
struct Group {
    char *key;
    int id;
    UT_hash_handle hh;
};

static int cmpChar(const void *a, const void *b) {
    return *(const char *)a - *(const char *)b;
}

char*** groupAnagrams(char** words, int wordsSize, int* returnSize, int** returnColumnSizes) {
    struct Group *groups = NULL, *g, *tmp;
    int *groupOf = malloc(sizeof(int) * (wordsSize ? wordsSize : 1));
    int *counts = calloc(wordsSize ? wordsSize : 1, sizeof(int));
    int numGroups = 0;
    for (int i = 0; i < wordsSize; i++) {
        int len = strlen(words[i]);
        char *key = malloc(len + 1);
        memcpy(key, words[i], len + 1);
        qsort(key, len, 1, cmpChar);
        HASH_FIND_STR(groups, key, g);
        if (g) {
            free(key);
        } else {
            g = malloc(sizeof *g);
            g->key = key;
            g->id = numGroups++;
            HASH_ADD_KEYPTR(hh, groups, g->key, len, g);
        }
        groupOf[i] = g->id;
        counts[g->id]++;
    }
    char ***result = malloc(sizeof(char **) * (numGroups ? numGroups : 1));
    int *sizes = malloc(sizeof(int) * (numGroups ? numGroups : 1));
    for (int k = 0; k < numGroups; k++) {
        result[k] = malloc(sizeof(char *) * counts[k]);
        sizes[k] = 0;
    }
    for (int i = 0; i < wordsSize; i++) {
        int k = groupOf[i];
        result[k][sizes[k]++] = words[i];
    }
    HASH_ITER(hh, groups, g, tmp) {
        HASH_DEL(groups, g);
        free(g->key);
        free(g);
    }
    free(groupOf);
    free(counts);
    *returnSize = numGroups;
    *returnColumnSizes = sizes;
    return result;
}

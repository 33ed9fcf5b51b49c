/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
struct entry {
    int value;           /* key */
    int index;
    UT_hash_handle hh;   /* LeetCode includes uthash.h for C */
};

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    struct entry *seen = NULL, *e, *tmp;
    int* res = malloc(2 * sizeof(int));
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        int want = target - nums[i];
        HASH_FIND_INT(seen, &want, e);
        if (e) {
            res[0] = e->index;
            res[1] = i;
            *returnSize = 2;
            break;
        }
        HASH_FIND_INT(seen, &nums[i], e);
        if (!e) {
            e = malloc(sizeof *e);
            e->value = nums[i];
            e->index = i;
            HASH_ADD_INT(seen, value, e);
        }
    }
    HASH_ITER(hh, seen, e, tmp) {
        HASH_DEL(seen, e);
        free(e);
    }
    return res;
}

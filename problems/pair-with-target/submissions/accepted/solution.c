/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
struct Entry {
    int key;
    int index;
    UT_hash_handle hh;
};

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    struct Entry *seen = NULL, *e, *tmp;
    int* ans = malloc(2 * sizeof(int));
    *returnSize = 0;
    for (int j = 0; j < numsSize; j++) {
        int need = target - nums[j];
        HASH_FIND_INT(seen, &need, e);
        if (e) {
            ans[0] = e->index;
            ans[1] = j;
            *returnSize = 2;
            break;
        }
        HASH_FIND_INT(seen, &nums[j], e);
        if (!e) {
            e = malloc(sizeof *e);
            e->key = nums[j];
            e->index = j;
            HASH_ADD_INT(seen, key, e);
        }
    }
    HASH_ITER(hh, seen, e, tmp) {
        HASH_DEL(seen, e);
        free(e);
    }
    return ans;
}

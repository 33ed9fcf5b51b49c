struct Item {
    int value;
    UT_hash_handle hh;
};

int longestConsecutive(int* nums, int numsSize) {
    struct Item *set = NULL, *e, *tmp;
    struct Item *pool = malloc(sizeof(struct Item) * (numsSize ? numsSize : 1));
    int used = 0;
    for (int i = 0; i < numsSize; i++) {
        HASH_FIND_INT(set, &nums[i], e);
        if (!e) {
            e = &pool[used++];
            e->value = nums[i];
            HASH_ADD_INT(set, value, e);
        }
    }
    int best = 0;
    HASH_ITER(hh, set, e, tmp) {
        int prev = e->value - 1;
        struct Item *f;
        HASH_FIND_INT(set, &prev, f);
        if (f) continue;  /* not the start of a run */
        int len = 1, next = e->value + 1;
        HASH_FIND_INT(set, &next, f);
        while (f) {
            len++;
            next++;
            HASH_FIND_INT(set, &next, f);
        }
        if (len > best) best = len;
    }
    HASH_CLEAR(hh, set);
    free(pool);
    return best;
}

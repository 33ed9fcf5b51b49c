struct Last {
    int value;
    int index;
    UT_hash_handle hh;
};

bool containsNearbyDuplicate(int* nums, int numsSize, int k) {
    struct Last *last = NULL, *e, *tmp;
    bool found = false;
    for (int i = 0; i < numsSize && !found; i++) {
        HASH_FIND_INT(last, &nums[i], e);
        if (e) {
            if (i - e->index <= k) found = true;
            e->index = i;
        } else {
            e = malloc(sizeof *e);
            e->value = nums[i];
            e->index = i;
            HASH_ADD_INT(last, value, e);
        }
    }
    HASH_ITER(hh, last, e, tmp) {
        HASH_DEL(last, e);
        free(e);
    }
    return found;
}

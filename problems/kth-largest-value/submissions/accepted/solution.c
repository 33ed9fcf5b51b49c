static void swapInts(int* a, int* b) {
    int t = *a;
    *a = *b;
    *b = t;
}

/* Quickselect with a random pivot and a three-way partition (handles many equal values). */
int findKthLargest(int* nums, int numsSize, int k) {
    int* a = malloc(numsSize * sizeof(int));
    memcpy(a, nums, numsSize * sizeof(int));
    int want = numsSize - k; /* index in ascending order */
    int lo = 0, hi = numsSize - 1;
    unsigned seed = 12345u;
    int ans = 0;
    while (1) {
        seed = seed * 1103515245u + 12345u;
        int pivot = a[lo + (int)((seed >> 8) % (unsigned)(hi - lo + 1))];
        int lt = lo, i = lo, gt = hi;
        while (i <= gt) {
            if (a[i] < pivot) swapInts(&a[lt++], &a[i++]);
            else if (a[i] > pivot) swapInts(&a[i], &a[gt--]);
            else i++;
        }
        if (want < lt) hi = lt - 1;
        else if (want > gt) lo = gt + 1;
        else {
            ans = pivot;
            break;
        }
    }
    free(a);
    return ans;
}

/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    // LeetCode's preloaded MinPriorityQueue (@datastructures-js/priority-queue 5.4)
    const heap = new MinPriorityQueue();
    for (const x of nums) {
        heap.enqueue(x);
        if (heap.size() > k) heap.dequeue();
    }
    return heap.front().element;
};

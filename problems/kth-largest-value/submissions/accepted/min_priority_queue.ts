function findKthLargest(nums: number[], k: number): number {
    // LeetCode's preloaded MinPriorityQueue (@datastructures-js/priority-queue 5.4),
    // and lodash's _ for the input check
    const heap = new MinPriorityQueue();
    for (const x of _.castArray(nums)) {
        heap.enqueue(x);
        if (heap.size() > k) heap.dequeue();
    }
    return heap.front().element;
};

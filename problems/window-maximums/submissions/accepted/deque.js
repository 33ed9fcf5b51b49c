/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var maxSlidingWindow = function(nums, k) {
    // LeetCode's preloaded Deque (@datastructures-js/deque 1.0.4): indices, values decreasing
    const dq = new Deque();
    const res = [];
    for (let i = 0; i < nums.length; i++) {
        while (!dq.isEmpty() && nums[dq.back()] <= nums[i]) dq.popBack();
        dq.pushBack(i);
        if (dq.front() <= i - k) dq.popFront();
        if (i >= k - 1) res.push(nums[dq.front()]);
    }
    return res;
};

class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        // LeetCode's preloaded Pair<K, V>: (index, value), values decreasing
        Deque<Pair<Integer, Integer>> dq = new ArrayDeque<>();
        int[] res = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            while (!dq.isEmpty() && dq.peekLast().getValue() <= nums[i]) dq.pollLast();
            dq.offerLast(new Pair<>(i, nums[i]));
            if (dq.peekFirst().getKey() <= i - k) dq.pollFirst();
            if (i >= k - 1) res[i - k + 1] = dq.peekFirst().getValue();
        }
        return res;
    }
}

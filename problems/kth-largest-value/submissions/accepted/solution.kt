class Solution {
    fun findKthLargest(nums: IntArray, k: Int): Int {
        // java.util.PriorityQueue (a min-heap): keep the k largest
        val heap = PriorityQueue<Int>()
        for (x in nums) {
            heap.add(x)
            if (heap.size > k) heap.poll()
        }
        return heap.peek()
    }
}

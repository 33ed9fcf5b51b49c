object Solution {
    def findKthLargest(nums: Array[Int], k: Int): Int = {
        // a min-heap of the k largest
        val heap = scala.collection.mutable.PriorityQueue[Int]()(Ordering[Int].reverse)
        for (x <- nums) {
            heap.enqueue(x)
            if (heap.size > k) heap.dequeue()
        }
        heap.head
    }
}

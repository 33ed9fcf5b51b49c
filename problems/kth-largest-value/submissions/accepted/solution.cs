public class Solution {
    public int FindKthLargest(int[] nums, int k) {
        // .NET 6's PriorityQueue (a min-heap): keep the k largest
        var heap = new PriorityQueue<int, int>();
        foreach (int x in nums) {
            heap.Enqueue(x, x);
            if (heap.Count > k) heap.Dequeue();
        }
        return heap.Peek();
    }
}

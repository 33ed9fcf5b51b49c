; data/heap, which LeetCode preloads: a min-heap of the k largest
(define/contract (find-kth-largest nums k)
  (-> (listof exact-integer?) exact-integer? exact-integer?)
  (define h (make-heap <=))
  (for ([x (in-list nums)])
    (heap-add! h x)
    (when (> (heap-count h) k) (heap-remove-min! h)))
  (heap-min h))

; nums is a mutable vector: change it in place
(define/contract (reverse-in-place nums)
  (-> (vectorof exact-integer?) void?)
  (let loop ([i 0] [j (sub1 (vector-length nums))])
    (when (< i j)
      (define t (vector-ref nums i))
      (vector-set! nums i (vector-ref nums j))
      (vector-set! nums j t)
      (loop (add1 i) (sub1 j)))))

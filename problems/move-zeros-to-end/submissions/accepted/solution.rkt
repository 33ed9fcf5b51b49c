; nums is a mutable vector: change it in place
(define/contract (move-zeroes nums)
  (-> (vectorof exact-integer?) void?)
  (define w
    (for/fold ([w 0]) ([x (in-vector nums)])
      (cond [(zero? x) w] [else (vector-set! nums w x) (add1 w)])))
  (for ([i (in-range w (vector-length nums))])
    (vector-set! nums i 0)))

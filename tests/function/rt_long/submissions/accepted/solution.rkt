(define/contract (echo-long value)
  (-> exact-integer? exact-integer?)
  value)

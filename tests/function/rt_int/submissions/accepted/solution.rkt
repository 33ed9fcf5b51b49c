(define/contract (echo-int value)
  (-> exact-integer? exact-integer?)
  value)

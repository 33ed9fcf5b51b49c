(define/contract (echo-long-array value)
  (-> (listof exact-integer?) (listof exact-integer?))
  value)

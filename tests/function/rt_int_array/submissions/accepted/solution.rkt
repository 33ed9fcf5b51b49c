(define/contract (echo-int-array value)
  (-> (listof exact-integer?) (listof exact-integer?))
  value)

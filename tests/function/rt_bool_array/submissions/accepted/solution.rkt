(define/contract (echo-bool-array value)
  (-> (listof boolean?) (listof boolean?))
  value)

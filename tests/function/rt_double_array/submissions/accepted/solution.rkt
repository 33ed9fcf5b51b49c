(define/contract (echo-double-array value)
  (-> (listof flonum?) (listof flonum?))
  value)

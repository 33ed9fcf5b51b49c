(define/contract (echo-double value)
  (-> flonum? flonum?)
  value)

(define/contract (echo-int-matrix value)
  (-> (listof (listof exact-integer?)) (listof (listof exact-integer?)))
  value)

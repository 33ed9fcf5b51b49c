(define/contract (echo-string-matrix value)
  (-> (listof (listof string?)) (listof (listof string?)))
  value)

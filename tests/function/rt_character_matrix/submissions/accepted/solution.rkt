(define/contract (echo-char-matrix value)
  (-> (listof (listof char?)) (listof (listof char?)))
  value)

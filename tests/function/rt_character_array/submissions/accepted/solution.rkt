(define/contract (echo-char-array value)
  (-> (listof char?) (listof char?))
  value)

(define/contract (echo-string-array value)
  (-> (listof string?) (listof string?))
  value)

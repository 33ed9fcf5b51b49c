(define/contract (echo-char value)
  (-> char? char?)
  value)

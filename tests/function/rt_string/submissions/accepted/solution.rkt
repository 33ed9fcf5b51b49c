(define/contract (echo-string value)
  (-> string? string?)
  value)

(define/contract (echo-bool value)
  (-> boolean? boolean?)
  value)

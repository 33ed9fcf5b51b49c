(define/contract (subsets nums)
  (-> (listof exact-integer?) (listof (listof exact-integer?)))
  (for/fold ([acc '(())]) ([x (in-list nums)])
    (append acc (map (lambda (s) (append s (list x))) acc))))

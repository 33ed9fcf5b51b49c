(define/contract (repeat-word word times suffix tail)
  (-> string? exact-integer? boolean? char? string?)
  (string-append (string-append* (make-list times word))
                 (if suffix (string tail) "")))

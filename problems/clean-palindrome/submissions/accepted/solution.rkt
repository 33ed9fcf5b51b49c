(define/contract (is-palindrome s)
  (-> string? boolean?)
  (define cs (for/vector ([c (in-string s)]
                          #:when (or (char-alphabetic? c) (char-numeric? c)))
               (char-downcase c)))
  (for/and ([i (in-range (quotient (vector-length cs) 2))])
    (char=? (vector-ref cs i) (vector-ref cs (- (vector-length cs) 1 i)))))

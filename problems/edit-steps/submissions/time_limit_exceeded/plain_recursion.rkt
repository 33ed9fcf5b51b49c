; Exponential: tries the three kinds of steps recursively without remembering results.
(define/contract (min-distance word1 word2)
  (-> string? string? exact-integer?)
  (define m (string-length word1))
  (define n (string-length word2))
  (let walk ([i 0] [j 0])
    (cond
      [(= i m) (- n j)]
      [(= j n) (- m i)]
      [(char=? (string-ref word1 i) (string-ref word2 j)) (walk (add1 i) (add1 j))]
      [else (add1 (min (walk (add1 i) j) (walk i (add1 j)) (walk (add1 i) (add1 j))))])))

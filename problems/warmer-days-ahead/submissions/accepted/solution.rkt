(define/contract (daily-temperatures temperatures)
  (-> (listof exact-integer?) (listof exact-integer?))
  (define t (list->vector temperatures))
  (define answer (make-vector (vector-length t) 0))
  (for/fold ([stack '()]) ([x (in-vector t)] [i (in-naturals)])
    (let loop ([stack stack])
      (cond
        [(and (pair? stack) (< (vector-ref t (car stack)) x))
         (vector-set! answer (car stack) (- i (car stack)))
         (loop (cdr stack))]
        [else (cons i stack)])))
  (vector->list answer))

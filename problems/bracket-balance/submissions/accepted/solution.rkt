(define/contract (is-valid s)
  (-> string? boolean?)
  (define pairs (hash #\) #\( #\] #\[ #\} #\{))
  (let loop ([cs (string->list s)] [stack '()])
    (cond
      [(null? cs) (null? stack)]
      [(hash-ref pairs (car cs) #f)
       => (lambda (open)
            (and (pair? stack) (char=? (car stack) open) (loop (cdr cs) (cdr stack))))]
      [else (loop (cdr cs) (cons (car cs) stack))])))

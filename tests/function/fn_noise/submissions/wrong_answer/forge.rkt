; Forges the answer frame for its own test (claiming the right answer), then
; returns a wrong answer. The driver's own frame comes after it and the judge
; keeps the last frame of an index: the verdict must be Wrong Answer.
(define index 0) ; one call per test, in order

(define/contract (add-two a b)
  (-> exact-integer? exact-integer? exact-integer?)
  (define right (number->string (+ a b)))
  (with-handlers ([exn:fail? void])
    (call-with-output-file "/dev/fd/3" #:exists 'append
      (lambda (ch) (write-string (format "#LC ~a 0 ~a\n~a\n" index (string-length right) right) ch))))
  (set! index (add1 index))
  (+ a b 1))

; A noisy but correct Racket solution: debug output on stdout and stderr, and
; attempts to read stdin (the driver has already consumed it: EOF).
(define calls 0)

(define/contract (add-two a b)
  (-> exact-integer? exact-integer? exact-integer?)
  (set! calls (add1 calls))
  (define line (format "debug: adding ~a and ~a ~a" a b (make-string 100 #\x)))
  (for ([i (in-range 4400)]) (displayln line))
  (eprintf "stderr: call ~a\n" calls)
  (eprintf "stdin bytes seen: ~a\n" (string-length (port->string (current-input-port))))
  (+ a b))

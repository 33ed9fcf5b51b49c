#lang racket/base
; Wrong answer: the sum in floating point (1e12 and the rest round).
(require racket/string racket/list racket/port)
(define data (string-split (port->string (current-input-port))))
(define n (string->number (first data)))
(displayln (apply + (map (lambda (s) (exact->inexact (string->number s))) (take (rest data) n))))

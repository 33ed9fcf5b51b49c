#lang racket/base
; Run-time error: an uncaught exception (racket exits with status 1).
(require racket/string racket/list racket/port)
(define data (string-split (port->string (current-input-port))))
(define n (string->number (first data)))
(when (>= n 0) (error 'sum "refusing to add ~a numbers" n))
(displayln 0)

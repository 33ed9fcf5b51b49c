#lang racket/base
; Accepted: Racket's integers are exact.
(require racket/string racket/list racket/port)
(define data (string-split (port->string (current-input-port))))
(define n (string->number (first data)))
(displayln (apply + (map string->number (take (rest data) n))))

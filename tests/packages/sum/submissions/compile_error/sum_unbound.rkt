#lang racket/base
; Compile error: `raco make` refuses an unbound identifier (totl).
(require racket/string racket/list racket/port)
(define data (string-split (port->string (current-input-port))))
(define total (apply + (map string->number (rest data))))
(displayln totl)

#lang racket/base
; expect: success
; time-limit: 3
; Racket: read /etc/shadow and the canary, run a shell (system, process*,
; subprocess), call unshare, mount and ptrace through the FFI, connect to the
; harness's listener over TCP (tcp-connect) and send it UDP (udp-send-to).
; Every attempt must fail; the harness checks the listener saw nothing.
; racket/base and only what the attack uses: `#lang racket` alone costs ~0.6 s
; of the harness's 1 s time limit.
(require racket/string racket/list racket/port racket/file racket/system racket/tcp racket/udp
         ffi/unsafe)

(define vals
  (for/hash ([l (in-list (string-split (port->string (current-input-port)) "\n"))]
             #:when (= (length (string-split l " ")) 2))
    (define p (string-split l " "))
    (values (first p) (second p))))
(define leaks '())
(define (leak! what) (set! leaks (cons what leaks)))
(define-syntax-rule (try body ...) (with-handlers ([(lambda (x) #t) void]) body ...))

(for ([f (list "/etc/shadow" "/etc/passwd" (hash-ref vals "CANARY" "") "/proc/1/environ")])
  (try (when (and (not (equal? f "")) (positive? (string-length (file->string f))))
         (leak! (format "read ~a" f)))))
(try (when (system "exit 0") (leak! "system ran a shell")))
(try (define-values (sp o i e) (subprocess #f #f #f "/bin/sh" "-c" "exit 0"))
     (subprocess-wait sp)
     (when (zero? (subprocess-status sp)) (leak! "subprocess ran a shell")))
(define libc (try (ffi-lib "libc" '("6"))))
(when libc
  (try (when (zero? ((get-ffi-obj "unshare" libc (_fun _int -> _int)) #x10000000))
         (leak! "unshare(CLONE_NEWUSER) through the FFI")))
  (try (when (zero? ((get-ffi-obj "mount" libc (_fun _string _string _string _ulong _pointer -> _int))
                     "none" "/tmp" "tmpfs" 0 #f))
         (leak! "mounted a tmpfs through the FFI")))
  (try (when (zero? ((get-ffi-obj "ptrace" libc (_fun _long _int _pointer _pointer -> _long)) 16 1 #f #f))
         (leak! "ptrace of pid 1 through the FFI"))))
(define port (string->number (string-trim (hash-ref vals "PORT" "0"))))
(try (define-values (i o) (tcp-connect "127.0.0.1" port))
     (leak! "connected to the listener over TCP"))
(try (define u (udp-open-socket "127.0.0.1" port))
     (udp-send-to u "127.0.0.1" port #"lcpwn")
     (leak! "sent UDP to the listener"))
(for ([l (in-list (reverse leaks))]) (printf "LEAK: ~a\n" l))
(when (null? leaks) (displayln "OK"))

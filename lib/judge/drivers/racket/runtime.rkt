;; ---- LiteCode runtime (drivers/racket/runtime.rkt) ----
;; Pasted after the user's code, in the same module (`#lang racket`); every
;; name starts with lc- . The protocol is in lib/judge/signature.h: stdin was
;; read whole by the prelude (lc-input); per test, the parameters are parsed
;; from their JSON lines (the json library), the function is called once, and
;; "#LC <index> <us> <length>\n<json>\n" is written to fd 3.

(define (lc-die msg)
  (eprintf "litecode driver: ~a\n" msg)
  (exit 3))

;; JSON (a jsexpr) -> the value of a signature type
(define (lc-list->node vals)
  (for/foldr ([next #f]) ([v (in-list vals)])
    (list-node v next)))

(define (lc-list->tree vals)
  (define nodes (for/vector ([v (in-list vals)]) (if (eq? v 'null) #f (tree-node v #f #f))))
  (define n (vector-length nodes))
  (cond
    [(or (zero? n) (not (vector-ref nodes 0)))
     (when (> n 1) (lc-die "bad input: values after a null root"))
     #f]
    [else
     (let loop ([parent 0] [i 1])
       (when (< i n)
         (define p (let skip ([p parent]) (if (and (< p i) (not (vector-ref nodes p))) (skip (add1 p)) p)))
         (when (>= p i) (lc-die "bad input: a value without a parent in the level order"))
         (define t (vector-ref nodes p))
         (set-tree-node-left! t (vector-ref nodes i))
         (when (< (add1 i) n) (set-tree-node-right! t (vector-ref nodes (add1 i))))
         (loop (add1 p) (+ i 2))))
     (vector-ref nodes 0)]))

(define (lc-from type v)
  (match type
    ["double" (exact->inexact v)]
    ["character" (string-ref v 0)]
    ["double[]" (map exact->inexact v)]
    ["character[]" (map (lambda (s) (string-ref s 0)) v)]
    ["character[][]" (map (lambda (row) (map (lambda (s) (string-ref s 0)) row)) v)]
    ["ListNode" (if (eq? v 'null) #f (lc-list->node v))]
    ["TreeNode" (if (eq? v 'null) #f (lc-list->tree v))]
    [_ v]))

;; An in-place parameter is mutable: vectors (of vectors)
(define (lc-mutable type v)
  (if (member type '("int[][]" "string[][]" "character[][]"))
      (list->vector (map list->vector v))
      (list->vector v)))

;; any answer -> a jsexpr (lists and vectors nest; a node chain or tree where
;; the type says so)
(define lc-node-cap 1000000)

(define (lc-node->list n)
  (let loop ([n n] [acc '()] [k 0])
    (cond
      [(not n) (reverse acc)]
      [(>= k lc-node-cap) "<invalid: list too long or cyclic>"]
      [else (loop (list-node-next n) (cons (list-node-val n) acc) (add1 k))])))

(define (lc-tree->list root)
  (define q (make-gvector))
  (when root (gvector-add! q root))
  (let loop ([h 0] [out '()] [keep 0] [k 0])
    (cond
      [(>= h (gvector-count q))
       (take (reverse out) keep)]
      [else
       (define t (gvector-ref q h))
       (gvector-set! q h #f)
       (cond
         [(not t) (loop (add1 h) (cons 'null out) keep k)]
         [(>= k lc-node-cap) "<invalid: tree too large or cyclic>"]
         [else
          (gvector-add! q (tree-node-left t))
          (gvector-add! q (tree-node-right t))
          (loop (add1 h) (cons (tree-node-val t) out) (add1 h) (add1 k))])])))

(define (lc-to type v)
  (cond
    [(equal? type "ListNode") (if (list-node? v) (lc-node->list v) '())]
    [(equal? type "TreeNode") (if (tree-node? v) (lc-tree->list v) '())]
    [else (lc-json v)]))

(define (lc-json v)
  (cond
    [(exact-integer? v) v]
    [(and (real? v) (exact? v)) (exact->inexact v)]
    [(flonum? v) (if (or (nan? v) (infinite? v)) "<invalid: nan>" v)]
    [(boolean? v) v]
    [(string? v) v]
    [(char? v) (string v)]
    [(symbol? v) (symbol->string v)]
    [(list? v) (map lc-json v)]
    [(vector? v) (map lc-json (vector->list v))]
    [(gvector? v) (map lc-json (gvector->list v))]
    [(void? v) 'null]
    [else (format "<invalid: ~a>" v)]))

(define lc-chan #f)

(define (lc-frame i us body)
  (define b (string->bytes/utf-8 body))
  (write-bytes (string->bytes/utf-8 (format "#LC ~a ~a ~a\n" i us (bytes-length b))) lc-chan)
  (write-bytes b lc-chan)
  (write-bytes #"\n" lc-chan)
  (flush-output lc-chan)
  (flush-output (current-output-port)))

;; types: the parameters' package types; ret: the return type ("void": the
;; parameter at index out, passed as a mutable vector, is the answer unless
;; the function returns a list or a vector of its own)
(define (lc-run types ret out f)
  (set! lc-chan (open-output-file "/dev/fd/3" #:exists 'append))
  (define lines (list->vector (string-split lc-input "\n" #:trim? #f)))
  (define np (length types))
  (define t (and (> (vector-length lines) 0) (string->number (string-trim (vector-ref lines 0)))))
  (unless (exact-nonnegative-integer? t) (lc-die "bad test count"))
  (when (> (* t np) (- (vector-length lines) 1))
    (lc-die (format "the input has fewer lines than ~a tests of ~a parameters" t np)))
  (for ([i (in-range t)])
    (define args
      (for/list ([type (in-list types)] [k (in-naturals)])
        (define line (vector-ref lines (+ 1 (* i np) k)))
        (define v (with-handlers ([exn:fail? (lambda (x) (lc-die (format "test ~a: bad input: ~a" i (exn-message x))))])
                    (lc-from type (string->jsexpr line))))
        (if (= k out) (lc-mutable type v) v)))
    (define t0 (current-inexact-milliseconds))
    (define r (apply f args))
    (define us (inexact->exact (round (* 1000 (- (current-inexact-milliseconds) t0)))))
    (define answer
      (if (equal? ret "void")
          (lc-to (list-ref types out) (if (or (list? r) (vector? r)) r (list-ref args out)))
          (lc-to ret r)))
    (lc-frame i us (jsexpr->string answer)))
  (flush-output (current-output-port))
  (exit 0))

; Definition for singly-linked list:
#|

; val : integer?
; next : (or/c list-node? #f)
(struct list-node
  (val next) #:mutable #:transparent)

; constructor
(define (make-list-node [val 0])
  (list-node val #f))

|#

(define/contract (merge-two-lists list1 list2)
  (-> (or/c list-node? #f) (or/c list-node? #f) (or/c list-node? #f))
  (define dummy (make-list-node))
  (let loop ([tail dummy] [a list1] [b list2])
    (cond
      [(and a b (<= (list-node-val a) (list-node-val b)))
       (set-list-node-next! tail a)
       (loop a (list-node-next a) b)]
      [(and a b)
       (set-list-node-next! tail b)
       (loop b a (list-node-next b))]
      [else (set-list-node-next! tail (or a b))]))
  (list-node-next dummy))

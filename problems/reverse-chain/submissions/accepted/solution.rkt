(define/contract (reverse-list head)
  (-> (or/c list-node? #f) (or/c list-node? #f))
  (let loop ([prev #f] [node head])
    (if (not node)
        prev
        (let ([next (list-node-next node)])
          (set-list-node-next! node prev)
          (loop node next)))))

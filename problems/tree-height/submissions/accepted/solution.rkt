(define/contract (max-depth root)
  (-> (or/c tree-node? #f) exact-integer?)
  (let loop ([level (if root (list root) '())] [depth 0])
    (if (null? level)
        depth
        (loop (for*/list ([t (in-list level)]
                          [c (in-list (list (tree-node-left t) (tree-node-right t)))]
                          #:when c)
                c)
              (add1 depth)))))

(define/contract (array-sum nums)
  (-> (listof exact-integer?) exact-integer?)
  (apply + nums))

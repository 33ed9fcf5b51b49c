-spec three_sum(Nums :: [integer()]) -> [[integer()]].
three_sum(Nums) ->
  %% sorted, then two pointers for each first element
  T = list_to_tuple(lists:sort(Nums)),
  lists:reverse(outer(1, tuple_size(T), T, [])).

outer(I, N, _, Acc) when I > N - 2 -> Acc;
outer(I, N, T, Acc) ->
  A = element(I, T),
  case I > 1 andalso A =:= element(I - 1, T) of
    true -> outer(I + 1, N, T, Acc);
    false when A > 0 -> Acc;
    false -> outer(I + 1, N, T, inner(I + 1, N, A, T, Acc))
  end.

inner(L, R, _, _, Acc) when L >= R -> Acc;
inner(L, R, A, T, Acc) ->
  B = element(L, T),
  C = element(R, T),
  S = A + B + C,
  if
    S < 0 -> inner(L + 1, R, A, T, Acc);
    S > 0 -> inner(L, R - 1, A, T, Acc);
    true -> inner(skip(L + 1, R, B, T), R - 1, A, T, [[A, B, C] | Acc])
  end.

skip(L, R, B, T) when L < R ->
  case element(L, T) =:= B of
    true -> skip(L + 1, R, B, T);
    false -> L
  end;
skip(L, _, _, _) -> L.

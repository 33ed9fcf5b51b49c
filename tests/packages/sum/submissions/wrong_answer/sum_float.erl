%% Wrong Answer: sums as floats (2^53 is not enough for the big sums) and prints them so.
-module(sum).
-export([main/0]).
main() ->
    {ok, In} = file:read_file("/dev/stdin"),
    [N | Xs] = binary:split(In, [<<" ">>, <<"\n">>], [global, trim_all]),
    {Take, _} = lists:split(binary_to_integer(N), Xs),
    S = lists:foldl(fun(X, Acc) -> Acc + float(binary_to_integer(X)) end, 0.0, Take),
    io:format("~s~n", [float_to_list(S, [{decimals, 0}])]).

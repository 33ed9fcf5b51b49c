%% Run-Time Error: reads one number too many; at the end of the input
%% io:fread returns eof, and {ok, [X]} = eof is a badmatch.
-module(sum).
-export([main/0]).
main() ->
    {ok, [N]} = io:fread("", "~d"),
    Xs = [begin {ok, [X]} = io:fread("", "~d"), X end || _ <- lists:seq(0, N)],
    io:format("~b~n", [lists:sum(Xs)]).

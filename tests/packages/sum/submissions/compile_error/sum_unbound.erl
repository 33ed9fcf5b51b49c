%% Compilation Error: Total is unbound (Erlang checks it at compile time).
-module(sum).
-export([main/0]).
main() ->
    {ok, [N]} = io:fread("", "~d"),
    io:format("~b~n", [N + Total]).

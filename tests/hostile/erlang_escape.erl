%% expect: success
%% time-limit: 3
%% Erlang: read /etc/shadow and the canary, run a shell (os:cmd, open_port
%% spawn and spawn_executable: the VM's erl_child_setup may not exec them),
%% write outside the box, connect to the harness's listener over TCP
%% (gen_tcp) and send it UDP (gen_udp). Every attempt must fail; the harness
%% checks the listener saw nothing.
-module(erlang_escape).
-export([main/0]).

main() ->
    {ok, In} = file:read_file("/dev/stdin"),
    Vals = maps:from_list([list_to_tuple(binary:split(L, <<" ">>))
                           || L <- binary:split(In, <<"\n">>, [global, trim_all]),
                              length(binary:split(L, <<" ">>, [global])) =:= 2]),
    Canary = binary_to_list(maps:get(<<"CANARY">>, Vals, <<>>)),
    Port = binary_to_integer(string:trim(maps:get(<<"PORT">>, Vals, <<"0">>))),
    Reads = [F || F <- ["/etc/shadow", "/etc/passwd", Canary, "/proc/1/environ"], F =/= "",
                  case file:read_file(F) of {ok, B} -> byte_size(B) > 0; _ -> false end],
    Shell = case catch os:cmd("echo lcpwn") of
                S when is_list(S) -> string:find(S, "lcpwn") =/= nomatch;
                _ -> false
            end,
    Spawn = ran(catch open_port({spawn, "/bin/sh -c 'exit 0'"}, [exit_status])),
    Exec = ran(catch open_port({spawn_executable, "/bin/sh"},
                               [{args, ["-c", "exit 0"]}, exit_status])),
    Write = [F || F <- ["/usr/lcpwn", "/etc/lcpwn", "/box/lcpwn", "/lcpwn"],
                  file:write_file(F, <<"x">>) =:= ok],
    Tcp = case catch gen_tcp:connect({127, 0, 0, 1}, Port, [], 2000) of
              {ok, _} -> true;
              _ -> false
          end,
    Udp = case catch gen_udp:open(0) of
              {ok, U} -> gen_udp:send(U, {127, 0, 0, 1}, Port, <<"lcpwn">>) =:= ok;
              _ -> false
          end,
    Leaks = [io_lib:format("read ~s", [F]) || F <- Reads]
        ++ [io_lib:format("wrote ~s", [F]) || F <- Write]
        ++ [L || {true, L} <- [{Shell, "os:cmd ran a shell"}, {Spawn, "open_port spawn ran a shell"},
                               {Exec, "open_port spawn_executable ran /bin/sh"},
                               {Tcp, "connected to the listener over TCP"},
                               {Udp, "sent UDP to the listener"}]],
    case Leaks of
        [] -> io:format("OK~n");
        _ -> [io:format("LEAK: ~s~n", [L]) || L <- Leaks]
    end.

%% whether a port program started and exited 0
ran(P) when is_port(P) ->
    receive
        {P, {exit_status, 0}} -> true;
        {P, {exit_status, _}} -> false
    after 3000 -> false
    end;
ran(_) -> false.

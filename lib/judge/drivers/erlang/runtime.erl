%% ---- LiteCode runtime (drivers/erlang/runtime.erl) ----
%% Pasted after the user's code, in the same module (main); every name starts
%% with lc_. The protocol is in lib/judge/signature.h: all of stdin is read
%% through standard_io (so the user's own reads see its end); per test, the
%% parameters are parsed from their JSON lines, the function is called once,
%% and "#LC <index> <us> <length>\n<json>\n" is written to fd 3. Strings are
%% UTF-8 binaries, characters code points, ListNode and TreeNode the records
%% list_node and tree_node, null the atom null (LeetCode's Erlang).

lc_die(Msg) ->
    io:put_chars(standard_error, ["litecode driver: ", Msg, "\n"]),
    halt(3).

%% stdin's bytes as they are: file:read on a latin1 device (io:get_chars
%% would decode them as characters of the device's encoding)
lc_read_all(Acc) ->
    case file:read(standard_io, 65536) of
        {ok, Data} -> lc_read_all([Data | Acc]);
        _ -> iolist_to_binary(lists:reverse(Acc))
    end.

%% Types: the parameters' package types; Ret: the return type (<<"void">>:
%% the function returns the new value of the parameter at index Out, as
%% Erlang cannot change it in place)
lc_run(TypeNames, RetName, Out, F) ->
    Types = [list_to_binary(T) || T <- TypeNames],
    Ret = list_to_binary(RetName),
    Enc = proplists:get_value(encoding, io:getopts(standard_io), latin1),
    ok = io:setopts(standard_io, [binary, {encoding, latin1}]),
    In = lc_read_all([]),
    ok = io:setopts(standard_io, [list, {encoding, Enc}]),
    {ok, Chan} = file:open("/dev/fd/3", [append, raw, binary]),
    [Head | Lines] = binary:split(In, <<"\n">>, [global]),
    T = case string:to_integer(string:trim(Head)) of
            {N, _} when is_integer(N), N >= 0 -> N;
            _ -> lc_die("bad test count")
        end,
    NP = length(Types),
    T * NP =< length(Lines) orelse
        lc_die(io_lib:format("the input has fewer lines than ~b tests of ~b parameters", [T, NP])),
    RetType = case Ret of
                  <<"void">> -> lists:nth(Out + 1, Types);
                  _ -> Ret
              end,
    lc_tests(0, T, Types, RetType, F, Lines, Chan),
    ok = file:close(Chan).

lc_tests(I, T, _, _, _, _, _) when I >= T -> ok;
lc_tests(I, T, Types, Ret, F, Lines, Chan) ->
    {Mine, Rest} = lists:split(length(Types), Lines),
    Args = [lc_arg(I, Ty, L) || {Ty, L} <- lists:zip(Types, Mine)],
    T0 = erlang:monotonic_time(microsecond),
    R = apply(F, Args),
    Us = erlang:monotonic_time(microsecond) - T0,
    Body = iolist_to_binary(lc_enc(Ret, R)),
    ok = file:write(Chan, [<<"#LC ">>, integer_to_binary(I), $\s, integer_to_binary(Us), $\s,
                           integer_to_binary(byte_size(Body)), $\n, Body, $\n]),
    lc_tests(I + 1, T, Types, Ret, F, Rest, Chan).

lc_arg(I, Type, Line) ->
    try
        lc_from(Type, lc_json(Line))
    catch
        _:_ -> lc_die(io_lib:format("test ~b: bad input for ~s", [I, Type]))
    end.

%% ---- JSON -> values ----
%% A flat array of integers without blanks (most tests' lines) is split by
%% BIFs, several times faster than the general parser, which takes the rest.
lc_json(<<$[, _/binary>> = B) ->
    try
        Sz = byte_size(B) - 2,
        <<$[, Inner:Sz/binary, $]>> = B,
        case Inner of
            <<>> -> [];
            _ -> [binary_to_integer(X) || X <- binary:split(Inner, <<",">>, [global])]
        end
    catch
        error:_ -> lc_json_any(B)
    end;
lc_json(B) -> lc_json_any(B).

lc_json_any(B) ->
    {V, R} = lc_jv(lc_ws(B)),
    <<>> = lc_ws(R),
    V.

lc_ws(<<C, R/binary>>) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> lc_ws(R);
lc_ws(B) -> B.

lc_jv(<<"null", R/binary>>) -> {null, R};
lc_jv(<<"true", R/binary>>) -> {true, R};
lc_jv(<<"false", R/binary>>) -> {false, R};
lc_jv(<<$", R/binary>>) -> lc_jstr(R, []);
lc_jv(<<$[, R/binary>>) ->
    case lc_ws(R) of
        <<$], R2/binary>> -> {[], R2};
        R2 -> lc_jarr(R2, [])
    end;
lc_jv(B) -> lc_jnum(B).

lc_jarr(B, Acc) ->
    {V, R} = lc_jv(lc_ws(B)),
    case lc_ws(R) of
        <<$,, R2/binary>> -> lc_jarr(R2, [V | Acc]);
        <<$], R2/binary>> -> {lists:reverse([V | Acc]), R2}
    end.

%% a string's bytes up to its closing quote, escapes decoded
lc_jstr(B, Acc) -> lc_jstr(B, B, 0, Acc).

lc_jstr(B, <<$", R/binary>>, N, Acc) ->
    <<Chunk:N/binary, _/binary>> = B,
    case Acc of
        [] -> {Chunk, R};
        _ -> {iolist_to_binary(lists:reverse([Chunk | Acc])), R}
    end;
lc_jstr(B, <<$\\, R/binary>>, N, Acc) ->
    <<Chunk:N/binary, _/binary>> = B,
    lc_jesc(R, [Chunk | Acc]);
lc_jstr(B, <<_, R/binary>>, N, Acc) -> lc_jstr(B, R, N + 1, Acc).

lc_jesc(<<$u, H:4/binary, R/binary>>, Acc) ->
    Hi = binary_to_integer(H, 16),
    case R of
        <<$\\, $u, L:4/binary, R2/binary>> when Hi >= 16#D800, Hi =< 16#DBFF ->
            Cp = 16#10000 + ((Hi - 16#D800) bsl 10) + (binary_to_integer(L, 16) - 16#DC00),
            lc_jstr(R2, [<<Cp/utf8>> | Acc]);
        _ ->
            lc_jstr(R, [<<Hi/utf8>> | Acc])
    end;
lc_jesc(<<C, R/binary>>, Acc) ->
    Ch = case C of
             $n -> $\n; $t -> $\t; $r -> $\r; $b -> $\b; $f -> $\f;
             $/ -> $/; $\\ -> $\\; $" -> $"
         end,
    lc_jstr(R, [<<Ch>> | Acc]).

%% a number: its characters scanned in one pass (a float has . e or E)
lc_jnum(B) -> lc_jnum(B, B, 0, false).

lc_jnum(B, <<C, R/binary>>, N, F) when C >= $0, C =< $9; C =:= $-; C =:= $+ ->
    lc_jnum(B, R, N + 1, F);
lc_jnum(B, <<C, R/binary>>, N, _) when C =:= $.; C =:= $e; C =:= $E ->
    lc_jnum(B, R, N + 1, true);
lc_jnum(B, R, N, F) when N > 0 ->
    <<Num:N/binary, _/binary>> = B,
    {case F of
         false -> binary_to_integer(Num);
         true -> lc_float(Num)
     end, R}.

%% binary_to_float wants a fraction: 1e5 -> 1.0e5
lc_float(Num) ->
    case binary:match(Num, <<".">>) of
        nomatch ->
            [M, E] = binary:split(Num, [<<"e">>, <<"E">>]),
            binary_to_float(<<M/binary, ".0e", E/binary>>);
        _ -> binary_to_float(Num)
    end.

%% a JSON value -> the value of a signature type
lc_from(<<"double">>, V) -> float(V);
lc_from(<<"character">>, <<C/utf8, _/binary>>) -> C;
lc_from(<<"double[]">>, V) -> [float(X) || X <- V];
lc_from(<<"character[]">>, V) -> [C || <<C/utf8, _/binary>> <- V];
lc_from(<<"character[][]">>, V) -> [[C || <<C/utf8, _/binary>> <- Row] || Row <- V];
lc_from(<<"ListNode">>, null) -> null;
lc_from(<<"ListNode">>, V) ->
    lists:foldr(fun(X, Next) -> #list_node{val = X, next = Next} end, null, V);
lc_from(<<"TreeNode">>, null) -> null;
lc_from(<<"TreeNode">>, V) -> lc_tree(V);
lc_from(_, V) -> V.

%% level order (null for a missing child) -> tree_node records: the
%% children of each node by index, then the tree built from the root
lc_tree([]) -> null;
lc_tree([null | Rest]) ->
    Rest =:= [] orelse lc_die("bad input: values after a null root"),
    null;
lc_tree(Vals) ->
    Arr = list_to_tuple(Vals),
    Kids = lc_kids(queue:from_list([1]), 2, tuple_size(Arr), Arr, #{}),
    lc_build(1, Arr, Kids).

lc_kids(Q, I, N, Arr, Acc) when I =< N ->
    case queue:out(Q) of
        {empty, _} -> lc_die("bad input: a value without a parent in the level order");
        {{value, P}, Q1} ->
            L = I,
            R = I + 1,
            Q2 = case element(L, Arr) of null -> Q1; _ -> queue:in(L, Q1) end,
            Q3 = case R =< N andalso element(R, Arr) =/= null of true -> queue:in(R, Q2); false -> Q2 end,
            lc_kids(Q3, I + 2, N, Arr, Acc#{P => {L, R}})
    end;
lc_kids(_, _, _, _, Acc) -> Acc.

lc_build(I, Arr, Kids) when I >= 1, I =< tuple_size(Arr) ->
    case element(I, Arr) of
        null -> null;
        V ->
            {L, R} = maps:get(I, Kids, {0, 0}),
            #tree_node{val = V, left = lc_build(L, Arr, Kids), right = lc_build(R, Arr, Kids)}
    end;
lc_build(_, _, _) -> null.

%% ---- answers -> JSON (iolists) ----
-define(LC_NODE_CAP, 1000000).

lc_enc(<<"character">>, C) when is_integer(C), C >= 0 -> lc_str(<<C/utf8>>);
lc_enc(<<"character[]">>, L) when is_list(L) -> lc_list([lc_enc(<<"character">>, C) || C <- L]);
lc_enc(<<"character[][]">>, L) when is_list(L) ->
    lc_list([lc_enc(<<"character[]">>, Row) || Row <- L]);
lc_enc(<<"ListNode">>, N) -> lc_list_nodes(N, [], 0);
lc_enc(<<"TreeNode">>, T) -> lc_tree_out(T);
lc_enc(_, V) -> lc_gen(V).

lc_gen(V) when is_integer(V) -> integer_to_binary(V);
lc_gen(V) when is_float(V) -> float_to_binary(V, [short]);
lc_gen(true) -> <<"true">>;
lc_gen(false) -> <<"false">>;
lc_gen('null') -> <<"null">>;
lc_gen(V) when is_binary(V) -> lc_str(V);
lc_gen(V) when is_list(V) -> lc_list([lc_gen(X) || X <- V]);
lc_gen(V) -> lc_str(iolist_to_binary(io_lib:format("<invalid: ~0p>", [V]))).

lc_list(Items) -> [$[, lists:join($,, Items), $]].

lc_str(B) -> [$", [lc_esc(C) || <<C>> <= B], $"].

lc_esc($") -> <<"\\\"">>;
lc_esc($\\) -> <<"\\\\">>;
lc_esc(C) when C < 16#20 -> io_lib:format("\\u~4.16.0b", [C]);
lc_esc(C) -> C.

lc_list_nodes(null, Acc, _) -> lc_list(lists:reverse(Acc));
lc_list_nodes(_, _, K) when K >= ?LC_NODE_CAP -> lc_str(<<"<invalid: list too long or cyclic>">>);
lc_list_nodes(#list_node{val = V, next = N}, Acc, K) -> lc_list_nodes(N, [lc_gen(V) | Acc], K + 1);
lc_list_nodes(Other, _, _) -> lc_gen(Other).

%% level order, trailing nulls dropped
lc_tree_out('null') -> lc_list([]);
lc_tree_out(#tree_node{} = T) -> lc_level(queue:from_list([T]), [], 0, 0, 0);
lc_tree_out(Other) -> lc_gen(Other).

%% Acc: the values so far, newest first (Len of them); Keep: how many up to
%% the last node (the nulls after it are dropped); K: nodes seen
lc_level(Q, Acc, Len, Keep, K) ->
    case queue:out(Q) of
        {empty, _} -> lc_list(lists:reverse(lists:nthtail(Len - Keep, Acc)));
        {{value, null}, Q1} -> lc_level(Q1, [<<"null">> | Acc], Len + 1, Keep, K);
        {{value, _}, _} when K >= ?LC_NODE_CAP -> lc_str(<<"<invalid: tree too large or cyclic>">>);
        {{value, #tree_node{val = V, left = L, right = R}}, Q1} ->
            lc_level(queue:in(R, queue:in(L, Q1)), [lc_gen(V) | Acc], Len + 1, Len + 1, K + 1);
        {{value, _}, _} -> lc_str(<<"<invalid: not a tree_node>">>)
    end.

# ---- LiteCode runtime (drivers/elixir/runtime.ex) ----
# Pasted after the user's code, in the same file (main.ex, compiled with the
# user's modules); every name is in LcRuntime. The protocol is in
# lib/judge/signature.h: all of stdin is read through :standard_io (so the
# user's own reads see its end); per test, the parameters are parsed from
# their JSON lines, the function is called once, and
# "#LC <index> <us> <length>\n<json>\n" is appended to fd 3. Strings are
# UTF-8 binaries, characters code points, ListNode and TreeNode the structs
# as LeetCode defines them, null nil (LeetCode's Elixir).
defmodule LcRuntime do
  @moduledoc false

  def die(msg) do
    IO.puts(:stderr, ["litecode driver: ", msg])
    System.halt(3)
  end

  # stdin's bytes as they are: :file.read on a latin1 device (IO.read would
  # decode them as characters of the device's encoding)
  defp read_all(acc) do
    case :file.read(:standard_io, 65536) do
      {:ok, data} -> read_all([acc, data])
      _ -> IO.iodata_to_binary(acc)
    end
  end

  # types: the parameters' package types; ret: the return type ("void": the
  # function returns the new value of the parameter at index out, as Elixir
  # cannot change it in place)
  def run(types, ret, out, f) do
    enc = :proplists.get_value(:encoding, :io.getopts(:standard_io), :latin1)
    :ok = :io.setopts(:standard_io, [:binary, {:encoding, :latin1}])
    input = read_all([])
    :ok = :io.setopts(:standard_io, [:binary, {:encoding, enc}])
    {:ok, chan} = :file.open(~c"/dev/fd/3", [:append, :raw, :binary])
    [head | lines] = :binary.split(input, "\n", [:global])
    t =
      case Integer.parse(String.trim(head)) do
        {n, ""} when n >= 0 -> n
        _ -> die("bad test count")
      end
    np = length(types)
    if t * np > length(lines),
      do: die("the input has fewer lines than #{t} tests of #{np} parameters")
    ret = if ret == "void", do: Enum.at(types, out), else: ret
    tests(0, t, types, ret, f, lines, chan)
    :ok = :file.close(chan)
  end

  defp tests(i, t, _, _, _, _, _) when i >= t, do: :ok

  defp tests(i, t, types, ret, f, lines, chan) do
    {mine, rest} = Enum.split(lines, length(types))
    args = Enum.zip_with(types, mine, fn ty, l -> arg(i, ty, l) end)
    t0 = :erlang.monotonic_time(:microsecond)
    r = apply(f, args)
    us = :erlang.monotonic_time(:microsecond) - t0
    body = IO.iodata_to_binary(enc(ret, r))
    :ok = :file.write(chan, ["#LC ", Integer.to_string(i), " ", Integer.to_string(us), " ",
                             Integer.to_string(byte_size(body)), "\n", body, "\n"])
    tests(i + 1, t, types, ret, f, rest, chan)
  end

  defp arg(i, type, line) do
    try do
      from(type, json(line))
    rescue
      _ -> die("test #{i}: bad input for #{type}")
    end
  end

  # ---- JSON -> values ----
  # A flat array of integers without blanks (most tests' lines) is split by
  # BIFs, several times faster than the general parser, which takes the rest.
  def json(<<?[, _::binary>> = b) do
    try do
      sz = byte_size(b) - 2
      <<?[, inner::binary-size(sz), ?]>> = b
      if inner == "", do: [], else: Enum.map(:binary.split(inner, ",", [:global]), &:erlang.binary_to_integer/1)
    rescue
      _ -> json_any(b)
    end
  end

  def json(b), do: json_any(b)

  defp json_any(b) do
    {v, r} = jv(ws(b))
    "" = ws(r)
    v
  end

  defp ws(<<c, r::binary>>) when c in [?\s, ?\t, ?\n, ?\r], do: ws(r)
  defp ws(b), do: b

  defp jv("null" <> r), do: {nil, r}
  defp jv("true" <> r), do: {true, r}
  defp jv("false" <> r), do: {false, r}
  defp jv(<<?", r::binary>>), do: jstr(r, r, 0, [])

  defp jv(<<?[, r::binary>>) do
    case ws(r) do
      <<?], r2::binary>> -> {[], r2}
      r2 -> jarr(r2, [])
    end
  end

  defp jv(b), do: jnum(b, b, 0, false)

  defp jarr(b, acc) do
    {v, r} = jv(ws(b))

    case ws(r) do
      <<?,, r2::binary>> -> jarr(r2, [v | acc])
      <<?], r2::binary>> -> {Enum.reverse([v | acc]), r2}
    end
  end

  # a string's bytes up to its closing quote, escapes decoded
  defp jstr(b, <<?", r::binary>>, n, acc) do
    <<chunk::binary-size(n), _::binary>> = b
    if acc == [], do: {chunk, r}, else: {IO.iodata_to_binary(Enum.reverse([chunk | acc])), r}
  end

  defp jstr(b, <<?\\, r::binary>>, n, acc) do
    <<chunk::binary-size(n), _::binary>> = b
    jesc(r, [chunk | acc])
  end

  defp jstr(b, <<_, r::binary>>, n, acc), do: jstr(b, r, n + 1, acc)

  defp jesc(<<?u, h::binary-size(4), r::binary>>, acc) do
    hi = String.to_integer(h, 16)

    case r do
      <<?\\, ?u, l::binary-size(4), r2::binary>> when hi >= 0xD800 and hi <= 0xDBFF ->
        cp = 0x10000 + :erlang.bsl(hi - 0xD800, 10) + (String.to_integer(l, 16) - 0xDC00)
        jstr(r2, r2, 0, [<<cp::utf8>> | acc])

      _ ->
        jstr(r, r, 0, [<<hi::utf8>> | acc])
    end
  end

  defp jesc(<<c, r::binary>>, acc) do
    ch =
      case c do
        ?n -> ?\n
        ?t -> ?\t
        ?r -> ?\r
        ?b -> ?\b
        ?f -> ?\f
        ?/ -> ?/
        ?\\ -> ?\\
        ?" -> ?"
      end

    jstr(r, r, 0, [<<ch>> | acc])
  end

  # a number: its characters scanned in one pass (a float has . e or E)
  defp jnum(b, <<c, r::binary>>, n, f) when c in ?0..?9 or c == ?- or c == ?+,
    do: jnum(b, r, n + 1, f)

  defp jnum(b, <<c, r::binary>>, n, _) when c in [?., ?e, ?E], do: jnum(b, r, n + 1, true)

  defp jnum(b, r, n, f) when n > 0 do
    <<num::binary-size(n), _::binary>> = b
    {if(f, do: to_float(num), else: :erlang.binary_to_integer(num)), r}
  end

  # binary_to_float wants a fraction: 1e5 -> 1.0e5
  defp to_float(num) do
    case :binary.match(num, ".") do
      :nomatch ->
        [m, e] = :binary.split(num, ["e", "E"])
        :erlang.binary_to_float(m <> ".0e" <> e)

      _ ->
        :erlang.binary_to_float(num)
    end
  end

  # a JSON value -> the value of a signature type
  defp from("double", v), do: v * 1.0
  defp from("character", <<c::utf8, _::binary>>), do: c
  defp from("double[]", v), do: Enum.map(v, &(&1 * 1.0))
  defp from("character[]", v), do: for(<<c::utf8, _::binary>> <- v, do: c)
  defp from("character[][]", v), do: for(row <- v, do: for(<<c::utf8, _::binary>> <- row, do: c))
  defp from("ListNode", nil), do: nil
  defp from("ListNode", v), do: List.foldr(v, nil, fn x, nxt -> %ListNode{val: x, next: nxt} end)
  defp from("TreeNode", nil), do: nil
  defp from("TreeNode", v), do: tree(v)
  defp from(_, v), do: v

  # level order (nil for a missing child) -> TreeNode structs: the children
  # of each node by index, then the tree built from the root
  defp tree([]), do: nil

  defp tree([nil | rest]) do
    if rest != [], do: die("bad input: values after a null root")
    nil
  end

  defp tree(vals) do
    arr = List.to_tuple(vals)
    kids = kids(:queue.from_list([1]), 2, tuple_size(arr), arr, %{})
    build(1, arr, kids)
  end

  defp kids(q, i, n, arr, acc) when i <= n do
    case :queue.out(q) do
      {:empty, _} ->
        die("bad input: a value without a parent in the level order")

      {{:value, p}, q1} ->
        q2 = if elem(arr, i - 1) == nil, do: q1, else: :queue.in(i, q1)
        q3 = if i + 1 <= n and elem(arr, i) != nil, do: :queue.in(i + 1, q2), else: q2
        kids(q3, i + 2, n, arr, Map.put(acc, p, {i, i + 1}))
    end
  end

  defp kids(_, _, _, _, acc), do: acc

  defp build(i, arr, kids) when i >= 1 and i <= tuple_size(arr) do
    case elem(arr, i - 1) do
      nil ->
        nil

      v ->
        {l, r} = Map.get(kids, i, {0, 0})
        %TreeNode{val: v, left: build(l, arr, kids), right: build(r, arr, kids)}
    end
  end

  defp build(_, _, _), do: nil

  # ---- answers -> JSON (iodata) ----
  @node_cap 1_000_000

  defp enc("character", c) when is_integer(c) and c >= 0, do: str(<<c::utf8>>)
  defp enc("character[]", l) when is_list(l), do: list(Enum.map(l, &enc("character", &1)))
  defp enc("character[][]", l) when is_list(l), do: list(Enum.map(l, &enc("character[]", &1)))
  defp enc("ListNode", n), do: list_nodes(n, [], 0)
  defp enc("TreeNode", t), do: tree_out(t)
  defp enc(_, v), do: gen(v)

  defp gen(v) when is_integer(v), do: Integer.to_string(v)
  defp gen(v) when is_float(v), do: :erlang.float_to_binary(v, [:short])
  defp gen(true), do: "true"
  defp gen(false), do: "false"
  defp gen(nil), do: "null"
  defp gen(v) when is_binary(v), do: str(v)
  defp gen(v) when is_list(v), do: list(Enum.map(v, &gen/1))
  defp gen(v), do: str("<invalid: " <> inspect(v, limit: 20) <> ">")

  defp list(items), do: [?[, Enum.intersperse(items, ?,), ?]]

  defp str(b), do: [?", for(<<c <- b>>, do: esc(c)), ?"]

  defp esc(?"), do: "\\\""
  defp esc(?\\), do: "\\\\"
  defp esc(c) when c < 0x20, do: :io_lib.format("\\u~4.16.0b", [c])
  defp esc(c), do: c

  defp list_nodes(nil, acc, _), do: list(Enum.reverse(acc))
  defp list_nodes(_, _, k) when k >= @node_cap, do: str("<invalid: list too long or cyclic>")
  defp list_nodes(%ListNode{val: v, next: n}, acc, k), do: list_nodes(n, [gen(v) | acc], k + 1)
  defp list_nodes(other, _, _), do: gen(other)

  # level order, trailing nulls dropped
  defp tree_out(nil), do: "[]"
  defp tree_out(%TreeNode{} = t), do: level(:queue.from_list([t]), [], 0, 0, 0)
  defp tree_out(other), do: gen(other)

  # acc: the values so far, newest first (len of them); keep: how many up to
  # the last node (the nulls after it are dropped); k: nodes seen
  defp level(q, acc, len, keep, k) do
    case :queue.out(q) do
      {:empty, _} ->
        list(Enum.reverse(Enum.drop(acc, len - keep)))

      {{:value, nil}, q1} ->
        level(q1, ["null" | acc], len + 1, keep, k)

      {{:value, _}, _} when k >= @node_cap ->
        str("<invalid: tree too large or cyclic>")

      {{:value, %TreeNode{val: v, left: l, right: r}}, q1} ->
        level(:queue.in(r, :queue.in(l, q1)), [gen(v) | acc], len + 1, len + 1, k + 1)

      {{:value, _}, _} ->
        str("<invalid: not a TreeNode>")
    end
  end
end

# expect: success
# time-limit: 3
# Elixir: read /etc/shadow and the canary, run a shell (System.cmd, Port.open,
# :os.cmd: the VM's erl_child_setup may not exec them), write outside the
# box, connect to the harness's listener over TCP (:gen_tcp) and send it UDP
# (:gen_udp). Every attempt must fail; the harness checks the listener saw
# nothing.
vals =
  for line <- String.split(IO.binread(:stdio, :eof), "\n", trim: true),
      [k, v] <- [String.split(line, " ")],
      into: %{},
      do: {k, v}

port = String.to_integer(String.trim(Map.get(vals, "PORT", "0")))

reads =
  for f <- ["/etc/shadow", "/etc/passwd", Map.get(vals, "CANARY", ""), "/proc/1/environ"],
      f != "",
      match?({:ok, <<_, _::binary>>}, File.read(f)),
      do: "read #{f}"

ran = fn p ->
  receive do
    {^p, {:exit_status, 0}} -> true
    {^p, {:exit_status, _}} -> false
  after
    3000 -> false
  end
end

shells = [
  {"System.cmd ran a shell",
   match?({_, 0}, try do System.cmd("/bin/sh", ["-c", "exit 0"]) rescue _ -> :failed end)},
  {":os.cmd ran a shell", String.contains?(to_string(:os.cmd(~c"echo lcpwn")), "lcpwn")},
  {"Port.open ran a shell",
   try do ran.(Port.open({:spawn, "/bin/sh -c 'exit 0'"}, [:exit_status])) rescue _ -> false end}
]

writes = for f <- ["/usr/lcpwn", "/etc/lcpwn", "/box/lcpwn", "/lcpwn"], File.write(f, "x") == :ok, do: "wrote #{f}"

# an attempt that raises or exits (inet's resolver, say) failed
attempt = fn f ->
  try do
    f.()
  catch
    _, _ -> false
  end
end

tcp = attempt.(fn -> match?({:ok, _}, :gen_tcp.connect({127, 0, 0, 1}, port, [], 2000)) end)

udp =
  attempt.(fn ->
    case :gen_udp.open(0) do
      {:ok, u} -> :gen_udp.send(u, {127, 0, 0, 1}, port, "lcpwn") == :ok
      _ -> false
    end
  end)

leaks =
  reads ++ writes ++
    for {what, true} <- shells ++ [{"connected to the listener over TCP", tcp}, {"sent UDP to the listener", udp}],
        do: what

if leaks == [], do: IO.puts("OK"), else: Enum.each(leaks, &IO.puts("LEAK: " <> &1))

defmodule Solution do
  @spec is_valid(s :: String.t) :: boolean
  def is_valid(s) do
    check(String.to_charlist(s), [])
  end

  defp check([], stack), do: stack == []
  defp check([c | t], stack) when c in ~c"([{", do: check(t, [c | stack])
  defp check([?) | t], [?( | stack]), do: check(t, stack)
  defp check([?] | t], [?[ | stack]), do: check(t, stack)
  defp check([?} | t], [?{ | stack]), do: check(t, stack)
  defp check(_, _), do: false
end

defmodule Solution do
  @spec repeat_word(word :: String.t, times :: integer, suffix :: boolean, tail :: char) :: String.t
  def repeat_word(word, times, suffix, tail) do
    s = String.duplicate(word, times)
    if suffix, do: s <> <<tail::utf8>>, else: s
  end
end

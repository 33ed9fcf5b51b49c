defmodule Solution do
  @spec is_palindrome(s :: String.t) :: boolean
  def is_palindrome(s) do
    cs = for <<c <- String.downcase(s)>>, c in ?a..?z or c in ?0..?9, do: c
    cs == Enum.reverse(cs)
  end
end

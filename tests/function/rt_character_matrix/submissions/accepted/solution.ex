defmodule Solution do
  @spec echo_char_matrix(value :: [[char]]) :: [[char]]
  def echo_char_matrix(value) do
    for row <- value, do: for(c <- row, do: c)
  end
end

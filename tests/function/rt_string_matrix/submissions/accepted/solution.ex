defmodule Solution do
  @spec echo_string_matrix(value :: [[String.t]]) :: [[String.t]]
  def echo_string_matrix(value) do
    for row <- value, do: for(s <- row, do: s)
  end
end

defmodule Solution do
  @spec echo_int_matrix(value :: [[integer]]) :: [[integer]]
  def echo_int_matrix(value) do
    for row <- value, do: Enum.map(row, & &1)
  end
end

defmodule Solution do
  @spec echo_string_array(value :: [String.t]) :: [String.t]
  def echo_string_array(value) do
    for s <- value, do: s
  end
end

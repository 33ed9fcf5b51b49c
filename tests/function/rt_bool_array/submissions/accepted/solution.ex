defmodule Solution do
  @spec echo_bool_array(value :: [boolean]) :: [boolean]
  def echo_bool_array(value) do
    for v <- value, do: v
  end
end

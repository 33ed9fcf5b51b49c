defmodule Solution do
  @spec echo_int_array(value :: [integer]) :: [integer]
  def echo_int_array(value) do
    Enum.map(value, fn v -> v end)
  end
end

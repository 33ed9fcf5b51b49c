defmodule Solution do
  @spec echo_long_array(value :: [integer]) :: [integer]
  def echo_long_array(value) do
    value |> Enum.reverse() |> Enum.reverse()
  end
end

defmodule Solution do
  @spec echo_string(value :: String.t) :: String.t
  def echo_string(value) do
    value <> ""
  end
end

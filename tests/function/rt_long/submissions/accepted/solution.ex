defmodule Solution do
  @spec echo_long(value :: integer) :: integer
  def echo_long(value) do
    value
  end
end

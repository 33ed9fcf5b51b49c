defmodule Solution do
  @spec echo_int(value :: integer) :: integer
  def echo_int(value) do
    value
  end
end

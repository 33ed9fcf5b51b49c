defmodule Solution do
  @spec echo_double(value :: float) :: float
  def echo_double(value) do
    value
  end
end

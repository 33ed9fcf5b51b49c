defmodule Solution do
  @spec echo_bool(value :: boolean) :: boolean
  def echo_bool(value) do
    value
  end
end

defmodule Solution do
  @spec echo_char(value :: char) :: char
  def echo_char(value) do
    value
  end
end

defmodule Solution do
  @spec echo_char_array(value :: [char]) :: [char]
  def echo_char_array(value) do
    Enum.map(value, & &1)
  end
end

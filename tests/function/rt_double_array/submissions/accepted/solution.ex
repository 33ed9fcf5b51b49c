defmodule Solution do
  @spec echo_double_array(value :: [float]) :: [float]
  def echo_double_array(value) do
    Enum.map(value, &(&1 * 1.0))
  end
end

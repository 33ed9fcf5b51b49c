defmodule Solution do
  # Elixir cannot change matrix in place: return its new value.
  @spec rotate(matrix :: [[integer]]) :: [[integer]]
  def rotate(matrix) do
    # clockwise: the columns, each read bottom-up
    matrix |> Enum.zip_with(& &1) |> Enum.map(&Enum.reverse/1)
  end
end

defmodule Helper do
  def first([h | _]), do: h
end

defmodule Solution do
  @spec two_sum(nums :: [integer], target :: integer) :: [integer]
  def two_sum(nums, target) do
    a = Helper.first(nums)
    [a, undeclared_name] # LC-LINE
  end
end

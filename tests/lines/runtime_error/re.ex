defmodule Helper do
  def zero_of(nums), do: length(nums) - length(nums)

  def pick(nums, target) do
    d = zero_of(nums)
    q = div(target, d) # LC-LINE
    [q, 0]
  end
end

defmodule Solution do
  @spec two_sum(nums :: [integer], target :: integer) :: [integer]
  def two_sum(nums, target) do
    Helper.pick(nums, target)
  end
end

# Forges the answer frame for its own test (claiming the right answer), then
# returns a wrong answer. The driver's own frame comes after it and the judge
# keeps the last frame of an index: the verdict must be Wrong Answer.
defmodule Solution do
  @spec add_two(a :: integer, b :: integer) :: integer
  def add_two(a, b) do
    index = Process.get(:index) || 0
    Process.put(:index, index + 1)
    right = Integer.to_string(a + b)
    case File.open("/dev/fd/3", [:append, :binary]) do
      {:ok, f} ->
        IO.binwrite(f, "#LC #{index} 0 #{byte_size(right)}\n#{right}\n")
        File.close(f)
      {:error, e} -> IO.puts(:stderr, "fd 3: #{inspect(e)}")
    end
    a + b + 1
  end
end

# @param {Character[][]} grid
# @return {Integer}
def num_islands(grid)
  m = grid.length
  n = grid[0].length
  count = 0
  m.times do |i|
    n.times do |j|
      next unless grid[i][j] == '1'
      count += 1
      grid[i][j] = '0'
      stack = [[i, j]]
      until stack.empty?
        r, c = stack.pop
        [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]].each do |x, y|
          next if x < 0 || y < 0 || x >= m || y >= n || grid[x][y] != '1'
          grid[x][y] = '0'
          stack << [x, y]
        end
      end
    end
  end
  count
end

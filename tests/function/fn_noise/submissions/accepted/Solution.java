class Solution {
    public int addTwo(int a, int b) {
        return a + b;
    }
}

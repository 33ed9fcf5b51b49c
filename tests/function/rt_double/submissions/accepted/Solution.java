class Solution {
    public double echoDouble(double value) {
        return value;
    }
}

class Solution {
    public double[] echoDoubleArray(double[] value) {
        return value;
    }
}

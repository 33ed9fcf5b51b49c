public class Solution {
    public double[] EchoDoubleArray(double[] value) {
        return value;
    }
}

public class Solution {
    public double EchoDouble(double value) {
        return value;
    }
}

public class Solution {
    public long EchoLong(long value) {
        return value;
    }
}

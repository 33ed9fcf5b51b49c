public class Solution {
    public long[] EchoLongArray(long[] value) {
        return value;
    }
}

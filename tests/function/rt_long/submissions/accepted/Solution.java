class Solution {
    public long echoLong(long value) {
        return value;
    }
}

class Solution {
    public long[] echoLongArray(long[] value) {
        return value;
    }
}

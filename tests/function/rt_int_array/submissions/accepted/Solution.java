class Solution {
    public int[] echoIntArray(int[] value) {
        return value;
    }
}

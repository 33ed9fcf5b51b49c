public class Solution {
    public int[] EchoIntArray(int[] value) {
        return value;
    }
}

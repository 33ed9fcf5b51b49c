public class Solution {
    public int EchoInt(int value) {
        return value;
    }
}

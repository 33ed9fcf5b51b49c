public class Solution {
    public char[] EchoCharArray(char[] value) {
        return value;
    }
}

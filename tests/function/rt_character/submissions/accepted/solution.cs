public class Solution {
    public char EchoChar(char value) {
        return value;
    }
}

class Solution {
    public char echoChar(char value) {
        return value;
    }
}

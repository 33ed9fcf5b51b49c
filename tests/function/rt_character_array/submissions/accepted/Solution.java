class Solution {
    public char[] echoCharArray(char[] value) {
        return value;
    }
}

class Solution {
    public int echoInt(int value) {
        return value;
    }
}

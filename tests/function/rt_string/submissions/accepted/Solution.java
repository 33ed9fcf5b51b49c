class Solution {
    public String echoString(String value) {
        return value;
    }
}

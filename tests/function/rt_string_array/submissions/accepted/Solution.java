class Solution {
    public String[] echoStringArray(String[] value) {
        return value;
    }
}

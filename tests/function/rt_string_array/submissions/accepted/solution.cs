public class Solution {
    public string[] EchoStringArray(string[] value) {
        return value;
    }
}

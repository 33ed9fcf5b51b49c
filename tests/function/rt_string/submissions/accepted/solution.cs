public class Solution {
    public string EchoString(string value) {
        return value;
    }
}

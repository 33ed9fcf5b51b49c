public class Solution {
    public bool EchoBool(bool value) {
        return value;
    }
}

public class Solution {
    public bool[] EchoBoolArray(bool[] value) {
        return value;
    }
}

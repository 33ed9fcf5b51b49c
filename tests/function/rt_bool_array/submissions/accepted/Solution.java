class Solution {
    public boolean[] echoBoolArray(boolean[] value) {
        return value;
    }
}

class Solution {
    public boolean echoBool(boolean value) {
        return value;
    }
}

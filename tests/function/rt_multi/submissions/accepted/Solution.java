class Solution {
    public String repeatWord(String word, int times, boolean suffix, char tail) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < times; i++) {
            sb.append(word);
        }
        if (suffix) {
            sb.append(tail);
        }
        return sb.toString();
    }
}

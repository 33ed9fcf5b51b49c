public class Solution {
    public string RepeatWord(string word, int times, bool suffix, char tail) {
        var sb = new StringBuilder();
        for (int i = 0; i < times; i++) {
            sb.Append(word);
        }
        if (suffix) {
            sb.Append(tail);
        }
        return sb.ToString();
    }
}

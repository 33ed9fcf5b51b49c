// Exponential: tries the three kinds of steps recursively without remembering results.
public class Solution {
    public int MinDistance(string word1, string word2) {
        return Walk(word1, word2, 0, 0);
    }

    int Walk(string a, string b, int i, int j) {
        if (i == a.Length) return b.Length - j;
        if (j == b.Length) return a.Length - i;
        if (a[i] == b[j]) return Walk(a, b, i + 1, j + 1);
        return 1 + Math.Min(Walk(a, b, i + 1, j), Math.Min(Walk(a, b, i, j + 1), Walk(a, b, i + 1, j + 1)));
    }
}

public class Solution {
    public bool IsValid(string s) {
        var stack = new Stack<char>();
        var pairs = new Dictionary<char, char> { [')'] = '(', [']'] = '[', ['}'] = '{' };
        foreach (char c in s) {
            if (pairs.TryGetValue(c, out char open)) {
                if (stack.Count == 0 || stack.Pop() != open) return false;
            } else {
                stack.Push(c);
            }
        }
        return stack.Count == 0;
    }
}

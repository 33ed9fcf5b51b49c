public class Solution {
    public IList<IList<string>> EchoStringMatrix(IList<IList<string>> value) {
        return value;
    }
}
